package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.CodeKind.SAFEGUARDING_CONCERN;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.TODAY;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.MergedRecordsTest.fetched;
import static io.github.recordaccess.rules.MergedRecordsTest.record;
import static io.github.recordaccess.rules.MergedRecordsTest.replacedBy;
import static io.github.recordaccess.rules.MergedRecordsTest.replaces;
import static io.github.recordaccess.rules.Recommendation.PROVISION_ACCESS;
import static io.github.recordaccess.rules.Recommendation.REVIEW_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 106 applied in bulk reviews no concern: a London day on which counted 106s were recorded for at least
 * {@code access.bulk-coding.min-patients} distinct patients (three here) is a bulk-106 day, counted by
 * {@link RecommendationEngine#evaluateAll} across the practice, or given to the single-patient evaluation. Concerns
 * on records merged into a survivor count for it. {@link MergedRecordsTest#record} gives every record one NHS number, so each practice gives
 * the records distinct ones ({@link #numbered}).
 */
class ConcernBulk106Test {

    private static final int MIN_PATIENTS = 3;
    private static final String BULK_DAY = "2023-10-20";
    private static final List<String> NUMBERS = List.of("9990000018", "9990000026", "9990000034", "9990000042");

    private final RecommendationEngine engine = new RecommendationEngine(Events.CLOCK, MIN_PATIENTS);

    /**
     * Each row: a practice whose first record carries a concern of 2023-05-01 and whatever 106s the row gives it,
     * and the first record's expected answer.
     */
    static Stream<Arguments> practiceTable() {
        return Stream.of(
                practice(
                        "a106OfADayOnWhichThreePatientsGotOneReviewsNothing",
                        List.of(concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)), coded106("p2"), coded106("p3")),
                        REVIEW_REQUIRED,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                practice(
                        "twoPatientsOnTheDayAreNoBulkDaySoThe106Reviews",
                        List.of(concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)), coded106("p2")),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)),
                practice(
                        "aPatientCodedTwiceOnTheDayCountsOnce",
                        List.of(
                                concernAnd(
                                        obs(REVIEW_NOT_INDICATED_106, BULK_DAY),
                                        obs(REVIEW_NOT_INDICATED_106, BULK_DAY + "T15:00:00Z")),
                                record(
                                        "p2",
                                        obs(REVIEW_NOT_INDICATED_106, BULK_DAY),
                                        obs(REVIEW_NOT_INDICATED_106, BULK_DAY))),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)),
                practice(
                        "aTimeIsCountedOnItsLondonDay",
                        // 23:30 UTC on 19 October is 00:30 on 20 October in London (BST).
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                coded106("p2"),
                                record("p3", obs(REVIEW_NOT_INDICATED_106, "2023-10-19T23:30:00Z"))),
                        REVIEW_REQUIRED,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                practice(
                        "aBulk106OfTheDayBeforeIsAnotherDay",
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                coded106("p2"),
                                record("p3", obs(REVIEW_NOT_INDICATED_106, "2023-10-19T22:30:00Z"))),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)),
                practice(
                        "uncounted106sMakeNoBulkDay",
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                coded106("p2"),
                                record("p3", obs(REVIEW_NOT_INDICATED_106, BULK_DAY, "preliminary")),
                                record("p4", obs(REVIEW_NOT_INDICATED_106, BULK_DAY, "entered-in-error"))),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)),
                practice(
                        "otherCodesOfTheDayMakeNoBulkDay",
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                coded106("p2"),
                                record("p3", obs(REVIEW_INDICATED_104, BULK_DAY), obs(SAFEGUARDING_CONCERN, BULK_DAY))),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)),
                practice(
                        "a106OfTheMonthIsOnNoDay",
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                coded106("p2"),
                                record("p3", obs(REVIEW_NOT_INDICATED_106, "2023-10"))),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)),
                practice(
                        "anIndividual106AfterTheBulkDayReviews",
                        List.of(
                                concernAnd(
                                        obs(REVIEW_NOT_INDICATED_106, BULK_DAY),
                                        obs(REVIEW_NOT_INDICATED_106, "2023-11-01")),
                                coded106("p2"),
                                coded106("p3")),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)),
                practice(
                        "anIndividual106BeforeTheConcernDoesNotHelp",
                        List.of(
                                concernAnd(
                                        obs(REVIEW_NOT_INDICATED_106, "2023-01-01"),
                                        obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                coded106("p2"),
                                coded106("p3")),
                        REVIEW_REQUIRED,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                practice(
                        "aRecordMergedIntoAnotherIsOnePatientWithIt",
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                replacedBy(record("old", obs(REVIEW_NOT_INDICATED_106, BULK_DAY)), "p2"),
                                record("p2", obs(REVIEW_NOT_INDICATED_106, BULK_DAY))),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)),
                practice(
                        "aMergedRecordsOnly106CountsForItsSurvivor",
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                coded106("p2"),
                                replacedBy(record("old", obs(REVIEW_NOT_INDICATED_106, BULK_DAY)), "p3"),
                                record("p3")),
                        REVIEW_REQUIRED,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                practice(
                        "aReplacedRecordOutsideThePracticeCountsForItsSurvivor",
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                coded106("p2"),
                                fetched(
                                        replaces(record("p3"), "gone"),
                                        "gone",
                                        obs(REVIEW_NOT_INDICATED_106, BULK_DAY))),
                        REVIEW_REQUIRED,
                        List.of(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106)),
                practice(
                        "a106AfterAsOfIsNotCountedForTheDay",
                        List.of(
                                concernAnd(obs(REVIEW_NOT_INDICATED_106, "2024-05-20")),
                                record("p2", obs(REVIEW_NOT_INDICATED_106, "2024-05-20")),
                                record("p3", obs(REVIEW_NOT_INDICATED_106, "2024-06-02"))),
                        PROVISION_ACCESS,
                        List.of(Reason.NOT_INDICATED_106)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("practiceTable")
    void aBulk106DayCountedAcrossThePracticeReviewsNoConcern(
            String rule, List<PatientFacts> practice, Recommendation recommendation, List<Reason> reasons) {
        AccessRecommendation result = engine.evaluateAll(numbered(practice), OrganizationIdentity.UNKNOWN, AS_OF, TODAY)
                .get(0);

        assertThat(result.recommendation()).as(rule).isEqualTo(recommendation);
        assertThat(result.reasons()).as(rule).containsExactlyElementsOf(reasons);
        assertThat(result.flag()).as(rule).isEqualTo(AccessFlag.NOT_INDICATED_106);
    }

    @Test
    void theSamePracticeUnderTheDefaultThresholdHasNoBulkDay() {
        List<PatientFacts> practice =
                numbered(List.of(concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)), coded106("p4"), coded106("p5")));

        assertThat(Events.engine().evaluateAll(practice, AS_OF).get(0).reasons())
                .containsExactly(Reason.NOT_INDICATED_106);
    }

    @Test
    void theSinglePatientEvaluationTakesTheBulkDaysItIsGiven() {
        PatientFacts patient = concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY));
        LocalDate bulk = LocalDate.parse(BULK_DAY);

        assertThat(engine.evaluate(patient, List.of(), OrganizationIdentity.UNKNOWN, AS_OF, TODAY, bulk::equals)
                        .reasons())
                .containsExactly(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106);
        assertThat(engine.evaluate(
                                patient,
                                List.of(),
                                OrganizationIdentity.UNKNOWN,
                                AS_OF,
                                TODAY,
                                day -> day.equals(bulk.minusDays(1)))
                        .reasons())
                .containsExactly(Reason.NOT_INDICATED_106);
    }

    @Test
    void whereThePracticesCountsAreUnknownNo106ShowsAReview() {
        PatientFacts patient = concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY));

        AccessRecommendation unknown =
                engine.evaluate(patient, List.of(), OrganizationIdentity.UNKNOWN, AS_OF, TODAY, Bulk106Days.UNKNOWN);

        assertThat(unknown.recommendation()).isEqualTo(REVIEW_REQUIRED);
        assertThat(unknown.reasons()).containsExactly(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106);
        assertThat(engine.evaluate(patient, OrganizationIdentity.UNKNOWN, AS_OF, TODAY))
                .as("the evaluation of one patient without the practice's days")
                .isEqualTo(unknown);
        assertThat(engine.evaluate(patient, AS_OF)).isEqualTo(unknown);
        // ... and the days to count, so that the caller can ask the practice and evaluate again.
        assertThat(unknown.concernReviewDays()).containsExactly(LocalDate.parse(BULK_DAY));
    }

    @Test
    void theSinglePatientEvaluationGivenThePracticesBulkDaysAgreesWithThePractice() {
        List<PatientFacts> practice =
                numbered(List.of(concernAnd(obs(REVIEW_NOT_INDICATED_106, BULK_DAY)), coded106("p6"), coded106("p7")));
        LocalDate bulk = LocalDate.parse(BULK_DAY);

        AccessRecommendation alone =
                engine.evaluate(practice.get(0), List.of(), OrganizationIdentity.UNKNOWN, AS_OF, TODAY, bulk::equals);

        assertThat(alone)
                .isEqualTo(engine.evaluateAll(practice, OrganizationIdentity.UNKNOWN, AS_OF, TODAY)
                        .get(0));
    }

    @Test
    void aConcernOnAReplacedRecordCountsForItsSurvivorOnly() {
        List<PatientFacts> practice =
                List.of(replacedBy(record("old", obs(SAFEGUARDING_CONCERN, "2023-01-01")), "new"), record("new"));

        List<AccessRecommendation> results = engine.evaluateAll(practice, AS_OF);

        assertThat(results.get(0).reasons()).containsExactly(Reason.REPLACED_RECORD);
        assertThat(results.get(0).recommendation()).isEqualTo(Recommendation.NOT_APPLICABLE);
        assertThat(results.get(1).reasons()).containsExactly(Reason.SAFEGUARDING_CONCERN);
        assertThat(results.get(1).recommendation()).isEqualTo(REVIEW_REQUIRED);
        assertThat(results.get(1).evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.fromRecord()).isEqualTo("old"))
                .satisfies(e -> assertThat(e.isCounted(SAFEGUARDING_CONCERN)).isTrue());
    }

    @Test
    void aReplacedRecordsConcernIsReviewedByItsSurvivorsLater106() {
        List<PatientFacts> practice = List.of(
                replacedBy(record("old", obs(SAFEGUARDING_CONCERN, "2023-01-01")), "new"),
                record("new", obs(REVIEW_NOT_INDICATED_106, "2023-02-01")));

        assertThat(engine.evaluateAll(practice, AS_OF).get(1).reasons()).containsExactly(Reason.NOT_INDICATED_106);
    }

    @Test
    void aSurvivorsConcernIsNotReviewedByAReplacedRecordsEarlier106() {
        List<PatientFacts> practice = List.of(
                replacedBy(record("old", obs(REVIEW_NOT_INDICATED_106, "2022-02-01")), "new"),
                record("new", obs(SAFEGUARDING_CONCERN, "2023-01-01")));

        assertThat(engine.evaluateAll(practice, AS_OF).get(1).reasons())
                .containsExactly(Reason.SAFEGUARDING_CONCERN, Reason.NOT_INDICATED_106);
    }

    @Test
    void aConcernFetchedForARecordReplacedOutsideThePracticeCounts() {
        PatientFacts survivor =
                fetched(replaces(record("new"), "gone"), "gone", obs(SAFEGUARDING_CONCERN, "2023-01-01"));

        assertThat(engine.evaluateAll(List.of(survivor), AS_OF).get(0).reasons())
                .containsExactly(Reason.SAFEGUARDING_CONCERN);
    }

    @Test
    void aConcernOnAMergedRecordFoundWithOnePatientCounts() {
        PatientFacts old = replacedBy(record("old", obs(SAFEGUARDING_CONCERN, "2023-01-01")), "new");

        AccessRecommendation alone =
                engine.evaluate(record("new"), List.of(old), OrganizationIdentity.UNKNOWN, AS_OF, TODAY, day -> false);

        assertThat(alone.reasons()).containsExactly(Reason.SAFEGUARDING_CONCERN);
    }

    /** The first record: a concern of 2023-05-01 and {@code entries}. */
    private static PatientFacts concernAnd(CodedEvent... entries) {
        List<CodedEvent> all = new ArrayList<>(List.of(obs(SAFEGUARDING_CONCERN, "2023-05-01")));
        all.addAll(List.of(entries));
        return record("p1").withEvents(all);
    }

    /** Another patient with a counted 106 on the bulk day. */
    private static PatientFacts coded106(String id) {
        return record(id, obs(REVIEW_NOT_INDICATED_106, BULK_DAY));
    }

    /** The practice with a distinct NHS number on each record, so that none is a duplicate of another. */
    private static List<PatientFacts> numbered(List<PatientFacts> practice) {
        List<PatientFacts> numbered = new ArrayList<>();
        for (int i = 0; i < practice.size(); i++) {
            PatientFacts p = practice.get(i);
            numbered.add(new PatientFacts(
                    p.patientId(),
                    List.of(NUMBERS.get(i)),
                    p.birthDate(),
                    p.deceased(),
                    p.deceasedOn(),
                    p.active(),
                    p.generalPractitioners(),
                    p.events(),
                    p.links()));
        }
        return numbered;
    }

    private static Arguments practice(
            String rule, List<PatientFacts> patients, Recommendation recommendation, List<Reason> reasons) {
        return arguments(rule, patients, recommendation, reasons);
    }
}
