package io.github.recordaccess.patient;

import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.Action;
import io.github.recordaccess.rules.FuzzyDate;
import java.util.List;
import java.util.Optional;

/**
 * One patient's recommendation, the practice they are registered with (ODS code, or null if unknown), the
 * actions advised for it at that practice as the registry knows it now, and who the record is about.
 */
public record PatientRecommendation(
        AccessRecommendation result, String practiceOdsCode, List<Action> actions, Person person) {

    /**
     * Who the record is about, for a patient banner: read with the record, never kept.
     *
     * @param name the name to show (official, else usual; never an old one); empty when none may be shown
     * @param birthDate as recorded, at its precision; null when absent or unreadable
     * @param deceasedOn the recorded date of death; null when none is recorded or it cannot be read
     */
    public record Person(Optional<String> name, FuzzyDate birthDate, boolean deceased, FuzzyDate deceasedOn) {}

    public PatientRecommendation {
        actions = List.copyOf(actions);
    }
}
