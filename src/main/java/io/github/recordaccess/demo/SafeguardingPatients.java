package io.github.recordaccess.demo;

import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.Coding;
import io.github.recordaccess.rules.FuzzyDate;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Patient;

/**
 * A demo practice's patients with a safeguarding concern and no 104, added after its other patients so that their
 * draws stay as they were: an adult whose concern (a resolved Condition) no 106 follows; a child who turns 16 thirty
 * days from today (whenever the demo runs) with a concern; and an adult whose concern a later, individual 106
 * reviewed.
 */
final class SafeguardingPatients {

    static final Coding VULNERABLE_ADULT = new Coding(CodeSets.SNOMED, "417430008");
    static final Coding CHILD_CONCERN = new Coding(CodeSets.SNOMED, "836881000000105");
    static final Coding CHILD_PROTECTION_PLAN = new Coding(CodeSets.SNOMED, "342191000000101");

    /** Makes an adult Patient of the practice, stored, with the given id suffix and NHS number. */
    private final BiFunction<String, String, Patient> newPatient;

    private final Supplier<String> nextNhsNumber;
    private final CodedEntries entries;

    SafeguardingPatients(
            BiFunction<String, String, Patient> newPatient, Supplier<String> nextNhsNumber, CodedEntries entries) {
        this.newPatient = newPatient;
        this.nextNhsNumber = nextNhsNumber;
        this.entries = entries;
    }

    /** @param when the day of the concerns */
    void add(LocalDate when) {
        Patient adult = newPatient.apply("concern-01", nextNhsNumber.get());
        // An ended concern is still history to weigh: resolved does not end it.
        entries.condition(adult, VULNERABLE_ADULT, when.toString(), "confirmed", "resolved");

        Patient child = newPatient.apply("concern-02", nextNhsNumber.get());
        child.setBirthDateElement(new DateType(
                LocalDate.now(FuzzyDate.LONDON).minusYears(16).plusDays(30).toString()));
        entries.observation(child, CHILD_PROTECTION_PLAN, when.toString(), true);

        Patient reviewed = newPatient.apply("concern-03", nextNhsNumber.get());
        entries.observation(reviewed, CHILD_CONCERN, when.minusYears(1).toString(), true);
        entries.observation(reviewed, CodeSets.SNOMED_106, when.toString(), true);
    }
}
