package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.adult;
import static io.github.recordaccess.rules.Events.obs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkCodingDetectorTest {

    private static final String BULK_DAY = "2023-10-20";

    private final RecommendationEngine engine = Events.engine();
    private final BulkCodingDetector detector = new BulkCodingDetector(50);

    @Test
    void fiftyPatientsOnOneDayMakeABulkCodingDay() {
        List<BulkCodingDay> days = detector.detect(patients(50, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY))));

        assertThat(days).containsExactly(new BulkCodingDay(LocalDate.parse(BULK_DAY), 50));
    }

    @Test
    void fortyNinePatientsDoNot() {
        assertThat(detector.detect(patients(49, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY)))))
                .isEmpty();
    }

    @Test
    void instantsCountOnTheirLondonDay() {
        // 23:30 UTC on 19 October is 00:30 on 20 October in London (BST).
        List<AccessRecommendation> results =
                patients(25, () -> adult(obs(REVIEW_INDICATED_104, "2023-10-19T23:30:00Z")));
        results.addAll(patients(25, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY))));

        assertThat(detector.detect(results)).containsExactly(new BulkCodingDay(LocalDate.parse(BULK_DAY), 50));
    }

    @Test
    void onePatientCodedTwiceOnTheDayCountsOnce() {
        List<AccessRecommendation> results = patients(48, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY)));
        results.add(engine.evaluate(
                adult(obs(REVIEW_INDICATED_104, BULK_DAY), obs(REVIEW_INDICATED_104, BULK_DAY)), AS_OF));

        assertThat(detector.detect(results)).isEmpty();
    }

    @Test
    void coarserThanADayAndUncountedEntriesDoNotCount() {
        List<AccessRecommendation> results = patients(49, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY)));
        results.addAll(patients(5, () -> adult(obs(REVIEW_INDICATED_104, "2023-10"))));
        results.addAll(patients(5, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY, "entered-in-error"))));

        assertThat(detector.detect(results)).isEmpty();
    }

    @Test
    void anActive104OnABulkDayIsFlaggedButStillOffersOptIn() {
        List<AccessRecommendation> results = patients(50, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY)));

        List<AccessRecommendation> applied = detector.applyAll(results).results();

        assertThat(applied).allSatisfy(r -> {
            assertThat(r.bulkCoded104()).isTrue();
            assertThat(r.recommendation()).isEqualTo(Recommendation.OFFER_OPT_IN);
            assertThat(r.reasons()).containsExactly(Reason.ACTIVE_104, Reason.BULK_CODED_104);
            assertThat(ActionAdvisor.actionsFor(r, PracticeContext.UNKNOWN))
                    .anyMatch(a ->
                            a.id() == ActionId.REVIEW_BULK_CODED_104 && a.text().contains("add a 106"));
        });
    }

    @Test
    void aRescinded104OnABulkDayIsNotBulkCoded() {
        List<AccessRecommendation> results = patients(50, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY)));
        AccessRecommendation rescinded = engine.evaluate(
                adult(obs(REVIEW_INDICATED_104, BULK_DAY), obs(REVIEW_NOT_INDICATED_106, "2023-11-01")), AS_OF);
        results.add(rescinded);

        BulkCodingDetector.BulkCodingOutcome outcome = detector.applyAll(results);

        assertThat(outcome.days()).containsExactly(new BulkCodingDay(LocalDate.parse(BULK_DAY), 51));
        AccessRecommendation after = outcome.results().get(50);
        assertThat(after.bulkCoded104()).isFalse();
        assertThat(after.recommendation()).isEqualTo(Recommendation.PROVISION_ACCESS);
        assertThat(after.reasons()).doesNotContain(Reason.BULK_CODED_104);
    }

    @Test
    void aLaterIndividual104IsNotBulkCoded() {
        List<AccessRecommendation> results = patients(50, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY)));
        results.add(engine.evaluate(
                adult(obs(REVIEW_INDICATED_104, BULK_DAY), obs(REVIEW_INDICATED_104, "2024-01-10")), AS_OF));

        assertThat(detector.applyAll(results).results().get(50).bulkCoded104()).isFalse();
    }

    @Test
    void anActive104OnAnOrdinaryDayIsNotBulkCoded() {
        List<AccessRecommendation> results = patients(50, () -> adult(obs(REVIEW_INDICATED_104, BULK_DAY)));
        results.add(engine.evaluate(adult(obs(REVIEW_INDICATED_104, "2023-03-03")), AS_OF));

        AccessRecommendation ordinary = detector.applyAll(results).results().get(50);

        assertThat(ordinary.bulkCoded104()).isFalse();
        assertThat(ordinary.reasons()).containsExactly(Reason.ACTIVE_104);
    }

    private List<AccessRecommendation> patients(int count, Supplier<PatientFacts> facts) {
        return new ArrayList<>(IntStream.range(0, count)
                .mapToObj(i -> engine.evaluate(facts.get(), AS_OF))
                .toList());
    }

    /** One patient's entries for {@link BulkCodingDetector#patientsCodedOn}, as the patient endpoint fetches them. */
    private static java.util.Map.Entry<String, List<CodedEvent>> entries(String patient, CodedEvent... events) {
        return java.util.Map.entry(patient, List.of(events));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("dayCounts")
    void onePatientsCountOfADayFollowsThePracticeListsRule(
            String rule, java.util.Map<String, List<CodedEvent>> byPatient, int expected) {
        assertThat(detector.patientsCodedOn(LocalDate.parse(BULK_DAY), byPatient, AS_OF, Events.TODAY))
                .isEqualTo(expected);
        // The practice list, evaluated from the same entries, counts the same patients on the day (any count is a
        // day for a threshold of one).
        List<AccessRecommendation> results = byPatient.entrySet().stream()
                .map(e -> engine.evaluate(
                        adult(e.getValue().toArray(CodedEvent[]::new)),
                        OrganizationIdentity.UNKNOWN,
                        AS_OF,
                        Events.TODAY))
                .toList();
        assertThat(new BulkCodingDetector(1)
                        .detect(results).stream()
                                .filter(d -> d.date().equals(LocalDate.parse(BULK_DAY)))
                                .mapToInt(BulkCodingDay::patients)
                                .sum())
                .isEqualTo(expected);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> dayCounts() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(
                        "patients, not resources: two 104s of one patient count once",
                        java.util.Map.ofEntries(
                                entries("a", obs(REVIEW_INDICATED_104, BULK_DAY), obs(REVIEW_INDICATED_104, BULK_DAY)),
                                entries("b", Events.cond(REVIEW_INDICATED_104, BULK_DAY, "confirmed"))),
                        2),
                org.junit.jupiter.params.provider.Arguments.of(
                        "the London day: 23:30 UTC the evening before counts, 23:30 UTC on the day does not",
                        java.util.Map.ofEntries(
                                entries("a", obs(REVIEW_INDICATED_104, "2023-10-19T23:30:00Z")),
                                entries("b", obs(REVIEW_INDICATED_104, "2023-10-20T23:30:00Z"))),
                        1),
                org.junit.jupiter.params.provider.Arguments.of(
                        "a Condition by its onset, not its recorded date",
                        java.util.Map.ofEntries(
                                entries("a", Events.condOnset(REVIEW_INDICATED_104, BULK_DAY, "2023-10-23")),
                                entries("b", Events.condOnset(REVIEW_INDICATED_104, "2023-10-19", BULK_DAY))),
                        1),
                org.junit.jupiter.params.provider.Arguments.of(
                        "only counted 104s dated to the day: not 106s, errors, months or near misses",
                        java.util.Map.ofEntries(
                                entries("a", obs(REVIEW_NOT_INDICATED_106, BULK_DAY)),
                                entries("b", obs(REVIEW_INDICATED_104, BULK_DAY, "entered-in-error")),
                                entries("c", obs(REVIEW_INDICATED_104, "2023-10")),
                                entries(
                                        "d",
                                        Events.nearMiss(REVIEW_INDICATED_104, "https://snomed.info/sct", BULK_DAY)),
                                entries("e", obs(REVIEW_INDICATED_104, BULK_DAY))),
                        1));
    }
}
