package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.ActionId.AT_SIXTEEN;
import static io.github.recordaccess.rules.ActionId.CHECK_EXISTING_ACCESS;
import static io.github.recordaccess.rules.ActionId.CONSIDER_104_SAFEGUARDING;
import static io.github.recordaccess.rules.ActionId.ENABLE_ACCESS_MANUALLY;
import static io.github.recordaccess.rules.ActionId.NO_ACTION;
import static io.github.recordaccess.rules.ActionId.OFFER_ACCESS_ON_REQUEST;
import static io.github.recordaccess.rules.ActionId.PROVIDE_ACCESS;
import static io.github.recordaccess.rules.ActionId.RESPECT_OPT_OUT;
import static io.github.recordaccess.rules.ActionId.REVIEW_BULK_CODED_104;
import static io.github.recordaccess.rules.ActionId.REVIEW_RECORD;
import static io.github.recordaccess.rules.CodeKind.DECLINED_103;
import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.CodeKind.SAFEGUARDING_CONCERN;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.MISTYPED_SNOMED;
import static io.github.recordaccess.rules.Events.NHS;
import static io.github.recordaccess.rules.Events.TODAY;
import static io.github.recordaccess.rules.Events.adult;
import static io.github.recordaccess.rules.Events.deceased;
import static io.github.recordaccess.rules.Events.inactive;
import static io.github.recordaccess.rules.Events.nearMiss;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.Events.obsIssued;
import static io.github.recordaccess.rules.Events.patient;
import static io.github.recordaccess.rules.Events.withNhs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The advice for every kind of answer, at practices live, not yet live, or not in the registry. */
class ActionAdvisorTest {

    static final LocalDate GO_LIVE = LocalDate.of(2023, 10, 31);
    static final PracticeContext EMIS_LIVE = PracticeContext.of(ClinicalSystem.EMIS, GO_LIVE);
    static final PracticeContext TPP_LIVE = PracticeContext.of(ClinicalSystem.TPP, GO_LIVE);
    /** Goes live after AS_OF: not live for an answer as of AS_OF. */
    static final PracticeContext LIVE_AFTER_AS_OF = PracticeContext.of(ClinicalSystem.EMIS, AS_OF.plusDays(1));

    static final PracticeContext NOT_LIVE = PracticeContext.of(ClinicalSystem.EMIS, null);
    static final PracticeContext UNKNOWN = PracticeContext.UNKNOWN;

    private static final RecommendationEngine ENGINE = Events.engine();

    static Stream<Arguments> adviceTable() {
        return Stream.of(
                // Access to give
                row("noCodesProvidesAccess", asOf(adult()), EMIS_LIVE, PROVIDE_ACCESS),
                row("noCodesWithoutRegistryEntryProvidesAccess", asOf(adult()), UNKNOWN, PROVIDE_ACCESS),
                row("a106AfterGoLiveIsEnabledManually", rescindedOn("2024-01-10"), EMIS_LIVE, ENABLE_ACCESS_MANUALLY),
                row(
                        "a106AfterGoLiveAtTppIsEnabledManually",
                        rescindedOn("2024-01-10"),
                        TPP_LIVE,
                        ENABLE_ACCESS_MANUALLY),
                row("a106BeforeGoLiveProvidesAccess", rescindedOn("2023-09-01"), EMIS_LIVE, PROVIDE_ACCESS),
                row("a106OnTheGoLiveDayMayBeAfterIt", rescindedOn("2023-10-31"), EMIS_LIVE, ENABLE_ACCESS_MANUALLY),
                row("a106DatedToTheGoLiveMonthMayBeAfterIt", rescindedOn("2023-10"), EMIS_LIVE, ENABLE_ACCESS_MANUALLY),
                row("a106DatedToAMonthBeforeGoLiveIsBefore", rescindedOn("2023-09"), EMIS_LIVE, PROVIDE_ACCESS),
                row(
                        "a106BackDatedButRecordedAfterGoLiveIsEnabledManually",
                        asOf(adult(
                                obs(REVIEW_INDICATED_104, "2023-06-01"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-09-01", "2023-11-15T10:00:00Z"))),
                        EMIS_LIVE,
                        ENABLE_ACCESS_MANUALLY),
                row(
                        "only106sAfterGoLiveAreEnabledManually",
                        asOf(adult(obs(REVIEW_NOT_INDICATED_106, "2024-01-10"))),
                        EMIS_LIVE,
                        ENABLE_ACCESS_MANUALLY),
                row(
                        "a106AfterGoLiveBeforeThePracticeIsLive",
                        rescindedOn("2024-01-10"),
                        LIVE_AFTER_AS_OF,
                        PROVIDE_ACCESS),
                row("a106AtAPracticeNotLive", rescindedOn("2024-01-10"), NOT_LIVE, PROVIDE_ACCESS),
                row("a106WithoutRegistryEntryProvidesAccess", rescindedOn("2024-01-10"), UNKNOWN, PROVIDE_ACCESS),
                // An active 104
                row(
                        "a104BeforeGoLiveOffersAccessOnRequest",
                        active104("2023-06-01"),
                        EMIS_LIVE,
                        OFFER_ACCESS_ON_REQUEST),
                row(
                        "a104AfterGoLiveChecksExistingAccessFirst",
                        active104("2024-01-10"),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        OFFER_ACCESS_ON_REQUEST),
                row(
                        "a104AfterGoLiveAtTpp",
                        active104("2024-01-10"),
                        TPP_LIVE,
                        CHECK_EXISTING_ACCESS,
                        OFFER_ACCESS_ON_REQUEST),
                row("a104WithoutRegistryEntry", active104("2024-01-10"), UNKNOWN, OFFER_ACCESS_ON_REQUEST),
                row("a104BeforeThePracticeIsLive", active104("2024-01-10"), LIVE_AFTER_AS_OF, OFFER_ACCESS_ON_REQUEST),
                row("a104AtAPracticeNotLive", active104("2024-01-10"), NOT_LIVE, OFFER_ACCESS_ON_REQUEST),
                row(
                        "anUndated104MayBeAfterGoLive",
                        active104(null),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        OFFER_ACCESS_ON_REQUEST),
                row(
                        "a104DatedToTheGoLiveYearMayBeAfterIt",
                        active104("2023"),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        OFFER_ACCESS_ON_REQUEST),
                row(
                        "a104BackDatedButRecordedAfterGoLive",
                        asOf(adult(obsIssued(REVIEW_INDICATED_104, "2023-06-01", "2023-12-01T09:00:00Z"))),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        OFFER_ACCESS_ON_REQUEST),
                row(
                        "a104ReappliedAfterGoLive",
                        asOf(adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-06-01"),
                                obs(REVIEW_INDICATED_104, "2024-01-10"))),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        OFFER_ACCESS_ON_REQUEST),
                row(
                        "a104RescindedAfterGoLiveNeedsNoCheck",
                        asOf(adult(
                                obs(REVIEW_INDICATED_104, "2024-01-10"), obs(REVIEW_NOT_INDICATED_106, "2024-02-10"))),
                        EMIS_LIVE,
                        ENABLE_ACCESS_MANUALLY),
                row(
                        "aBulkCoded104IsReviewed",
                        active104("2023-10-20").withBulkCoded104(true),
                        EMIS_LIVE,
                        OFFER_ACCESS_ON_REQUEST,
                        REVIEW_BULK_CODED_104),
                row(
                        "anUnknownBulkCodingIsNotReviewedAsBulk",
                        active104("2023-10-20"),
                        EMIS_LIVE,
                        OFFER_ACCESS_ON_REQUEST),
                // A 103
                row(
                        "a103AfterGoLiveChecksExistingAccess",
                        asOf(adult(obs(DECLINED_103, "2024-01-10"))),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        RESPECT_OPT_OUT),
                row("a103BeforeGoLive", asOf(adult(obs(DECLINED_103, "2023-01-10"))), EMIS_LIVE, RESPECT_OPT_OUT),
                row("a103WithoutRegistryEntry", asOf(adult(obs(DECLINED_103, "2024-01-10"))), UNKNOWN, RESPECT_OPT_OUT),
                row(
                        "a103WithConflictingCodesAlsoReviewsTheRecord",
                        asOf(adult(
                                obs(DECLINED_103, "2023-01-01"),
                                obs(REVIEW_INDICATED_104, "2023-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-15"))),
                        EMIS_LIVE,
                        RESPECT_OPT_OUT,
                        REVIEW_RECORD),
                // Records to review
                row(
                        "conflictingCodesAfterGoLiveCheckExistingAccess",
                        asOf(adult(obs(REVIEW_INDICATED_104, "2024-01"), obs(REVIEW_NOT_INDICATED_106, "2024-01-15"))),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        REVIEW_RECORD),
                row(
                        "conflictingCodesBeforeGoLive",
                        asOf(adult(obs(REVIEW_INDICATED_104, "2023-01"), obs(REVIEW_NOT_INDICATED_106, "2023-01-15"))),
                        EMIS_LIVE,
                        REVIEW_RECORD),
                row("missingBirthDate", asOf(patient(null)), EMIS_LIVE, REVIEW_RECORD),
                row("noNhsNumber", asOf(withNhs(List.of(), "1980-01-01")), EMIS_LIVE, REVIEW_RECORD),
                row("duplicateRecord", duplicate(), EMIS_LIVE, REVIEW_RECORD),
                row(
                        "anUnrecognisedCodingIsReviewed",
                        asOf(adult(nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2023-01-01"))),
                        EMIS_LIVE,
                        REVIEW_RECORD),
                row(
                        "anUnrecognisedCodingBesideAnActive104",
                        asOf(adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2023-01-01"))),
                        EMIS_LIVE,
                        OFFER_ACCESS_ON_REQUEST,
                        REVIEW_RECORD),
                row(
                        "aFutureDated104AtALivePractice",
                        ENGINE.evaluate(adult(obs(REVIEW_INDICATED_104, "2025-01-01")), TODAY),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        OFFER_ACCESS_ON_REQUEST,
                        REVIEW_RECORD),
                row(
                        "aFutureDated104WithoutRegistryEntry",
                        ENGINE.evaluate(adult(obs(REVIEW_INDICATED_104, "2025-01-01")), TODAY),
                        UNKNOWN,
                        OFFER_ACCESS_ON_REQUEST,
                        REVIEW_RECORD),
                // Outside the model
                row(
                        "deceasedNeedsNoAction",
                        asOf(deceased(true, null, obs(REVIEW_INDICATED_104, "2024-01-10"))),
                        EMIS_LIVE,
                        NO_ACTION),
                row(
                        "inactiveRecordNeedsNoAction",
                        asOf(inactive(obs(DECLINED_103, "2024-01-10"))),
                        EMIS_LIVE,
                        NO_ACTION),
                row("under16", asOf(patient("2010-01-01")), EMIS_LIVE, AT_SIXTEEN),
                row("under16WithoutRegistryEntry", asOf(patient("2010-01-01")), UNKNOWN, AT_SIXTEEN),
                row(
                        "under16WithA104AfterGoLive",
                        asOf(patient("2010-01-01", obs(REVIEW_INDICATED_104, "2024-01-10"))),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        AT_SIXTEEN),
                row(
                        "under16WithConflictingCodes",
                        asOf(patient(
                                "2010-01-01",
                                obs(REVIEW_INDICATED_104, "2023-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-15"))),
                        EMIS_LIVE,
                        AT_SIXTEEN,
                        REVIEW_RECORD),
                // A safeguarding concern with no individual review after it: considered first where it made the
                // answer a review or the patient is under 16; under a 104 or a 103 access is already withheld.
                row("aConcernThatMadeTheAnswerReview", asOf(adult(concern())), EMIS_LIVE, CONSIDER_104_SAFEGUARDING),
                row(
                        "aConcernThatMadeTheAnswerReviewWithoutRegistryEntry",
                        asOf(adult(concern())),
                        UNKNOWN,
                        CONSIDER_104_SAFEGUARDING),
                row(
                        "aConcernAfterA106ThatGoLiveMayPostdate",
                        asOf(adult(
                                obs(REVIEW_NOT_INDICATED_106, "2023-11-01"), obs(SAFEGUARDING_CONCERN, "2024-01-10"))),
                        EMIS_LIVE,
                        CONSIDER_104_SAFEGUARDING),
                row(
                        "aConcernThatMadeTheAnswerReviewBesideANearMiss",
                        asOf(adult(concern(), nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2023-01-01"))),
                        EMIS_LIVE,
                        CONSIDER_104_SAFEGUARDING,
                        REVIEW_RECORD),
                row(
                        "aConcernOfAnUnder16",
                        asOf(patient("2010-01-01", concern())),
                        EMIS_LIVE,
                        CONSIDER_104_SAFEGUARDING,
                        AT_SIXTEEN),
                row(
                        "aConcernOfAnUnder16ComesFirstAfterA106",
                        asOf(patient(
                                "2010-01-01",
                                concern(),
                                obs(REVIEW_INDICATED_104, "2024-01-10"),
                                obs(REVIEW_NOT_INDICATED_106, "2024-01-20"))),
                        EMIS_LIVE,
                        CONSIDER_104_SAFEGUARDING,
                        AT_SIXTEEN),
                row(
                        "aConcernOfAnUnder16UnderAnActive104OnlyAddsTheReason",
                        asOf(patient("2010-01-01", concern(), obs(REVIEW_INDICATED_104, "2024-01-10"))),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        AT_SIXTEEN),
                row(
                        "aConcernOfAnUnder16UnderA103OnlyAddsTheReason",
                        asOf(patient("2010-01-01", concern(), obs(DECLINED_103, "2024-01-10"))),
                        TPP_LIVE,
                        CHECK_EXISTING_ACCESS,
                        AT_SIXTEEN),
                row(
                        "aConcernUnderAnActive104",
                        asOf(adult(concern(), obs(REVIEW_INDICATED_104, "2023-06-01"))),
                        EMIS_LIVE,
                        OFFER_ACCESS_ON_REQUEST),
                row(
                        "aConcernUnderAnActive104AfterGoLive",
                        asOf(adult(concern(), obs(REVIEW_INDICATED_104, "2024-01-10"))),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS,
                        OFFER_ACCESS_ON_REQUEST),
                row(
                        "aConcernUnderA103",
                        asOf(adult(concern(), obs(DECLINED_103, "2023-06-01"))),
                        EMIS_LIVE,
                        RESPECT_OPT_OUT),
                row(
                        "aConcernBesideAnotherReviewReason",
                        asOf(withNhs(List.of(), "1980-01-01", concern())),
                        EMIS_LIVE,
                        REVIEW_RECORD),
                row(
                        "aConcernOfAnUnder16BesideAnotherReviewReason",
                        asOf(withNhs(List.of(), "2010-01-01", concern())),
                        EMIS_LIVE,
                        REVIEW_RECORD),
                row(
                        "aConcernBesideConflictingCodes",
                        asOf(adult(
                                obs(REVIEW_INDICATED_104, "2023-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-15"),
                                obs(SAFEGUARDING_CONCERN, "2023-06-01"))),
                        EMIS_LIVE,
                        REVIEW_RECORD),
                row("aConcernOfADeceasedPatient", asOf(deceased(true, null, concern())), EMIS_LIVE, NO_ACTION),
                row("aConcernOnAnInactiveRecord", asOf(inactive(concern())), EMIS_LIVE, NO_ACTION),
                row(
                        "aConcernOnAReplacedRecord",
                        ENGINE.evaluateAll(
                                        List.of(
                                                MergedRecordsTest.replacedBy(
                                                        MergedRecordsTest.record("old", concern()), "new"),
                                                MergedRecordsTest.record("new")),
                                        AS_OF)
                                .get(0),
                        EMIS_LIVE,
                        NO_ACTION),
                row(
                        "aReviewedConcernLeavesAccessToGive",
                        ENGINE.evaluate(
                                adult(concern(), obs(REVIEW_NOT_INDICATED_106, "2023-02-01")),
                                List.of(),
                                OrganizationIdentity.UNKNOWN,
                                AS_OF,
                                TODAY,
                                SafeguardingConcernTest.NO_BULK_DAY),
                        EMIS_LIVE,
                        PROVIDE_ACCESS));
    }

    @Test
    void consideringA104SaysWhatWasFoundAndWhatToRecord() {
        assertThat(only(asOf(adult(concern())), EMIS_LIVE, CONSIDER_104_SAFEGUARDING))
                .contains("safeguarding concern is recorded")
                .contains("no individual review")
                .contains("applied in bulk")
                .contains("harm")
                .contains("record a 104 if so, or a 106 if not");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adviceTable")
    void advisesAsTheTableSays(String rule, AccessRecommendation result, PracticeContext practice, List<ActionId> ids) {
        List<Action> actions = ActionAdvisor.actionsFor(result, practice);

        assertThat(actions).as(rule).extracting(Action::id).containsExactlyElementsOf(ids);
        assertThat(actions).as(rule).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    }

    @Test
    void theAdviceToGiveAccessCarriesTheDutyToCheckTheRecordFirst() {
        assertThat(List.of(
                        only(asOf(adult()), EMIS_LIVE, PROVIDE_ACCESS),
                        only(rescindedOn("2024-01-10"), EMIS_LIVE, ENABLE_ACCESS_MANUALLY)))
                .allSatisfy(text -> assertThat(text).contains("third parties").contains("harm"));
        assertThat(only(rescindedOn("2024-01-10"), EMIS_LIVE, ENABLE_ACCESS_MANUALLY))
                .contains("does not switch access on by itself")
                .contains("enable it manually");
    }

    @Test
    void checkingExistingAccessNamesTheCodesAndTheGoLiveDate() {
        assertThat(only(active104("2024-01-10"), EMIS_LIVE, CHECK_EXISTING_ACCESS))
                .startsWith("The 104 may")
                .contains("(31 October 2023)")
                .endsWith(
                        "decide whether it should continue: a 104 withholds access until the enhanced review is done.");
        assertThat(only(asOf(adult(obs(DECLINED_103, "2024-01-10"))), EMIS_LIVE, CHECK_EXISTING_ACCESS))
                .startsWith("The 103 may")
                .endsWith("withdraw it, as the patient declined it.");
        assertThat(only(
                        asOf(adult(obs(DECLINED_103, "2024-01-10"), obs(REVIEW_INDICATED_104, "2024-01-10"))),
                        EMIS_LIVE,
                        CHECK_EXISTING_ACCESS))
                .startsWith("The 104 and 103 may")
                .endsWith("withdraw it, as the patient declined it (103), and review the 104.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sixteenTable")
    void atSixteenSaysWhatTheSystemWillDo(String rule, PracticeContext practice, String says, String neverSays) {
        String text = only(asOf(patient("2010-01-01")), practice, AT_SIXTEEN);

        assertThat(text).as(rule).contains("1 January 2026").contains(says).doesNotContain(neverSays);
    }

    static Stream<Arguments> sixteenTable() {
        return Stream.of(
                arguments("tpp", TPP_LIVE, "TPP will not start access by itself at 16", "EMIS"),
                arguments("emis", EMIS_LIVE, "EMIS reads the codes at the 16th birthday", "TPP"),
                arguments("unknownSystem", UNKNOWN, "TPP does not", "TPP will not"));
    }

    @Test
    void anActive104BeforeSixteenIsToBeReviewedBeforeTheBirthday() {
        assertThat(only(asOf(patient("2010-01-01", obs(REVIEW_INDICATED_104, "2023-01-01"))), TPP_LIVE, AT_SIXTEEN))
                .contains("An active 104 will withhold access at 16: review it before the 16th birthday.")
                .contains("TPP will not start access by itself at 16");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewTable")
    void reviewingARecordSaysWhatToFix(String rule, AccessRecommendation result, String says) {
        assertThat(only(result, UNKNOWN, REVIEW_RECORD)).as(rule).contains(says);
    }

    static Stream<Arguments> reviewTable() {
        return Stream.of(
                arguments("duplicate", duplicate(), "merge or correct the records"),
                arguments(
                        "conflicting",
                        asOf(adult(obs(REVIEW_INDICATED_104, "2023-01"), obs(REVIEW_NOT_INDICATED_106, "2023-01-15"))),
                        "record a fresh 104 or 106"),
                arguments(
                        "undated",
                        asOf(adult(obs(REVIEW_INDICATED_104, null), obs(REVIEW_NOT_INDICATED_106, "2023-01-15"))),
                        "record a fresh, dated 104 or 106"),
                arguments("missingBirthDate", asOf(patient(null)), "Record the birth date"),
                arguments("noNhsNumber", asOf(withNhs(List.of(), "1980-01-01")), "Trace and record a valid NHS number"),
                arguments(
                        "unrecognised",
                        asOf(adult(nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2023-01-01"))),
                        "recode it with SNOMED CT"),
                arguments(
                        "futureDated",
                        ENGINE.evaluate(adult(obs(REVIEW_INDICATED_104, "2025-01-01")), TODAY),
                        "Correct its date"));
    }

    @Test
    void oneReviewActionHoldsASentenceForEveryReviewReason() {
        AccessRecommendation result = ENGINE.evaluateAll(
                        List.of(withNhs(List.of(NHS), null), withNhs(List.of(NHS), "1980-01-01")), AS_OF)
                .get(0);

        assertThat(result.reasons()).containsExactly(Reason.DUPLICATE_RECORD, Reason.MISSING_BIRTH_DATE);
        assertThat(only(result, UNKNOWN, REVIEW_RECORD))
                .contains("merge or correct the records")
                .contains("Record the birth date");
    }

    /** The text of the one action with {@code id}, which must be there. */
    private static String only(AccessRecommendation result, PracticeContext practice, ActionId id) {
        List<Action> matching = ActionAdvisor.actionsFor(result, practice).stream()
                .filter(a -> a.id() == id)
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0).text();
    }

    private static AccessRecommendation asOf(PatientFacts facts) {
        return ENGINE.evaluate(facts, AS_OF);
    }

    /** A counted safeguarding concern of 2023-01-01. */
    private static CodedEvent concern() {
        return obs(SAFEGUARDING_CONCERN, "2023-01-01");
    }

    private static AccessRecommendation active104(String date) {
        return asOf(adult(obs(REVIEW_INDICATED_104, date)));
    }

    /** A 104 of 2023-06 rescinded by a 106 dated {@code date}. */
    private static AccessRecommendation rescindedOn(String date) {
        return asOf(adult(obs(REVIEW_INDICATED_104, "2023-06"), obs(REVIEW_NOT_INDICATED_106, date)));
    }

    private static AccessRecommendation duplicate() {
        return ENGINE.evaluateAll(
                        List.of(withNhs(List.of(NHS), "1980-01-01"), withNhs(List.of(NHS), "1980-01-01")), AS_OF)
                .get(0);
    }

    private static Arguments row(String rule, AccessRecommendation result, PracticeContext practice, ActionId... ids) {
        return arguments(rule, result, practice, List.of(ids));
    }
}
