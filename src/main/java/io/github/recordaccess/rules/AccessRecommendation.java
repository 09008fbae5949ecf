package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's answer for one patient. The actions for it are not part of it: they depend on the practice's
 * registry entry at the time of asking (see {@link ActionAdvisor}).
 *
 * @param bulkCoded104 true when the deciding 104 fell on a bulk-coding day; false when it cannot
 *     have (no active 104, or a 104 not dated to the day); null while the practice's counts are unknown
 * @param eligibleFrom the 16th birthday, when the patient is NOT_APPLICABLE because under 16
 * @param nhsNumberVerification the least verified UK Core NHS-number verification status on the record (a
 *     code, or {@link NhsNumberVerification#UNREADABLE}); null when none is recorded
 */
public record AccessRecommendation(
        String patientId,
        String nhsNumber,
        LocalDate asOf,
        Recommendation recommendation,
        AccessFlag flag,
        List<Reason> reasons,
        LocalDate eligibleFrom,
        Boolean bulkCoded104,
        List<Evidence> evidence,
        String nhsNumberVerification) {

    public AccessRecommendation {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(flag, "flag");
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
    }

    /** This result with the practice's bulk-coding verdict applied; the recommendation stays as decided. */
    public AccessRecommendation withBulkCoded104(boolean bulkCoded) {
        List<Reason> withVerdict = new ArrayList<>(reasons);
        withVerdict.remove(Reason.BULK_CODED_104);
        if (bulkCoded) {
            withVerdict.add(Reason.BULK_CODED_104);
        }
        return new AccessRecommendation(
                patientId,
                nhsNumber,
                asOf,
                recommendation,
                flag,
                withVerdict,
                eligibleFrom,
                bulkCoded,
                evidence,
                nhsNumberVerification);
    }

    /**
     * The London days of the counted 106s that follow every counted safeguarding concern (see
     * {@link ConcernReview#reviewDays}): where the practice's bulk-106 days were unknown, the days to count.
     */
    public List<LocalDate> concernReviewDays() {
        return ConcernReview.reviewDays(
                counted(CodeKind.SAFEGUARDING_CONCERN), counted(CodeKind.REVIEW_NOT_INDICATED_106));
    }

    private List<CodedEvent> counted(CodeKind kind) {
        return evidence.stream()
                .filter(e -> e.isCounted(kind))
                .map(Evidence::event)
                .toList();
    }

    /** The 104 that decided an ACTIVE_104 flag, if there is one. */
    public Optional<CodedEvent> deciding104() {
        return flag != AccessFlag.ACTIVE_104
                ? Optional.empty()
                : evidence.stream()
                        .filter(e -> e.deciding() && e.event().kind() == CodeKind.REVIEW_INDICATED_104)
                        .map(Evidence::event)
                        .findFirst();
    }

    /** The London days on which this patient has a counted 104 dated to the day or finer. */
    public List<LocalDate> counted104Days() {
        return evidence.stream()
                .filter(e ->
                        e.isCounted(CodeKind.REVIEW_INDICATED_104) && e.event().isDated())
                .flatMap(e -> e.event().date().day().stream())
                .distinct()
                .toList();
    }
}
