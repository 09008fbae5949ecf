package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.NHS;
import static io.github.recordaccess.rules.Events.inactive;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.Events.withNhs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Patient identity across a practice: records that share an NHS number are each a case for review. */
class DuplicateRecordsTest {

    private static final String LEGACY_AND_CURRENT_NUMBER = NHS;
    private static final String OTHER = "9990000026";

    private final RecommendationEngine engine = Events.engine();

    /** Each row: a practice's patients and, per patient in order, the expected reasons. */
    static Stream<Arguments> practiceTable() {
        return Stream.of(
                practice(
                        "twoActiveRecordsShareANumberOneHoldsThe104",
                        List.of(
                                withNhs(List.of(NHS), "1980-01-01", obs(REVIEW_INDICATED_104, "2023-01-01")),
                                withNhs(List.of(NHS), "1980-01-01")),
                        List.of(List.of(Reason.DUPLICATE_RECORD, Reason.ACTIVE_104), List.of(Reason.DUPLICATE_RECORD))),
                practice(
                        "aSecondNumberOnTheRecordCanBeTheSharedOne",
                        List.of(
                                withNhs(List.of(LEGACY_AND_CURRENT_NUMBER), "1980-01-01"),
                                withNhs(List.of(OTHER, LEGACY_AND_CURRENT_NUMBER), "1980-01-01")),
                        List.of(
                                List.of(Reason.DUPLICATE_RECORD),
                                List.of(Reason.DUPLICATE_RECORD, Reason.NO_NHS_NUMBER))),
                practice(
                        "anInactiveCopyIsNoDuplicate",
                        List.of(withNhs(List.of(NHS), "1980-01-01"), inactive(NHS)),
                        List.of(List.of(Reason.NO_CODES), List.of(Reason.INACTIVE_RECORD))),
                practice(
                        "aDeceasedCopyIsNoDuplicate",
                        List.of(withNhs(List.of(NHS), "1980-01-01"), deceasedOn(NHS, "2024-05-01")),
                        List.of(List.of(Reason.NO_CODES), List.of(Reason.DECEASED))),
                practice(
                        "aCopyThatDiesAfterAsOfIsStillADuplicate",
                        List.of(withNhs(List.of(NHS), "1980-01-01"), deceasedOn(NHS, "2024-06-02")),
                        List.of(List.of(Reason.DUPLICATE_RECORD), List.of(Reason.DUPLICATE_RECORD))),
                practice(
                        "aCopyThatMayHaveDiedByAsOfIsStillADuplicate",
                        List.of(withNhs(List.of(NHS), "1980-01-01"), deceasedOn(NHS, "2024")),
                        List.of(List.of(Reason.DUPLICATE_RECORD), List.of(Reason.DECEASED, Reason.DUPLICATE_RECORD))),
                practice(
                        "anUnder16DuplicateNeedsReviewToo",
                        List.of(withNhs(List.of(NHS), "2012-01-01"), withNhs(List.of(NHS), "2012-01-01")),
                        List.of(
                                List.of(Reason.DUPLICATE_RECORD, Reason.UNDER_16),
                                List.of(Reason.DUPLICATE_RECORD, Reason.UNDER_16))),
                practice(
                        "aSharedInvalidNumberIsADuplicateToo",
                        List.of(
                                withNhs(List.of("9990000017"), "1980-01-01"),
                                withNhs(List.of("9990000017"), "1980-01-01")),
                        List.of(
                                List.of(Reason.DUPLICATE_RECORD, Reason.NO_NHS_NUMBER),
                                List.of(Reason.DUPLICATE_RECORD, Reason.NO_NHS_NUMBER))),
                practice(
                        "aNumberWrittenWithSpacesIsTheSameNumber",
                        List.of(
                                withNhs(List.of(NHS), "1980-01-01"),
                                withNhs(
                                        List.of("999 000 0018"),
                                        "1980-01-01",
                                        obs(REVIEW_INDICATED_104, "2023-01-01"))),
                        List.of(
                                List.of(Reason.DUPLICATE_RECORD),
                                List.of(Reason.DUPLICATE_RECORD, Reason.NO_NHS_NUMBER, Reason.ACTIVE_104))),
                practice(
                        "differentNumbersAreDifferentPeople",
                        List.of(
                                withNhs(List.of(NHS), "1980-01-01"),
                                withNhs(List.of(OTHER), "1980-01-01"),
                                withNhs(List.of(), "1980-01-01")),
                        List.of(List.of(Reason.NO_CODES), List.of(Reason.NO_CODES), List.of(Reason.NO_NHS_NUMBER))));
    }

    private static Arguments practice(String rule, List<PatientFacts> patients, List<List<Reason>> reasons) {
        return arguments(rule, patients, reasons);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("practiceTable")
    void decidesIdentityAcrossThePractice(String rule, List<PatientFacts> patients, List<List<Reason>> reasons) {
        List<AccessRecommendation> results = engine.evaluateAll(patients, AS_OF);

        assertThat(results).extracting(AccessRecommendation::reasons).as(rule).containsExactlyElementsOf(reasons);
        results.stream()
                .filter(r -> r.reasons().get(0) == Reason.DUPLICATE_RECORD
                        || r.reasons().get(0) == Reason.NO_NHS_NUMBER)
                .forEach(r -> assertThat(r.recommendation()).as(rule).isEqualTo(Recommendation.REVIEW_REQUIRED));
    }

    @Test
    void aDuplicateKeepsTheFlagOfItsOwnEntries() {
        List<AccessRecommendation> results = engine.evaluateAll(
                List.of(
                        withNhs(List.of(NHS), "1980-01-01", obs(REVIEW_INDICATED_104, "2023-01-01")),
                        withNhs(List.of(NHS), "1980-01-01")),
                AS_OF);

        assertThat(results)
                .extracting(AccessRecommendation::flag)
                .containsExactly(AccessFlag.ACTIVE_104, AccessFlag.NONE);
        assertThat(ActionAdvisor.actionsFor(results.get(1), PracticeContext.UNKNOWN))
                .singleElement()
                .satisfies(a -> assertThat(a.id()).isEqualTo(ActionId.REVIEW_RECORD))
                .satisfies(a -> assertThat(a.text()).contains("merge or correct the records"));
    }

    @Test
    void aPatientFoundOnTheirOwnIsNoDuplicate() {
        assertThat(engine.evaluate(withNhs(List.of(NHS), "1980-01-01"), AS_OF).reasons())
                .containsExactly(Reason.NO_CODES);
    }

    private static PatientFacts deceasedOn(String nhs, String day) {
        PatientFacts p = withNhs(List.of(nhs), "1980-01-01");
        return new PatientFacts(
                p.patientId(), p.nhsNumbers(), p.birthDate(), false, FuzzyDate.parse(day), null, List.of(), List.of());
    }
}
