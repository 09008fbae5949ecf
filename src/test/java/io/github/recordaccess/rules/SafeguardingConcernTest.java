package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.AccessFlag.ACTIVE_104;
import static io.github.recordaccess.rules.AccessFlag.NONE;
import static io.github.recordaccess.rules.AccessFlag.NOT_INDICATED_106;
import static io.github.recordaccess.rules.AccessFlag.RESCINDED_BY_106;
import static io.github.recordaccess.rules.AccessFlag.UNDETERMINED;
import static io.github.recordaccess.rules.CodeKind.DECLINED_103;
import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.CodeKind.SAFEGUARDING_CONCERN;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.MISTYPED_SNOMED;
import static io.github.recordaccess.rules.Events.TODAY;
import static io.github.recordaccess.rules.Events.adult;
import static io.github.recordaccess.rules.Events.cond;
import static io.github.recordaccess.rules.Events.condOnset;
import static io.github.recordaccess.rules.Events.deceased;
import static io.github.recordaccess.rules.Events.inactive;
import static io.github.recordaccess.rules.Events.nearMiss;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.Events.obsIssued;
import static io.github.recordaccess.rules.Events.patient;
import static io.github.recordaccess.rules.Events.withNhs;
import static io.github.recordaccess.rules.Events.withStatuses;
import static io.github.recordaccess.rules.Recommendation.NOT_APPLICABLE;
import static io.github.recordaccess.rules.Recommendation.OFFER_OPT_IN;
import static io.github.recordaccess.rules.Recommendation.OPTED_OUT;
import static io.github.recordaccess.rules.Recommendation.PROVISION_ACCESS;
import static io.github.recordaccess.rules.Recommendation.REVIEW_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Safeguarding concerns (issue 22, sections 3 and 4): which concern entries count, how their dates are read, when
 * a 106 reviews them, and the answer under each recommendation. The rows are evaluated with the practice's bulk-106
 * days known and none of them a bulk day ({@link #NO_BULK_DAY}), so that only the order of the entries decides
 * whether a concern is reviewed; bulk days are in {@link ConcernBulk106Test}.
 */
class SafeguardingConcernTest {

    /** The practice's counts are known and no day is a bulk-106 day. */
    static final Predicate<LocalDate> NO_BULK_DAY = day -> false;

    /** Another code of the default list, for the Condition copies (subject to child protection plan). */
    private static final Coding CHILD_PROTECTION_PLAN = SafeguardingCodes.RCGP_ESSENTIAL.get(3);

    private final RecommendationEngine engine = Events.engine();

    /** Section 3: which concern entries count, and how their dates and codings are read. */
    static Stream<Arguments> countingTable() {
        return Stream.of(
                row(
                        "aConcernAloneNeedsReviewInsteadOfAccess",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "anObservationWithNoStatusCounts",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01", null)),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aPreliminaryObservationCounts",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01", "preliminary")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aConditionWithoutVerificationStatusCounts",
                        adult(condition(null)),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                // clinicalStatus is not part of an entry: an inactive or resolved plan reaches the rules as the
                // confirmed (or unconfirmed) Condition it is, and counts.
                row(
                        "aConfirmedConditionCountsWhateverItsClinicalStatus",
                        adult(condition("confirmed")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "anUnconfirmedConditionCounts",
                        adult(condition("unconfirmed")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aProvisionalConditionCounts",
                        adult(condition("provisional")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "anEnteredInErrorObservationDoesNotCount",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01", "entered-in-error")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "aCancelledObservationDoesNotCount",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01", "cancelled")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "anEnteredInErrorConditionDoesNotCount",
                        adult(condition("entered-in-error")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "aRefutedConditionDoesNotCount",
                        adult(condition("refuted")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "aVoidedConcernLeavesACountedOneToDecide",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2022-01-01", "entered-in-error"),
                                condition("refuted"),
                                obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aVoidedConcernAfterThe106NeedsNoReview",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2022-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2022-06-01"),
                                obs(SAFEGUARDING_CONCERN, "2023-01-01", "entered-in-error")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                // dates and precision, as for a 104
                row(
                        "aConcernDatedAfterAsOfDoesNotCount",
                        adult(obs(SAFEGUARDING_CONCERN, "2024-06-02")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "aConcernDatedOnAsOfCounts",
                        adult(obs(SAFEGUARDING_CONCERN, "2024-06-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aConcernDatedToAYearThatCoversAsOfCounts",
                        adult(obs(SAFEGUARDING_CONCERN, "2024")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "anUndatedConcernCounts",
                        adult(obs(SAFEGUARDING_CONCERN, null)),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aConcernWithAnUnreadableDateCounts",
                        adult(obs(SAFEGUARDING_CONCERN, "05/03/2023")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                // near misses: never counted, always reported
                row(
                        "aConcernCodeUnderAnotherSystemIsANearMissNotAConcern",
                        adult(nearMiss(SAFEGUARDING_CONCERN, MISTYPED_SNOMED, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.UNRECOGNISED_CODING)),
                row(
                        "aConcernCodeWithNoSystemIsANearMissNotAConcern",
                        adult(nearMiss(SAFEGUARDING_CONCERN, null, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.UNRECOGNISED_CODING)),
                row(
                        "aNearMissAfterThe106IsNoUnreviewedConcern",
                        adult(
                                obs(REVIEW_NOT_INDICATED_106, "2022-01-01"),
                                nearMiss(SAFEGUARDING_CONCERN, MISTYPED_SNOMED, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.UNRECOGNISED_CODING, Reason.NOT_INDICATED_106)),
                row(
                        "aCountedConcernAndANearMissAreBothReportedTheConcernFirst",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                nearMiss(SAFEGUARDING_CONCERN, MISTYPED_SNOMED, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.UNRECOGNISED_CODING)));
    }

    /** Section 4: when a 106 reviews the concerns. No day is a bulk day here. */
    static Stream<Arguments> reviewTable() {
        return Stream.of(
                row(
                        "a106LaterThanTheConcernReviewsIt",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "a106LaterThanEveryConcernReviewsThemAll",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2022-05-01"),
                                condition("confirmed", "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "a106BetweenTwoConcernsDoesNotReviewTheLaterOne",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2022-05-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2022-06-01"),
                                obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "a106BeforeTheConcernDoesNotReviewIt",
                        adult(obs(REVIEW_NOT_INDICATED_106, "2022-01-01"), obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "anEarlier106AndALaterOneReview",
                        adult(
                                obs(REVIEW_NOT_INDICATED_106, "2022-01-01"),
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "a106OnTheConcernsDayWithoutRecordedTimesDoesNotReviewIt",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "a106OnTheConcernsDayRecordedAfterItReviewsIt",
                        adult(
                                obsIssued(SAFEGUARDING_CONCERN, "2023-01-01", "2023-01-01T09:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-01-01", "2023-01-01T10:00:00Z")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "a106OnTheConcernsDayRecordedBeforeItDoesNotReviewIt",
                        adult(
                                obsIssued(SAFEGUARDING_CONCERN, "2023-01-01", "2023-01-01T09:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-01-01", "2023-01-01T08:00:00Z")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "aRecordedTimeOnOneSideOnlyGivesNoOrderOnTheSameDay",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-01-01", "2023-01-01T10:00:00Z")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "a106ClinicallyLaterButRecordedBeforeTheConcernDoesNotReviewIt",
                        adult(
                                obsIssued(SAFEGUARDING_CONCERN, "2023-01-01", "2023-03-01T09:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-02-01", "2023-02-01T09:00:00Z")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "instantsOrderTheSameDay",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2023-01-01T09:00:00Z"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-01T09:00:01Z")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "a106DatedToTheMonthOnlyReviewsNothing",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2023-03")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "a106DatedToTheYearOnlyReviewsNothing",
                        adult(obs(SAFEGUARDING_CONCERN, "2022-01-01"), obs(REVIEW_NOT_INDICATED_106, "2023")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "aConcernDatedToAMonthIsReviewedByA106OfALaterMonth",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-04"), obs(REVIEW_NOT_INDICATED_106, "2023-05-01")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "a106WithinTheConcernsMonthDoesNotReviewIt",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-04"), obs(REVIEW_NOT_INDICATED_106, "2023-04-20")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "aConditionConcernIsOrderedByItsOnset",
                        adult(
                                condOnset(SAFEGUARDING_CONCERN, "2023-01-01", "2023-01-02"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-02-01", "2023-02-01T09:00:00Z")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "anUndatedConcernIsNeverReviewed",
                        adult(obs(SAFEGUARDING_CONCERN, null), obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "anUndatedConcernBesideADatedOneIsNeverReviewed",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2022-01-01"),
                                condition(null, null),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "aConcernWithAnUnreadableRecordedTimeIsNeverReviewed",
                        adult(
                                obsIssued(SAFEGUARDING_CONCERN, "2023-01-01", "garbled"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "anUndated106ReviewsNothing",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, null)),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                row(
                        "aPreliminary106IsNotCountedSoReviewsNothing",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01", "preliminary")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "a106AfterAsOfReviewsNothing",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2024-06-02")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aConfirmedCondition106Reviews",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                cond(REVIEW_NOT_INDICATED_106, "2023-02-01", "confirmed")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "the106ThatRescindsA104AlsoReviewsAnEarlierConcern",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2022-06-01"),
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "aConcernAfterTheRescinding106NeedsReview",
                        adult(
                                obs(REVIEW_INDICATED_104, "2022-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2022-06-01"),
                                obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        REVIEW_REQUIRED,
                        RESCINDED_BY_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.RESCINDED_BY_106)));
    }

    /** Section 4: the answer under each recommendation an unreviewed concern meets; the flag never changes. */
    static Stream<Arguments> answerTable() {
        return Stream.of(
                row(
                        "anActive104StaysOfferOptInWithTheReasonAdded",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01"), obs(REVIEW_INDICATED_104, "2023-02-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, Reason.SAFEGUARDING_CONCERN)),
                row(
                        "a104ReappliedAfterTheReviewing106AddsNothing",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2022-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2022-06-01"),
                                obs(REVIEW_INDICATED_104, "2023-01-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "a103StaysOptedOutWithTheReasonAdded",
                        adult(obs(SAFEGUARDING_CONCERN, "2023-01-01"), obs(DECLINED_103, "2023-02-01")),
                        OPTED_OUT,
                        NONE,
                        List.of(Reason.DECLINED_103, Reason.SAFEGUARDING_CONCERN)),
                row(
                        "conflictingCodesStayTheReviewReasonWithTheConcernAdded",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-01"),
                                obs(SAFEGUARDING_CONCERN, "2023-06-01")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES, Reason.SAFEGUARDING_CONCERN)),
                row(
                        "a106InConflictWithA104StillFollowsAnEarlierConcern",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2022-01-01"),
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-01")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "noNhsNumberStaysTheReviewReasonWithTheConcernAdded",
                        withNhs(List.of(), "1980-01-01", obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.NO_NHS_NUMBER, Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aMissingBirthDateStaysTheReviewReasonWithTheConcernAdded",
                        patient(null, obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.MISSING_BIRTH_DATE, Reason.SAFEGUARDING_CONCERN)),
                row(
                        "anUnder16StaysNotApplicableWithTheReasonAdded",
                        patient("2010-01-01", obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.UNDER_16, Reason.SAFEGUARDING_CONCERN)),
                row(
                        "anUnder16WithA104KeepsItsFlag",
                        patient(
                                "2010-01-01",
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                obs(REVIEW_INDICATED_104, "2023-02-01")),
                        NOT_APPLICABLE,
                        ACTIVE_104,
                        List.of(Reason.UNDER_16, Reason.ACTIVE_104, Reason.SAFEGUARDING_CONCERN)),
                row(
                        "anUnder16WithAReviewedConcernGetsNoReason",
                        patient(
                                "2010-01-01",
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                        NOT_APPLICABLE,
                        NOT_INDICATED_106,
                        List.of(Reason.UNDER_16, Reason.NOT_INDICATED_106)),
                row(
                        "aDeceasedPatientGetsNothingAdded",
                        deceased(true, null, obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.DECEASED)),
                row(
                        "aDeceasedPatientWithA104GetsNothingAdded",
                        deceased(
                                false,
                                "2024-01-01",
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                obs(REVIEW_INDICATED_104, "2023-02-01")),
                        NOT_APPLICABLE,
                        ACTIVE_104,
                        List.of(Reason.DECEASED, Reason.ACTIVE_104)),
                row(
                        "anInactiveRecordGetsNothingAdded",
                        inactive(obs(SAFEGUARDING_CONCERN, "2023-01-01")),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.INACTIVE_RECORD)),
                row(
                        "theConcernDecidesBeforeANearMiss",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.UNRECOGNISED_CODING)),
                row(
                        "theConcernDecidesBeforeAnUnverifiedNhsNumber",
                        withStatuses(adult(obs(SAFEGUARDING_CONCERN, "2023-01-01")), "02"),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.UNVERIFIED_NHS_NUMBER)),
                row(
                        "aReviewedConcernLeavesANearMissToDecide",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01"),
                                nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2023-01-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.UNRECOGNISED_CODING, Reason.NOT_INDICATED_106)));
    }

    /** As of today: a concern dated after today counts and is reported, as a 104 is. */
    static Stream<Arguments> todayTable() {
        return Stream.of(
                row(
                        "aFutureDatedConcernCountsAndIsReported",
                        adult(obs(SAFEGUARDING_CONCERN, "2025-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.FUTURE_DATED_CODE)),
                row(
                        "aFutureDatedConditionConcernCounts",
                        adult(condition("confirmed", "2030-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.FUTURE_DATED_CODE)),
                row(
                        "aFutureDatedConcernIsNotReviewedByA106OfToday",
                        adult(obs(SAFEGUARDING_CONCERN, "2025-01-01"), obs(REVIEW_NOT_INDICATED_106, TODAY.toString())),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106, Reason.FUTURE_DATED_CODE)),
                row(
                        "aFutureDatedConcernBesideA104",
                        adult(obs(REVIEW_INDICATED_104, "2024-01-01"), obs(SAFEGUARDING_CONCERN, "2030-01-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, Reason.SAFEGUARDING_CONCERN, Reason.FUTURE_DATED_CODE)),
                row(
                        "aFutureDatedConcernOfAnUnder16",
                        patient("2012-01-01", obs(SAFEGUARDING_CONCERN, "2030-01-01")),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.UNDER_16, Reason.SAFEGUARDING_CONCERN, Reason.FUTURE_DATED_CODE)),
                row(
                        "aFutureDatedConcernOfADeceasedPatientIsOnlyReportedAsADate",
                        deceased(true, null, obs(SAFEGUARDING_CONCERN, "2030-01-01")),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.DECEASED, Reason.FUTURE_DATED_CODE)),
                row(
                        "aFutureEnteredInErrorConcernIsStillIgnored",
                        adult(obs(SAFEGUARDING_CONCERN, "2030-01-01", "entered-in-error")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "aConcernDatedTodayIsNotFutureDated",
                        adult(obs(SAFEGUARDING_CONCERN, TODAY.toString())),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.SAFEGUARDING_CONCERN)),
                row(
                        "aConcernReviewedEarlierTodayNeedsNoReview",
                        adult(
                                obs(SAFEGUARDING_CONCERN, "2024-08-01"),
                                obsIssued(REVIEW_NOT_INDICATED_106, TODAY.toString(), TODAY + "T09:00:00Z")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"countingTable", "reviewTable", "answerTable"})
    void decidesAsTheRulesSay(
            String rule, PatientFacts facts, Recommendation recommendation, AccessFlag flag, List<Reason> reasons) {
        assertDecides(rule, facts, AS_OF, recommendation, flag, reasons);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("todayTable")
    void decidesAsTheRulesSayForToday(
            String rule, PatientFacts facts, Recommendation recommendation, AccessFlag flag, List<Reason> reasons) {
        assertDecides(rule, facts, TODAY, recommendation, flag, reasons);
    }

    /**
     * Against the same record without its concern entries: the flag is the same; the answer is the same, except
     * that access becomes a review decided by the concern. The concern reason stands exactly where it was added.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"countingTable", "reviewTable", "answerTable"})
    void aConcernNeverChangesTheFlagAndOnlyTurnsAccessIntoReview(
            String rule, PatientFacts facts, Recommendation recommendation, AccessFlag flag, List<Reason> reasons) {
        AccessRecommendation with = evaluate(facts, AS_OF);
        AccessRecommendation without = evaluate(withoutConcerns(facts), AS_OF);

        assertThat(with.flag()).as(rule).isEqualTo(without.flag());
        if (with.reasons().contains(Reason.SAFEGUARDING_CONCERN) && without.recommendation() == PROVISION_ACCESS) {
            assertThat(with.recommendation()).as(rule).isEqualTo(REVIEW_REQUIRED);
            assertThat(with.reasons().get(0)).as(rule).isEqualTo(Reason.SAFEGUARDING_CONCERN);
            assertThat(with.reasons()).as(rule).doesNotContain(Reason.NO_CODES);
        } else {
            assertThat(with.recommendation()).as(rule).isEqualTo(without.recommendation());
        }
    }

    @Test
    void theEvidenceShowsEachConcernEntryWithItsKindAndWhyItWasNotCounted() {
        CodedEvent counted = obs(SAFEGUARDING_CONCERN, "2023-01-01");
        CodedEvent error = obs(SAFEGUARDING_CONCERN, "2023-01-01", "entered-in-error");
        CodedEvent cancelled = obs(SAFEGUARDING_CONCERN, "2023-01-01", "cancelled");
        CodedEvent refuted = condition("refuted");
        CodedEvent later = obs(SAFEGUARDING_CONCERN, "2024-07-01");
        CodedEvent nearMiss = nearMiss(SAFEGUARDING_CONCERN, MISTYPED_SNOMED, "2023-01-01");

        List<Evidence> evidence = evaluate(adult(counted, error, cancelled, refuted, later, nearMiss), AS_OF)
                .evidence();

        assertThat(evidence).allSatisfy(e -> assertThat(e.event().kind()).isEqualTo(SAFEGUARDING_CONCERN));
        assertThat(evidence)
                .extracting(Evidence::event, Evidence::counted, Evidence::notCounted, Evidence::deciding)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(counted, true, null, false),
                        org.assertj.core.groups.Tuple.tuple(error, false, NotCountedReason.ENTERED_IN_ERROR, false),
                        org.assertj.core.groups.Tuple.tuple(cancelled, false, NotCountedReason.CANCELLED, false),
                        org.assertj.core.groups.Tuple.tuple(refuted, false, NotCountedReason.REFUTED, false),
                        org.assertj.core.groups.Tuple.tuple(later, false, NotCountedReason.AFTER_AS_OF, false),
                        org.assertj.core.groups.Tuple.tuple(
                                nearMiss, false, NotCountedReason.UNRECOGNISED_CODING, false));
    }

    @Test
    void aFutureDatedConcernIsMarkedInTheEvidenceAsOfToday() {
        CodedEvent future = obs(SAFEGUARDING_CONCERN, "2025-01-01");

        assertThat(evaluate(adult(future), TODAY).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.counted()).isTrue())
                .satisfies(e -> assertThat(e.futureDated()).isTrue());
        assertThat(evaluate(adult(future), AS_OF).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.notCounted()).isEqualTo(NotCountedReason.AFTER_AS_OF));
    }

    @Test
    void anUnder16KeepsTheDayTheyTurn16() {
        AccessRecommendation result = evaluate(patient("2010-01-01", obs(SAFEGUARDING_CONCERN, "2023-01-01")), AS_OF);

        assertThat(result.eligibleFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void everyCodeOfTheDefaultListIsAConcern() {
        for (Coding code : SafeguardingCodes.RCGP_ESSENTIAL) {
            CodedEvent entry = recoded(obs(SAFEGUARDING_CONCERN, "2023-01-01"), code);

            assertThat(CodeSets.snomedDefaults().match(List.of(code)))
                    .as("%s", code)
                    .singleElement()
                    .satisfies(m -> assertThat(m.kind()).isEqualTo(SAFEGUARDING_CONCERN))
                    .satisfies(m -> assertThat(m.recognised()).isTrue());
            assertThat(evaluate(adult(entry), AS_OF).reasons())
                    .as("%s", code)
                    .containsExactly(Reason.SAFEGUARDING_CONCERN);
        }
    }

    private void assertDecides(
            String rule,
            PatientFacts facts,
            LocalDate asOf,
            Recommendation recommendation,
            AccessFlag flag,
            List<Reason> reasons) {
        AccessRecommendation result = evaluate(facts, asOf);

        assertThat(result.recommendation()).as(rule).isEqualTo(recommendation);
        assertThat(result.flag()).as(rule).isEqualTo(flag);
        assertThat(result.reasons()).as(rule).containsExactlyElementsOf(reasons);
        assertThat(result.evidence()).as(rule).hasSize(facts.events().size());
    }

    /** One patient whose practice's bulk-106 days are known, none of them a bulk day. */
    private AccessRecommendation evaluate(PatientFacts facts, LocalDate asOf) {
        return engine.evaluate(facts, List.of(), OrganizationIdentity.UNKNOWN, asOf, TODAY, NO_BULK_DAY);
    }

    /** The record without its recognised concern entries (near misses stay: they are not concerns). */
    static PatientFacts withoutConcerns(PatientFacts facts) {
        return facts.withEvents(facts.events().stream()
                .filter(e -> e.kind() != SAFEGUARDING_CONCERN || !e.recognised())
                .toList());
    }

    /** A Condition copy of a concern dated 2023-01-01 (a child protection plan). */
    private static CodedEvent condition(String verificationStatus) {
        return condition(verificationStatus, "2023-01-01");
    }

    private static CodedEvent condition(String verificationStatus, String recordedDate) {
        return recoded(cond(SAFEGUARDING_CONCERN, recordedDate, verificationStatus), CHILD_PROTECTION_PLAN);
    }

    /** {@code e} coded with {@code coding}, another code of the same kind. */
    static CodedEvent recoded(CodedEvent e, Coding coding) {
        return new CodedEvent(
                e.reference(),
                e.source(),
                e.kind(),
                coding,
                e.recognised(),
                e.clinical(),
                e.recorded(),
                e.status(),
                e.performerOrganizations());
    }

    private static Arguments row(
            String rule, PatientFacts facts, Recommendation recommendation, AccessFlag flag, List<Reason> reasons) {
        return arguments(rule, facts, recommendation, flag, reasons);
    }
}
