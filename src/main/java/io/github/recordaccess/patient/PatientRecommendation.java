package io.github.recordaccess.patient;

import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.Action;
import java.util.List;

/**
 * One patient's recommendation, the practice they are registered with (ODS code, or null if unknown), and
 * the actions advised for it at that practice as the registry knows it now.
 */
public record PatientRecommendation(AccessRecommendation result, String practiceOdsCode, List<Action> actions) {

    public PatientRecommendation {
        actions = List.copyOf(actions);
    }
}
