package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.AccessFlag.ACTIVE_104;
import static io.github.recordaccess.rules.AccessFlag.RESCINDED_BY_106;
import static io.github.recordaccess.rules.AccessFlag.UNDETERMINED;
import static io.github.recordaccess.rules.CodeKind.DECLINED_103;
import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.PRACTICE;
import static io.github.recordaccess.rules.Events.TODAY;
import static io.github.recordaccess.rules.Events.adult;
import static io.github.recordaccess.rules.Events.condBy;
import static io.github.recordaccess.rules.Events.deceased;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.Events.obsBy;
import static io.github.recordaccess.rules.Events.ods;
import static io.github.recordaccess.rules.Events.organization;
import static io.github.recordaccess.rules.Events.patient;
import static io.github.recordaccess.rules.Reason.RECORDED_ELSEWHERE;
import static io.github.recordaccess.rules.Recommendation.NOT_APPLICABLE;
import static io.github.recordaccess.rules.Recommendation.OFFER_OPT_IN;
import static io.github.recordaccess.rules.Recommendation.OPTED_OUT;
import static io.github.recordaccess.rules.Recommendation.PROVISION_ACCESS;
import static io.github.recordaccess.rules.Recommendation.REVIEW_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deciding 104 recorded by another organisation (an Observation whose performer names an Organization other
 * than the practice, by ODS code or by Organization resource) adds RECORDED_ELSEWHERE and the action
 * REVIEW_INHERITED_104; the recommendation does not change. A 104 whose recorder cannot be told is the
 * practice's own, and Conditions are not judged. The practice here is {@link Events#PRACTICE}
 * (Organization {@code org-practice}, ODS code A81001).
 */
class RecordedElsewhereTest {

    private static final OrganizationIdentity PREVIOUS_PRACTICE = ods("Y21001");

    private final RecommendationEngine engine = Events.engine();

    static Stream<Arguments> decisionTable() {
        return Stream.of(
                row(
                        "a104RecordedUnderAnotherOdsCodeIsRecordedElsewhere",
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "a104RecordedByAnotherOrganizationResourceIsRecordedElsewhere",
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", organization("org-previous"))),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "thePracticesOwnOdsCodeIsItsOwn",
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", ods("A81001"))),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "anOdsCodeIsComparedWithoutCaseOrSpaces",
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", ods(" a81001"))),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "thePracticesOwnOrganizationIsItsOwn",
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", organization("org-practice"))),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "aRecorderThatCannotBeToldIsThePracticesOwn",
                        adult(obs(REVIEW_INDICATED_104, "2021-05-01")),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "anyPerformerNamingAnotherOrganizationCounts",
                        adult(obsBy(
                                REVIEW_INDICATED_104, "2021-05-01", organization("org-practice"), PREVIOUS_PRACTICE)),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "thePracticesResourceWithAnotherOdsCodeIsAnotherOrganization",
                        adult(obsBy(
                                REVIEW_INDICATED_104,
                                "2021-05-01",
                                new OrganizationIdentity("org-practice", "Y21001"))),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "aConditionIsNotJudged",
                        adult(condBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "onlyTheDeciding104CountsAndHereItIsThePracticesOwn",
                        adult(
                                obsBy(REVIEW_INDICATED_104, "2019-05-01", PREVIOUS_PRACTICE),
                                obs(REVIEW_INDICATED_104, "2022-05-01")),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "anInherited104AfterThePracticesOwnDecides",
                        adult(
                                obs(REVIEW_INDICATED_104, "2019-05-01"),
                                obsBy(REVIEW_INDICATED_104, "2022-05-01", PREVIOUS_PRACTICE)),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "anInherited104RescindedByA106IsNoLongerInForce",
                        adult(
                                obsBy(REVIEW_INDICATED_104, "2019-05-01", PREVIOUS_PRACTICE),
                                obs(REVIEW_NOT_INDICATED_106, "2022-05-01")),
                        PRACTICE,
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "anInherited104InAnUnknownOrderDecidesNothing",
                        adult(
                                obsBy(REVIEW_INDICATED_104, "2022-05-01", PREVIOUS_PRACTICE),
                                obs(REVIEW_NOT_INDICATED_106, "2022-05-01")),
                        PRACTICE,
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "anUnder16StaysNotApplicable",
                        patient("2012-01-01", obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)),
                        PRACTICE,
                        NOT_APPLICABLE,
                        ACTIVE_104,
                        List.of(Reason.UNDER_16, Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "a103StillOptsOut",
                        adult(
                                obs(DECLINED_103, "2020-01-01"),
                                obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)),
                        PRACTICE,
                        OPTED_OUT,
                        ACTIVE_104,
                        List.of(Reason.DECLINED_103, Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "aDeceasedPatientStaysNotApplicable",
                        deceased(true, null, obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)),
                        PRACTICE,
                        NOT_APPLICABLE,
                        ACTIVE_104,
                        List.of(Reason.DECEASED, Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "aPracticeNoOneCanNameCannotTellAnyRecorderApart",
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)),
                        OrganizationIdentity.UNKNOWN,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "aPracticeKnownByOdsCodeAloneCannotTellAResourceApart",
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", organization("org-previous"))),
                        ods("A81001"),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "aPracticeKnownByOdsCodeAloneTellsAnotherCodeApart",
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)),
                        ods("A81001"),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, RECORDED_ELSEWHERE)),
                row(
                        "anUnverifiedNumberDecidesNothingHereAndBothAreAdded",
                        Events.withStatuses(adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)), "02"),
                        PRACTICE,
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, Reason.UNVERIFIED_NHS_NUMBER, RECORDED_ELSEWHERE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionTable")
    void decidesAsTheRulesSay(
            String rule,
            PatientFacts facts,
            OrganizationIdentity practice,
            Recommendation recommendation,
            AccessFlag flag,
            List<Reason> reasons) {
        AccessRecommendation result = engine.evaluate(facts, practice, AS_OF, TODAY);

        assertThat(result.recommendation()).as(rule).isEqualTo(recommendation);
        assertThat(result.flag()).as(rule).isEqualTo(flag);
        assertThat(result.reasons()).as(rule).containsExactlyElementsOf(reasons);
    }

    @Test
    void aFutureDatedInherited104AsOfTodayIsReportedBothWays() {
        AccessRecommendation result = engine.evaluate(
                adult(obsBy(REVIEW_INDICATED_104, "2030-01-01", PREVIOUS_PRACTICE)), PRACTICE, TODAY, TODAY);

        assertThat(result.reasons()).containsExactly(Reason.ACTIVE_104, Reason.FUTURE_DATED_CODE, RECORDED_ELSEWHERE);
    }

    @Test
    void theWholePracticeIsJudgedAgainstThePracticeItself() {
        List<AccessRecommendation> results = engine.evaluateAll(
                List.of(
                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)),
                        Events.withNhs(
                                List.of("9990000026"),
                                "1980-01-01",
                                obsBy(REVIEW_INDICATED_104, "2021-05-01", ods("A81001")))),
                PRACTICE,
                AS_OF,
                TODAY);

        assertThat(results.get(0).reasons()).containsExactly(Reason.ACTIVE_104, RECORDED_ELSEWHERE);
        assertThat(results.get(1).reasons()).containsExactly(Reason.ACTIVE_104);
    }

    @Test
    void bulkCodingIsAddedAfterIt() {
        AccessRecommendation inherited = engine.evaluate(
                adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", PREVIOUS_PRACTICE)), PRACTICE, AS_OF, TODAY);

        assertThat(inherited.withBulkCoded104(true).reasons())
                .containsExactly(Reason.ACTIVE_104, RECORDED_ELSEWHERE, Reason.BULK_CODED_104);
        assertThat(inherited.withBulkCoded104(true).recommendation()).isEqualTo(OFFER_OPT_IN);
    }

    static Stream<Arguments> adviceTable() {
        return Stream.of(
                advice(
                        "anInherited104IsOfferedOnRequestAndReviewed",
                        inherited(adult(), "2021-05-01"),
                        ActionAdvisorTest.EMIS_LIVE,
                        ActionId.OFFER_ACCESS_ON_REQUEST,
                        ActionId.REVIEW_INHERITED_104),
                advice(
                        "anInherited104AfterGoLiveChecksExistingAccessFirst",
                        inherited(adult(), "2024-01-10"),
                        ActionAdvisorTest.EMIS_LIVE,
                        ActionId.CHECK_EXISTING_ACCESS,
                        ActionId.OFFER_ACCESS_ON_REQUEST,
                        ActionId.REVIEW_INHERITED_104),
                advice(
                        "anInherited104AtAPracticeNotInTheRegistry",
                        inherited(adult(), "2024-01-10"),
                        PracticeContext.UNKNOWN,
                        ActionId.OFFER_ACCESS_ON_REQUEST,
                        ActionId.REVIEW_INHERITED_104),
                advice(
                        "anUnder16WithAnInherited104",
                        inherited(patient("2012-01-01"), "2021-05-01"),
                        ActionAdvisorTest.EMIS_LIVE,
                        ActionId.AT_SIXTEEN,
                        ActionId.REVIEW_INHERITED_104),
                advice(
                        "aDeceasedPatientNeedsNoAction",
                        inherited(deceased(true, null), "2021-05-01"),
                        ActionAdvisorTest.EMIS_LIVE,
                        ActionId.NO_ACTION),
                advice(
                        "thePracticesOwn104IsNotReviewedAsInherited",
                        new RecommendationEngine(Events.CLOCK)
                                .evaluate(
                                        adult(obsBy(REVIEW_INDICATED_104, "2021-05-01", ods("A81001"))),
                                        PRACTICE,
                                        AS_OF,
                                        TODAY),
                        ActionAdvisorTest.EMIS_LIVE,
                        ActionId.OFFER_ACCESS_ON_REQUEST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adviceTable")
    void advisesAsTheRulesSay(
            String rule, AccessRecommendation result, PracticeContext practice, List<ActionId> expected) {
        assertThat(ActionAdvisor.actionsFor(result, practice))
                .extracting(Action::id)
                .as(rule)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aBulkCodedInherited104IsReviewedForBothReasons() {
        AccessRecommendation both = inherited(adult(), "2021-05-01").withBulkCoded104(true);

        assertThat(ActionAdvisor.actionsFor(both, PracticeContext.UNKNOWN))
                .extracting(Action::id)
                .containsExactly(
                        ActionId.OFFER_ACCESS_ON_REQUEST,
                        ActionId.REVIEW_BULK_CODED_104,
                        ActionId.REVIEW_INHERITED_104);
    }

    @Test
    void theReviewTextSaysWhereTheCodeCameFromAndWhatToDo() {
        assertThat(ActionAdvisor.actionsFor(inherited(adult(), "2021-05-01"), PracticeContext.UNKNOWN))
                .filteredOn(a -> a.id() == ActionId.REVIEW_INHERITED_104)
                .singleElement()
                .satisfies(a -> assertThat(a.text())
                        .contains("recorded by another organisation")
                        .contains("previous practice")
                        .contains("review whether it still applies")
                        .contains("add a 106"));
    }

    /** {@code facts} with a 104 of {@code date} recorded by the previous practice, evaluated at {@link Events#PRACTICE}. */
    private static AccessRecommendation inherited(PatientFacts facts, String date) {
        return new RecommendationEngine(Events.CLOCK)
                .evaluate(
                        facts.withEvents(List.of(obsBy(REVIEW_INDICATED_104, date, PREVIOUS_PRACTICE))),
                        PRACTICE,
                        AS_OF,
                        TODAY);
    }

    private static Arguments row(
            String rule,
            PatientFacts facts,
            OrganizationIdentity practice,
            Recommendation recommendation,
            AccessFlag flag,
            List<Reason> reasons) {
        return arguments(rule, facts, practice, recommendation, flag, reasons);
    }

    private static Arguments advice(
            String rule, AccessRecommendation result, PracticeContext practice, ActionId... expected) {
        return arguments(rule, result, practice, List.of(expected));
    }
}
