package io.github.recordaccess.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The opt-out model's decision for one patient, as of a day; pure and thread-safe. Every uncertainty resolves
 * towards no automatic access: PROVISION_ACCESS needs one identifiable record with a valid NHS number not marked
 * unverified, a known age of 16+, no counted 103, no 104 not certainly rescinded, no safeguarding concern
 * without an individual 106 after it, and no near-miss coding.
 */
public final class RecommendationEngine {

    private final Clock clock;
    private final int bulkMinPatients;

    /**
     * @param clock the practices' clock (Europe/London), which says what "today" is
     * @param bulkMinPatients distinct patients coded on one day that make it a bulk-coding day: a 106 of such a
     *     day reviews no safeguarding concern
     */
    public RecommendationEngine(Clock clock, int bulkMinPatients) {
        this.clock = clock;
        this.bulkMinPatients = bulkMinPatients;
    }

    /** With {@code access.bulk-coding.min-patients}'s default, 50. */
    public RecommendationEngine(Clock clock) {
        this(clock, 50);
    }

    /** The day it is now in Europe/London: callers take it once, when an evaluation starts. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every patient of one practice, so that records sharing an NHS number, and merged records, are seen together.
     *
     * @param practice the practice as the FHIR server names it, against which the recorder of each deciding
     *     104 is compared (RECORDED_ELSEWHERE)
     * @param today the day the evaluation started, so that one running across midnight still knows
     *     whether it answers for today
     */
    public List<AccessRecommendation> evaluateAll(
            List<PatientFacts> patients, OrganizationIdentity practice, LocalDate asOf, LocalDate today) {
        MergedRecords merges = MergedRecords.among(patients);
        Set<LocalDate> bulk106 = Bulk106Days.among(patients, merges, asOf, asOf.equals(today), bulkMinPatients);
        return evaluateAll(patients, merges, practice, asOf, today, bulk106::contains);
    }

    private List<AccessRecommendation> evaluateAll(
            List<PatientFacts> patients,
            MergedRecords merges,
            OrganizationIdentity practice,
            LocalDate asOf,
            LocalDate today,
            Predicate<LocalDate> bulk106Day) {
        Set<String> duplicated = DuplicateRecords.among(patients, merges, asOf);
        boolean asOfIsToday = asOf.equals(today);
        // Pure per patient, so evaluated on every core.
        return patients.parallelStream()
                .map(p -> merges.isReplaced(p.patientId())
                        ? ReplacedRecord.answer(p, asOf)
                        : evaluate(
                                p,
                                practice,
                                merges.mergedInto(p.patientId()),
                                asOf,
                                asOfIsToday,
                                duplicated.contains(p.patientId()),
                                merges.isUnresolved(p.patientId()),
                                bulk106Day))
                .toList();
    }

    /** Every patient of a practice the caller cannot name: no 104 then counts as recorded elsewhere. */
    public List<AccessRecommendation> evaluateAll(List<PatientFacts> patients, LocalDate asOf) {
        return evaluateAll(patients, OrganizationIdentity.UNKNOWN, asOf, today());
    }

    /**
     * One patient found by NHS number, with the records found with them that were merged into theirs
     * (replaced by it): the merge rules apply among them as in a practice.
     *
     * @param practice the practice the patient is registered with, as far as it is known
     * @param bulk106Day the practice's bulk-106 days, as far as they are known ({@link Bulk106Days#UNKNOWN})
     */
    public AccessRecommendation evaluate(
            PatientFacts patient,
            List<PatientFacts> mergedRecords,
            OrganizationIdentity practice,
            LocalDate asOf,
            LocalDate today,
            Predicate<LocalDate> bulk106Day) {
        List<PatientFacts> records = new ArrayList<>(List.of(patient));
        records.addAll(mergedRecords);
        return evaluateAll(records, MergedRecords.among(records), practice, asOf, today, bulk106Day)
                .get(0);
    }

    /** One patient found on their own, by NHS number, whose practice's bulk-106 days are unknown. */
    public AccessRecommendation evaluate(
            PatientFacts patient, OrganizationIdentity practice, LocalDate asOf, LocalDate today) {
        return evaluate(patient, List.of(), practice, asOf, today, Bulk106Days.UNKNOWN);
    }

    /** One patient of a practice the caller cannot name. */
    public AccessRecommendation evaluate(PatientFacts patient, LocalDate asOf) {
        return evaluate(patient, OrganizationIdentity.UNKNOWN, asOf, today());
    }

    @SuppressWarnings("ReferenceEquality") // the deciding entry is that very object: equal entries may not both decide
    private AccessRecommendation evaluate(
            PatientFacts patient,
            OrganizationIdentity practice,
            List<MergedRecords.Merged> merged,
            LocalDate asOf,
            boolean asOfIsToday,
            boolean duplicated,
            boolean unresolvedMerge,
            Predicate<LocalDate> bulk106Day) {
        List<Evidence> assessed = EventCounting.assessAll(patient, merged, asOf, asOfIsToday);
        FlagDecision flag = FlagResolver.resolve(
                countedOf(assessed, CodeKind.REVIEW_INDICATED_104),
                countedOf(assessed, CodeKind.REVIEW_NOT_INDICATED_106));
        List<Evidence> evidence = assessed.stream()
                .map(e -> e.event() == flag.deciding() ? e.markDeciding() : e)
                .toList();

        LocalDate sixteenth = patient.birthDate() == null ? null : SixteenthBirthday.of(patient.birthDate());
        boolean declined = evidence.stream().anyMatch(e -> e.isCounted(CodeKind.DECLINED_103));

        List<Reason> reasons = new ArrayList<>();
        // First of all: whose entries are whose is unknown, for every record of the group, dead or inactive too.
        ReasonOrder.addIf(reasons, unresolvedMerge, Reason.UNRESOLVED_MERGE);
        ReasonOrder.addIf(reasons, patient.isDeceasedBy(asOf), Reason.DECEASED);
        ReasonOrder.addIf(reasons, Boolean.FALSE.equals(patient.active()), Reason.INACTIVE_RECORD);
        ReasonOrder.addIf(reasons, duplicated, Reason.DUPLICATE_RECORD);
        ReasonOrder.addIf(reasons, !patient.hasOneValidNhsNumber(), Reason.NO_NHS_NUMBER);
        ReasonOrder.addIf(reasons, sixteenth == null, Reason.MISSING_BIRTH_DATE);
        ReasonOrder.addIf(reasons, sixteenth != null && sixteenth.isAfter(asOf), Reason.UNDER_16);
        ReasonOrder.addIf(reasons, declined, Reason.DECLINED_103);
        ReasonOrder.addIf(reasons, flag.reason() != null, flag.reason());
        if (reasons.isEmpty()) {
            reasons.add(Reason.NO_CODES);
        }
        // A safeguarding concern that no individual 106 follows: someone must weigh it before automatic access.
        ReasonOrder.reviewBeforeAccess(
                reasons,
                !ReasonOrder.endsEvaluation(reasons.get(0))
                        && ConcernReview.isUnreviewed(
                                countedOf(evidence, CodeKind.SAFEGUARDING_CONCERN),
                                countedOf(evidence, CodeKind.REVIEW_NOT_INDICATED_106),
                                bulk106Day),
                Reason.SAFEGUARDING_CONCERN);
        // A near miss may be a 104 the practice meant: it may never let access through unseen.
        ReasonOrder.reviewBeforeAccess(
                reasons,
                evidence.stream().anyMatch(e -> e.notCounted() == NotCountedReason.UNRECOGNISED_CODING),
                Reason.UNRECOGNISED_CODING);
        // An untraced number may be someone else's (UK Core verification status other than 01).
        String verification = patient.nhsNumberVerification();
        ReasonOrder.reviewBeforeAccess(
                reasons, NhsNumberVerification.isUnverified(verification), Reason.UNVERIFIED_NHS_NUMBER);
        ReasonOrder.addIf(reasons, evidence.stream().anyMatch(Evidence::futureDated), Reason.FUTURE_DATED_CODE);
        // Guidance asks practices to review inherited 104s; the 104 still withholds access meanwhile.
        ReasonOrder.addIf(
                reasons,
                flag.flag() == AccessFlag.ACTIVE_104 && flag.deciding().isRecordedOutside(practice),
                Reason.RECORDED_ELSEWHERE);

        Reason deciding = reasons.get(0);
        Recommendation recommendation = ReasonOrder.recommendationFor(deciding);
        LocalDate eligibleFrom = deciding == Reason.UNDER_16 ? sixteenth : null;
        Boolean bulkCoded104 = flag.mayBeBulkCoded() ? null : Boolean.FALSE;
        return new AccessRecommendation(
                patient.patientId(),
                patient.nhsNumber(),
                asOf,
                recommendation,
                flag.flag(),
                reasons,
                eligibleFrom,
                bulkCoded104,
                evidence,
                verification);
    }

    private static List<CodedEvent> countedOf(List<Evidence> evidence, CodeKind kind) {
        return evidence.stream()
                .filter(e -> e.isCounted(kind))
                .map(Evidence::event)
                .toList();
    }
}
