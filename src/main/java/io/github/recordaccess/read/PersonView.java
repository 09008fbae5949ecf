package io.github.recordaccess.read;

import io.github.recordaccess.rules.FuzzyDate;

/**
 * Who a patient's record is about, for the patient page's banner only: read from the FHIR record for the request and
 * never stored, logged, audited or written to a CSV (nor sent by the API, whose answers are about the record, not the
 * person).
 *
 * @param name the name to show, or null when the record has none that may be shown
 * @param birthDate as recorded, at its precision; null when absent or unreadable
 * @param deceasedOn the recorded date of death, or null
 * @param practiceName the registered practice's name in the registry, or null when it is not registered
 */
public record PersonView(
        String name, FuzzyDate birthDate, boolean deceased, FuzzyDate deceasedOn, String practiceName) {}
