package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer for a record replaced by another in a merge that settles: it is not evaluated on its own. Merged
 * records are often inactive too, and a replaced record is no patient of its own, so REPLACED_RECORD decides
 * before INACTIVE_RECORD. Its entries count for the survivor and are shown there; here they are listed as not
 * counted, so that a practice's counts see them once.
 */
final class ReplacedRecord {

    private ReplacedRecord() {}

    static AccessRecommendation answer(PatientFacts replaced, LocalDate asOf) {
        List<Reason> reasons = new ArrayList<>(List.of(Reason.REPLACED_RECORD));
        if (replaced.isDeceasedBy(asOf)) {
            reasons.add(Reason.DECEASED);
        }
        if (Boolean.FALSE.equals(replaced.active())) {
            reasons.add(Reason.INACTIVE_RECORD);
        }
        if (NhsNumberVerification.isUnverified(replaced.nhsNumberVerification())) {
            reasons.add(Reason.UNVERIFIED_NHS_NUMBER);
        }
        return new AccessRecommendation(
                replaced.patientId(),
                replaced.nhsNumber(),
                asOf,
                Recommendation.NOT_APPLICABLE,
                AccessFlag.NONE,
                reasons,
                null,
                Boolean.FALSE,
                replaced.events().stream()
                        .map(e -> Evidence.ignored(e, NotCountedReason.REPLACED_RECORD))
                        .toList(),
                replaced.nhsNumberVerification());
    }
}
