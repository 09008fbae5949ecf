package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.AccessFlag.ACTIVE_104;
import static io.github.recordaccess.rules.AccessFlag.NONE;
import static io.github.recordaccess.rules.AccessFlag.NOT_INDICATED_106;
import static io.github.recordaccess.rules.AccessFlag.RESCINDED_BY_106;
import static io.github.recordaccess.rules.CodeKind.DECLINED_103;
import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.MISTYPED_SNOMED;
import static io.github.recordaccess.rules.Events.NHS;
import static io.github.recordaccess.rules.Events.adult;
import static io.github.recordaccess.rules.Events.deceased;
import static io.github.recordaccess.rules.Events.nearMiss;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.Events.patient;
import static io.github.recordaccess.rules.Events.withNhs;
import static io.github.recordaccess.rules.Events.withStatuses;
import static io.github.recordaccess.rules.NhsNumberVerification.UNREADABLE;
import static io.github.recordaccess.rules.Reason.UNVERIFIED_NHS_NUMBER;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UK Core NHS-number verification: 01 or no status is as before; any other status, or one that cannot be read,
 * is UNVERIFIED_NHS_NUMBER, which turns PROVISION_ACCESS into REVIEW_REQUIRED (first) and is added to any other
 * answer. Where several identifiers carry a status, the least verified counts.
 */
class UnverifiedNhsNumberTest {

    private final RecommendationEngine engine = Events.engine();

    static Stream<Arguments> decisionTable() {
        return Stream.of(
                row("noStatusIsAsBefore", adult(), PROVISION_ACCESS, NONE, null, List.of(Reason.NO_CODES)),
                row(
                        "verified01IsAsBefore",
                        withStatuses(adult(), "01"),
                        PROVISION_ACCESS,
                        NONE,
                        "01",
                        List.of(Reason.NO_CODES)),
                row(
                        "notTraced02NeedsReviewInsteadOfAccess",
                        withStatuses(adult(), "02"),
                        REVIEW_REQUIRED,
                        NONE,
                        "02",
                        List.of(UNVERIFIED_NHS_NUMBER)),
                row(
                        "aFailedTrace04NeedsReview",
                        withStatuses(adult(), "04"),
                        REVIEW_REQUIRED,
                        NONE,
                        "04",
                        List.of(UNVERIFIED_NHS_NUMBER)),
                row(
                        "aPostponedTrace08NeedsReview",
                        withStatuses(adult(), "08"),
                        REVIEW_REQUIRED,
                        NONE,
                        "08",
                        List.of(UNVERIFIED_NHS_NUMBER)),
                row(
                        "aCodeOutsideTheCodeSystemIsNotVerified",
                        withStatuses(adult(), "99"),
                        REVIEW_REQUIRED,
                        NONE,
                        "99",
                        List.of(UNVERIFIED_NHS_NUMBER)),
                row(
                        "anUnreadableStatusIsNotVerified",
                        withStatuses(adult(), UNREADABLE),
                        REVIEW_REQUIRED,
                        NONE,
                        UNREADABLE,
                        List.of(UNVERIFIED_NHS_NUMBER)),
                row(
                        "theLeastVerifiedOfSeveralIdentifiersCounts",
                        withStatuses(withNhs(List.of(NHS, NHS), "1980-01-01"), "01", "04"),
                        REVIEW_REQUIRED,
                        NONE,
                        "04",
                        List.of(UNVERIFIED_NHS_NUMBER)),
                row(
                        "anUnreadableStatusBesideAVerifiedOneCounts",
                        withStatuses(withNhs(List.of(NHS, NHS), "1980-01-01"), "01", UNREADABLE),
                        REVIEW_REQUIRED,
                        NONE,
                        UNREADABLE,
                        List.of(UNVERIFIED_NHS_NUMBER)),
                row(
                        "aRescinded104WouldGiveAccessSoItNeedsReview",
                        withStatuses(
                                adult(
                                        obs(REVIEW_INDICATED_104, "2022-01-01"),
                                        obs(REVIEW_NOT_INDICATED_106, "2023-01-01")),
                                "02"),
                        REVIEW_REQUIRED,
                        RESCINDED_BY_106,
                        "02",
                        List.of(UNVERIFIED_NHS_NUMBER, Reason.RESCINDED_BY_106)),
                row(
                        "only106sWouldGiveAccessSoTheyNeedReview",
                        withStatuses(adult(obs(REVIEW_NOT_INDICATED_106, "2023-01-01")), "03"),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        "03",
                        List.of(UNVERIFIED_NHS_NUMBER, Reason.NOT_INDICATED_106)),
                row(
                        "anActive104StillOffersOnRequestWithTheReasonAdded",
                        withStatuses(adult(obs(REVIEW_INDICATED_104, "2023-01-01")), "02"),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        "02",
                        List.of(Reason.ACTIVE_104, UNVERIFIED_NHS_NUMBER)),
                row(
                        "a103StillOptsOutWithTheReasonAdded",
                        withStatuses(adult(obs(DECLINED_103, "2023-01-01")), "06"),
                        OPTED_OUT,
                        NONE,
                        "06",
                        List.of(Reason.DECLINED_103, UNVERIFIED_NHS_NUMBER)),
                row(
                        "anUnder16StaysNotApplicableWithTheReasonAdded",
                        withStatuses(patient("2012-01-01"), "08"),
                        NOT_APPLICABLE,
                        NONE,
                        "08",
                        List.of(Reason.UNDER_16, UNVERIFIED_NHS_NUMBER)),
                row(
                        "aDeceasedPatientStaysNotApplicable",
                        withStatuses(deceased(true, null), "02"),
                        NOT_APPLICABLE,
                        NONE,
                        "02",
                        List.of(Reason.DECEASED, UNVERIFIED_NHS_NUMBER)),
                row(
                        "anotherReviewReasonKeepsDecidingFirst",
                        withStatuses(withNhs(List.of(), "1980-01-01"), "07"),
                        REVIEW_REQUIRED,
                        NONE,
                        "07",
                        List.of(Reason.NO_NHS_NUMBER, UNVERIFIED_NHS_NUMBER)),
                row(
                        "aNearMissDecidesFirstAndTheStatusIsAdded",
                        withStatuses(adult(nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2023-01-01")), "02"),
                        REVIEW_REQUIRED,
                        NONE,
                        "02",
                        List.of(Reason.UNRECOGNISED_CODING, UNVERIFIED_NHS_NUMBER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionTable")
    void decidesAsTheRulesSay(
            String rule,
            PatientFacts facts,
            Recommendation recommendation,
            AccessFlag flag,
            String shownStatus,
            List<Reason> reasons) {
        AccessRecommendation result = engine.evaluate(facts, AS_OF);

        assertThat(result.recommendation()).as(rule).isEqualTo(recommendation);
        assertThat(result.flag()).as(rule).isEqualTo(flag);
        assertThat(result.reasons()).as(rule).containsExactlyElementsOf(reasons);
        assertThat(result.nhsNumberVerification()).as(rule).isEqualTo(shownStatus);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "03", "04", "05", "06", "07", "08"})
    void everyStatusButVerifiedNeedsReviewBeforeAccess(String status) {
        AccessRecommendation result = engine.evaluate(withStatuses(adult(), status), AS_OF);

        assertThat(result.recommendation()).isEqualTo(REVIEW_REQUIRED);
        assertThat(result.reasons()).containsExactly(UNVERIFIED_NHS_NUMBER);
    }

    @Test
    void duplicatesStayDuplicatesWithTheReasonAdded() {
        List<AccessRecommendation> results = engine.evaluateAll(
                List.of(withStatuses(withNhs(List.of(NHS), "1980-01-01"), "02"), withNhs(List.of(NHS), "1980-01-01")),
                AS_OF);

        assertThat(results.get(0).reasons()).containsExactly(Reason.DUPLICATE_RECORD, UNVERIFIED_NHS_NUMBER);
        assertThat(results.get(1).reasons()).containsExactly(Reason.DUPLICATE_RECORD);
    }

    /** Least verified first: unreadable or unknown, a trace with a problem, no number, a trace to come, untraced. */
    @Test
    void theLeastVerifiedStatusIsShownWhereSeveralAreRecorded() {
        assertThat(NhsNumberVerification.leastVerified(List.of())).isNull();
        assertThat(NhsNumberVerification.leastVerified(List.of("01", "01"))).isEqualTo("01");
        assertThat(NhsNumberVerification.leastVerified(List.of("02", "01"))).isEqualTo("02");
        assertThat(NhsNumberVerification.leastVerified(List.of("02", "08"))).isEqualTo("08");
        assertThat(NhsNumberVerification.leastVerified(List.of("03", "07"))).isEqualTo("07");
        assertThat(NhsNumberVerification.leastVerified(List.of("07", "05", "04")))
                .isEqualTo("04");
        assertThat(NhsNumberVerification.leastVerified(List.of("04", UNREADABLE)))
                .isEqualTo(UNREADABLE);
        assertThat(NhsNumberVerification.leastVerified(List.of("04", "99"))).isEqualTo("99");
    }

    static Stream<Arguments> adviceTable() {
        return Stream.of(
                arguments(
                        "notTraced",
                        withStatuses(adult(), "02"),
                        List.of(ActionId.REVIEW_RECORD),
                        "verification status is 02 (number present but not traced)"),
                arguments(
                        "traceFailed",
                        withStatuses(adult(), "04"),
                        List.of(ActionId.REVIEW_RECORD),
                        "04 (trace attempted: no match or multiple match found)"),
                arguments(
                        "unreadable",
                        withStatuses(adult(), UNREADABLE),
                        List.of(ActionId.REVIEW_RECORD),
                        "verification status cannot be read"),
                arguments(
                        "anActive104",
                        withStatuses(adult(obs(REVIEW_INDICATED_104, "2023-01-01")), "08"),
                        List.of(ActionId.OFFER_ACCESS_ON_REQUEST, ActionId.REVIEW_RECORD),
                        "Personal Demographics Service"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adviceTable")
    void theReviewActionSaysWhatTheStatusIsAndWhatToDo(
            String rule, PatientFacts facts, List<ActionId> ids, String says) {
        List<Action> actions = ActionAdvisor.actionsFor(engine.evaluate(facts, AS_OF), ActionAdvisorTest.EMIS_LIVE);

        assertThat(actions).extracting(Action::id).as(rule).containsExactlyElementsOf(ids);
        assertThat(actions)
                .filteredOn(a -> a.id() == ActionId.REVIEW_RECORD)
                .singleElement()
                .satisfies(a -> assertThat(a.text()).as(rule).contains(says).contains("Trace the patient"));
    }

    private static Arguments row(
            String rule,
            PatientFacts facts,
            Recommendation recommendation,
            AccessFlag flag,
            String shownStatus,
            List<Reason> reasons) {
        return arguments(rule, facts, recommendation, flag, shownStatus, reasons);
    }
}
