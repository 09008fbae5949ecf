package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The opt-out model's decision for one patient, as of a day. Every uncertainty resolves towards no
 * automatic access: PROVISION_ACCESS needs a known age of 16+, no counted 103, and no 104 that is not
 * certainly rescinded. Pure and thread-safe.
 */
public final class RecommendationEngine {

    public AccessRecommendation evaluate(PatientFacts patient, LocalDate asOf) {
        List<Evidence> evidence = patient.events().stream().map(e -> EventCounting.assess(e, asOf)).toList();
        FlagDecision flag = FlagResolver.resolve(countedOf(evidence, CodeKind.REVIEW_INDICATED_104),
                countedOf(evidence, CodeKind.REVIEW_NOT_INDICATED_106));
        evidence = evidence.stream().map(e -> e.event() == flag.deciding() ? e.markDeciding() : e).toList();

        boolean deceased = patient.deceased()
                || (patient.deceasedOn() != null && patient.deceasedOn().mayBeOnOrBefore(asOf));
        boolean inactive = Boolean.FALSE.equals(patient.active());
        LocalDate sixteenth = patient.birthDate() == null ? null : SixteenthBirthday.of(patient.birthDate());
        boolean declined = evidence.stream().anyMatch(e -> e.isCounted(CodeKind.DECLINED_103));

        List<Reason> reasons = new ArrayList<>();
        addIf(reasons, deceased, Reason.DECEASED);
        addIf(reasons, inactive, Reason.INACTIVE_RECORD);
        addIf(reasons, sixteenth == null, Reason.MISSING_BIRTH_DATE);
        addIf(reasons, sixteenth != null && sixteenth.isAfter(asOf), Reason.UNDER_16);
        addIf(reasons, declined, Reason.DECLINED_103);
        addIf(reasons, flag.reason() != null, flag.reason());
        if (reasons.isEmpty()) {
            reasons.add(Reason.NO_CODES);
        }

        Reason deciding = reasons.get(0);
        Recommendation recommendation = recommendationFor(deciding);
        LocalDate eligibleFrom = deciding == Reason.UNDER_16 ? sixteenth : null;
        Boolean bulkCoded104 = mayBeBulkCoded(flag) ? null : Boolean.FALSE;
        return new AccessRecommendation(patient.patientId(), patient.nhsNumber(), asOf, recommendation, flag.flag(),
                reasons, eligibleFrom, bulkCoded104, evidence,
                ActionAdvisor.actionsFor(recommendation, flag.flag(), reasons, eligibleFrom, bulkCoded104));
    }

    /** Applies the practice's bulk-coding verdict to one result; the recommendation stays as decided. */
    public AccessRecommendation withBulkCoded(AccessRecommendation result, boolean bulkCoded) {
        List<Reason> reasons = new ArrayList<>(result.reasons());
        reasons.remove(Reason.BULK_CODED_104);
        if (bulkCoded) {
            reasons.add(Reason.BULK_CODED_104);
        }
        return new AccessRecommendation(result.patientId(), result.nhsNumber(), result.asOf(), result.recommendation(),
                result.flag(), reasons, result.eligibleFrom(), bulkCoded, result.evidence(),
                ActionAdvisor.actionsFor(result.recommendation(), result.flag(), reasons, result.eligibleFrom(), bulkCoded));
    }

    private static Recommendation recommendationFor(Reason deciding) {
        return switch (deciding) {
            case DECEASED, INACTIVE_RECORD, UNDER_16 -> Recommendation.NOT_APPLICABLE;
            case MISSING_BIRTH_DATE, UNDATED_CODE, CONFLICTING_CODES -> Recommendation.REVIEW_REQUIRED;
            case DECLINED_103 -> Recommendation.OPTED_OUT;
            case ACTIVE_104 -> Recommendation.OFFER_OPT_IN;
            case NO_CODES, NOT_INDICATED_106, RESCINDED_BY_106 -> Recommendation.PROVISION_ACCESS;
            case BULK_CODED_104 -> throw new IllegalStateException("bulk coding never decides");
        };
    }

    /** Only an active 104 dated to the day can fall on a bulk-coding day; that needs the practice's counts. */
    private static boolean mayBeBulkCoded(FlagDecision flag) {
        return flag.flag() == AccessFlag.ACTIVE_104 && flag.deciding().isDated() && flag.deciding().date().day().isPresent();
    }

    private static List<CodedEvent> countedOf(List<Evidence> evidence, CodeKind kind) {
        return evidence.stream().filter(e -> e.isCounted(kind)).map(Evidence::event).toList();
    }

    private static void addIf(List<Reason> reasons, boolean applies, Reason reason) {
        if (applies) {
            reasons.add(reason);
        }
    }
}
