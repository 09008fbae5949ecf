package io.github.recordaccess.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated practices against the safety properties, each stated here independently of
 * the engine's code (dates are read by this test's own {@link #span}, merges by {@link IndependentMerges}):
 * never PROVISION_ACCESS without one identifiable record (a valid NHS number no other active, living record
 * of the practice shares, a replaced record sharing it for its survivor), with a counted 103, with a
 * near-miss coding, with a 104 that no definite 106 certainly follows by both clinical date and recorded
 * time, or without a known age of 16+; the entries of records merged into a survivor count as its own. A
 * replaced record is NOT_APPLICABLE (REPLACED_RECORD), and every record of a merge that does not settle is
 * REVIEW_REQUIRED (UNRESOLVED_MERGE). As of today a 103 or 104 dated after today counts and is reported.
 * The last tests show the statement catching deliberately broken engines.
 * The rules for records as NHS sources shape them (UK Core NHS-number verification, 104s recorded elsewhere)
 * are stated in {@link NhsSourceShapes}; the rule for safeguarding concerns (a concern with no individual 106 after
 * it, one of a bulk-106 day not counting, never gives access) in {@link IndependentConcerns}, with some practices
 * given a day of many 106s and a small bulk-coding threshold.
 */
class SafetyPropertiesTest {

    private static final long SEED = 20231031L;
    private static final int PATIENTS = 20_000;
    /** Small, so that a practice of a few records can have a bulk-106 day. */
    private static final int BULK_MIN_PATIENTS = 3;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = Events.TODAY;
    private static final List<String> OBSERVATION_STATUSES = java.util.Arrays.asList(
            "final",
            "amended",
            "corrected",
            "preliminary",
            "registered",
            "cancelled",
            "entered-in-error",
            "unknown",
            null);
    private static final List<String> CONDITION_STATUSES = java.util.Arrays.asList(
            "confirmed", "unconfirmed", "provisional", "differential", "refuted", "entered-in-error", null);

    private final RecommendationEngine engine = new RecommendationEngine(Events.CLOCK, BULK_MIN_PATIENTS);
    private final Random random = new Random(SEED);
    private final Map<IndependentConcerns.Shape, Integer> concernShapes = IndependentConcerns.noShapes();
    private final List<String> validNumbers = validTestNumbers(6);

    @Test
    void provisionAccessOnlyWhenEverythingIsCertain() {
        Map<Recommendation, Integer> seen = new EnumMap<>(Recommendation.class);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        checkProperties(engine::evaluateAll, seen, reasons);
        // The generator must reach every outcome and reason, or the properties prove little.
        assertThat(seen.keySet()).containsExactlyInAnyOrder(Recommendation.values());
        assertThat(reasons.keySet())
                .containsAll(Set.of(
                        Reason.CONFLICTING_CODES,
                        Reason.UNDATED_CODE,
                        Reason.RESCINDED_BY_106,
                        Reason.ACTIVE_104,
                        Reason.DECLINED_103,
                        Reason.NOT_INDICATED_106,
                        Reason.DUPLICATE_RECORD,
                        Reason.NO_NHS_NUMBER,
                        Reason.UNRECOGNISED_CODING,
                        Reason.FUTURE_DATED_CODE,
                        Reason.REPLACED_RECORD,
                        Reason.UNRESOLVED_MERGE,
                        Reason.UNVERIFIED_NHS_NUMBER,
                        Reason.RECORDED_ELSEWHERE,
                        Reason.SAFEGUARDING_CONCERN));
        assertThat(seen.get(Recommendation.PROVISION_ACCESS)).isGreaterThan(PATIENTS / 20);
        assertThat(concernShapes)
                .allSatisfy((shape, count) ->
                        assertThat(count).as("records with a concern %s", shape).isGreaterThan(PATIENTS / 400));
    }

    /** How a practice is evaluated: the engine, or a deliberately broken one that the properties must catch. */
    @FunctionalInterface
    interface Evaluator {
        List<AccessRecommendation> evaluateAll(
                List<PatientFacts> patients, OrganizationIdentity practice, LocalDate asOf, LocalDate today);
    }

    /** Runs the generated practices through {@code evaluator} and checks every answer against the statement. */
    private void checkProperties(Evaluator evaluator, Map<Recommendation, Integer> seen, Map<Reason, Integer> reasons) {
        int evaluated = 0;
        while (evaluated < PATIENTS) {
            LocalDate asOf =
                    random.nextInt(4) == 0 ? TODAY : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(240));
            List<PatientFacts> practice = new ArrayList<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                practice.add(randomPatient(i));
            }
            if (random.nextInt(4) == 0) {
                practice = withBulk106Day(practice);
            }
            if (random.nextInt(3) == 0) {
                practice = withRandomMerges(practice);
            }
            OrganizationIdentity practiceIdentity = NhsSourceShapes.randomPractice(random);

            List<AccessRecommendation> results = evaluator.evaluateAll(practice, practiceIdentity, asOf, TODAY);
            // The same evaluator without the NHS sources' shapes: what those shapes may change is checked against it.
            List<AccessRecommendation> plain =
                    evaluator.evaluateAll(NhsSourceShapes.plain(practice), practiceIdentity, asOf, TODAY);
            // ... and without the concern entries, against which the concern rule is checked.
            List<AccessRecommendation> withoutConcerns =
                    evaluator.evaluateAll(IndependentConcerns.withoutConcerns(practice), practiceIdentity, asOf, TODAY);

            IndependentMerges merges = new IndependentMerges(practice);
            IndependentConcerns concerns = new IndependentConcerns(practice, merges, asOf, BULK_MIN_PATIENTS);
            for (int i = 0; i < practice.size(); i++) {
                PatientFacts patient = practice.get(i);
                AccessRecommendation result = results.get(i);
                evaluated++;
                seen.merge(result.recommendation(), 1, Integer::sum);
                result.reasons().forEach(r -> reasons.merge(r, 1, Integer::sum));
                concerns.check(patient, result, withoutConcerns.get(i), concernShapes);
                if (result.recommendation() == Recommendation.PROVISION_ACCESS) {
                    checkSafeToProvision(patient, practice, merges, asOf);
                }
                checkMerge(patient, result, merges);
                checkReported(merges.entriesCountingFor(patient), result, asOf);
                NhsSourceShapes.check(patient, practiceIdentity, result, plain.get(i));
                checkAdvice(result);
            }
        }
    }

    @Test
    void theStatementCatchesAnEngineThatEvaluatesAReplacedRecordOnItsOwn() {
        Evaluator broken = (practice, identity, asOf, today) ->
                onTheirOwn(practice, identity, asOf, today, Reason.REPLACED_RECORD);

        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PROVISION_ACCESS for a REPLACED record");
    }

    @Test
    void theStatementCatchesAnEngineThatTreatsAMergeItCannotSettleAsNoMerge() {
        Evaluator broken = (practice, identity, asOf, today) ->
                onTheirOwn(practice, identity, asOf, today, Reason.UNRESOLVED_MERGE);

        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PROVISION_ACCESS for a UNRESOLVED record");
    }

    @Test
    void theStatementCatchesAnEngineThatDropsTheReplacedRecords104FromTheSurvivor() {
        Evaluator broken = (practice, identity, asOf, today) -> engine.evaluateAll(
                practice.stream()
                        .map(p -> without104sOfMergedRecords(p, practice))
                        .toList(),
                identity,
                asOf,
                today);

        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s).*(104 .* not certainly rescinded for|future date reported for).*");
    }

    /** The engine's answers, but where the first reason is {@code reason}, the record evaluated with no links if that gives access. */
    private List<AccessRecommendation> onTheirOwn(
            List<PatientFacts> practice,
            OrganizationIdentity identity,
            LocalDate asOf,
            LocalDate today,
            Reason reason) {
        List<AccessRecommendation> results = new ArrayList<>(engine.evaluateAll(practice, identity, asOf, today));
        for (int i = 0; i < results.size(); i++) {
            AccessRecommendation alone =
                    engine.evaluate(practice.get(i).withLinks(MergeLinks.NONE), identity, asOf, today);
            if (results.get(i).reasons().get(0) == reason
                    && alone.recommendation() == Recommendation.PROVISION_ACCESS) {
                results.set(i, alone);
            }
        }
        return results;
    }

    /** The record without its recognised 104s when it is a replaced one, and without those fetched for records it replaces. */
    private static PatientFacts without104sOfMergedRecords(PatientFacts record, List<PatientFacts> practice) {
        java.util.function.Predicate<CodedEvent> kept =
                e -> e.kind() != CodeKind.REVIEW_INDICATED_104 || !e.recognised();
        Map<String, List<CodedEvent>> fetched = new HashMap<>();
        record.links()
                .entriesOfReplaced()
                .forEach((id, entries) ->
                        fetched.put(id, entries.stream().filter(kept).toList()));
        MergeLinks links = new MergeLinks(
                record.links().replacedBy(),
                record.links().replaces(),
                record.links().unreadable(),
                fetched);
        boolean replaced = !record.links().replacedBy().isEmpty()
                || practice.stream().anyMatch(p -> p.links().replaces().contains(record.patientId()));
        return record.withLinks(links)
                .withEvents(replaced ? record.events().stream().filter(kept).toList() : record.events());
    }

    /**
     * The properties of NHS sources' shapes catch an engine broken in each of these ways (the properties are
     * only worth what they would catch).
     */
    @Test
    void catchesAnEngineThatIgnoresTheVerificationStatus() {
        Evaluator broken = (patients, practice, asOf, today) -> engine.evaluateAll(
                patients.stream().map(NhsSourceShapes::withoutStatuses).toList(), practice, asOf, today);

        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unverified");
    }

    @Test
    void catchesAnEngineThatReadsOnlyTheFirstStatus() {
        Evaluator broken = (patients, practice, asOf, today) -> engine.evaluateAll(
                patients.stream().map(NhsSourceShapes::firstStatusOnly).toList(), practice, asOf, today);

        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unverified");
    }

    @Test
    void catchesAnEngineThatNeverSaysRecordedElsewhere() {
        Evaluator broken = (patients, practice, asOf, today) ->
                engine.evaluateAll(patients, OrganizationIdentity.UNKNOWN, asOf, today);

        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("recorded elsewhere");
    }

    @Test
    void catchesAnEngineThatJudgesEvery104RatherThanTheDecidingOne() {
        Evaluator broken = (patients, practice, asOf, today) -> {
            List<AccessRecommendation> results = engine.evaluateAll(patients, practice, asOf, today);
            return java.util.stream.IntStream.range(0, results.size())
                    .mapToObj(i -> NhsSourceShapes.anyInherited104(results.get(i), patients.get(i), practice))
                    .toList();
        };

        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("recorded elsewhere");
    }

    @Test
    void catchesAnEngineThatWithholdsAccessForAnInherited104() {
        Evaluator broken =
                (patients, practice, asOf, today) -> engine.evaluateAll(patients, practice, asOf, today).stream()
                        .map(NhsSourceShapes::reviewWhenRecordedElsewhere)
                        .toList();

        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("recommendation unchanged");
    }

    /**
     * The concern rule ({@link IndependentConcerns}) catches an engine broken in each of these ways, by its own
     * property: the concern reported exactly where no individual review follows it.
     */
    @Test
    void catchesAnEngineThatIgnoresAConcern() {
        Evaluator broken = (patients, practice, asOf, today) ->
                engine.evaluateAll(IndependentConcerns.withoutConcerns(patients), practice, asOf, today);

        assertCaughtByTheConcernRule(broken);
    }

    @Test
    void catchesAnEngineThatLetsA106BeforeTheConcernClearIt() {
        Evaluator broken = (patients, practice, asOf, today) -> engine.evaluateAll(
                IndependentConcerns.withEntries(
                        patients, entries -> IndependentConcerns.concernsMovedToTheStart(entries, asOf)),
                practice,
                asOf,
                today);

        assertCaughtByTheConcernRule(broken);
    }

    @Test
    void catchesAnEngineThatLetsABulkApplied106ClearIt() {
        Evaluator broken = new RecommendationEngine(Events.CLOCK, Integer.MAX_VALUE)::evaluateAll;

        assertCaughtByTheConcernRule(broken);
    }

    private void assertCaughtByTheConcernRule(Evaluator broken) {
        assertThatThrownBy(
                        () -> checkProperties(broken, new EnumMap<>(Recommendation.class), new EnumMap<>(Reason.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(IndependentConcerns.UNREVIEWED + " reported exactly where it applies");
    }

    /** Practices the advice is checked for: live, live at TPP, registered but not live, and unknown. */
    static final List<PracticeContext> PRACTICES = List.of(
            PracticeContext.of(ClinicalSystem.EMIS, LocalDate.of(2023, 10, 31)),
            PracticeContext.of(ClinicalSystem.TPP, LocalDate.of(2024, 3, 1)),
            PracticeContext.of(ClinicalSystem.EMIS, null),
            PracticeContext.UNKNOWN);

    private static final Set<ActionId> GIVING_ACCESS = Set.of(ActionId.PROVIDE_ACCESS, ActionId.ENABLE_ACCESS_MANUALLY);

    /**
     * At any practice: some advice, no id twice, and advice to give access exactly when the answer is
     * PROVISION_ACCESS, never beside a warning that access may already have been given wrongly.
     */
    private static void checkAdvice(AccessRecommendation result) {
        for (PracticeContext practice : PRACTICES) {
            List<ActionId> ids = ActionAdvisor.actionsFor(result, practice).stream()
                    .map(Action::id)
                    .toList();
            assertThat(ids).as("%s at %s", result, practice).isNotEmpty().doesNotHaveDuplicates();
            long giving = ids.stream().filter(GIVING_ACCESS::contains).count();
            assertThat(giving)
                    .as("%s at %s", result, practice)
                    .isEqualTo(result.recommendation() == Recommendation.PROVISION_ACCESS ? 1 : 0);
            if (giving > 0) {
                assertThat(ids).doesNotContain(ActionId.CHECK_EXISTING_ACCESS, ActionId.REVIEW_RECORD);
            }
        }
    }

    private void checkSafeToProvision(
            PatientFacts patient, List<PatientFacts> practice, IndependentMerges merges, LocalDate asOf) {
        IndependentMerges.Standing standing = merges.standingOf(patient);
        assertThat(standing)
                .as(
                        "PROVISION_ACCESS for a %s record (replaced, or of a merge that does not settle): %s",
                        standing, patient)
                .isIn(IndependentMerges.Standing.UNLINKED, IndependentMerges.Standing.SURVIVOR);
        assertThat(certainlyEligible(patient, asOf))
                .as("age/status of %s", patient)
                .isTrue();
        assertThat(patient.nhsNumbers())
                .as("NHS number of %s", patient)
                .isNotEmpty()
                .allMatch(SafetyPropertiesTest::checkDigitHolds);
        assertThat(patient.nhsNumbers().stream().distinct())
                .as("one NHS number on %s", patient)
                .hasSize(1);
        // The person's numbers: the record's and those of the records merged into it.
        List<PatientFacts> person = merges.recordsOfGroup(patient);
        Set<String> numbers = new java.util.HashSet<>();
        person.forEach(r -> r.nhsNumbers().forEach(n -> numbers.add(n.replace(" ", ""))));
        for (PatientFacts other : practice) {
            PatientFacts standsFor = merges.representativeOf(other);
            if (!person.contains(other) && !Boolean.FALSE.equals(standsFor.active()) && !mayHaveDied(standsFor, asOf)) {
                assertThat(other.nhsNumbers())
                        .as("record %s shares a number with %s", other, patient)
                        .noneMatch(n -> numbers.contains(n.replace(" ", "")));
            }
        }
        List<CodedEvent> events = merges.entriesCountingFor(patient);
        assertThat(events).as("near miss in %s", patient).allMatch(CodedEvent::recognised);
        assertThat(events)
                .as("103 in %s", patient)
                .noneMatch(e -> e.kind() == CodeKind.DECLINED_103 && mustCount(e, asOf));
        for (CodedEvent e104 : events) {
            if (e104.kind() == CodeKind.REVIEW_INDICATED_104 && mustCount(e104, asOf)) {
                assertThat(events)
                        .as("104 %s not certainly rescinded for %s", e104, patient)
                        .anyMatch(e106 -> certainlyRescinds(e106, e104, asOf));
            }
        }
    }

    /**
     * A replaced record is NOT_APPLICABLE with REPLACED_RECORD first; every record of a merge that does not
     * settle is REVIEW_REQUIRED with UNRESOLVED_MERGE first; no other record carries either reason.
     */
    private static void checkMerge(PatientFacts patient, AccessRecommendation result, IndependentMerges merges) {
        switch (merges.standingOf(patient)) {
            case REPLACED -> {
                assertThat(result.recommendation())
                        .as("replaced record %s answered %s", patient, result)
                        .isEqualTo(Recommendation.NOT_APPLICABLE);
                assertThat(result.reasons().get(0))
                        .as("replaced record %s answered %s", patient, result)
                        .isEqualTo(Reason.REPLACED_RECORD);
            }
            case UNRESOLVED -> {
                assertThat(result.recommendation())
                        .as("record of an unsettled merge %s answered %s", patient, result)
                        .isEqualTo(Recommendation.REVIEW_REQUIRED);
                assertThat(result.reasons().get(0))
                        .as("record of an unsettled merge %s answered %s", patient, result)
                        .isEqualTo(Reason.UNRESOLVED_MERGE);
            }
            case UNLINKED, SURVIVOR ->
                assertThat(result.reasons())
                        .as("merge reasons for %s", patient)
                        .doesNotContain(Reason.REPLACED_RECORD, Reason.UNRESOLVED_MERGE);
        }
    }

    /**
     * Near misses and future-dated codes among the entries counting for the record are always reported,
     * whatever the decision (a replaced record's are its survivor's).
     */
    private static void checkReported(List<CodedEvent> events, AccessRecommendation result, LocalDate asOf) {
        boolean nearMiss = events.stream().anyMatch(e -> !e.recognised());
        assertThat(result.reasons().contains(Reason.UNRECOGNISED_CODING))
                .as("near miss reported for %s", result)
                .isEqualTo(nearMiss);
        boolean futureDated = asOf.equals(TODAY)
                && events.stream()
                        .anyMatch(e -> e.recognised()
                                && !voided(e)
                                && e.kind() != CodeKind.REVIEW_NOT_INDICATED_106
                                && span(e.clinical()) != null
                                && !span(e.clinical())[0].isBefore(startOf(asOf.plusDays(1))));
        assertThat(result.reasons().contains(Reason.FUTURE_DATED_CODE))
                .as("future date reported for %s", result)
                .isEqualTo(futureDated);
    }

    private static boolean certainlyEligible(PatientFacts p, LocalDate asOf) {
        return !mayHaveDied(p, asOf)
                && !Boolean.FALSE.equals(p.active())
                && p.birthDate() != null
                && !p.birthDate().lastDay().plusYears(16).isAfter(asOf);
    }

    static boolean mayHaveDied(PatientFacts p, LocalDate asOf) {
        return p.deceased() || (p.deceasedOn() != null && p.deceasedOn().start().isBefore(startOf(asOf.plusDays(1))));
    }

    static boolean voided(CodedEvent e) {
        return "entered-in-error".equals(e.status())
                || (e.source() == SourceType.OBSERVATION && "cancelled".equals(e.status()))
                || (e.source() == SourceType.CONDITION && "refuted".equals(e.status()));
    }

    /** Recognised, not void, and not certainly after an as-of day in the past (as of today, a 103/104 counts whatever its date). */
    static boolean mustCount(CodedEvent e, LocalDate asOf) {
        Instant[] clinical = span(e.clinical());
        return e.recognised()
                && !voided(e)
                && (asOf.equals(TODAY) || clinical == null || clinical[0].isBefore(startOf(asOf.plusDays(1))));
    }

    private static boolean certainlyRescinds(CodedEvent e106, CodedEvent e104, LocalDate asOf) {
        Instant[] c106 = span(e106.clinical());
        Instant[] c104 = span(e104.clinical());
        if (e106.kind() != CodeKind.REVIEW_NOT_INDICATED_106
                || !e106.recognised()
                || voided(e106)
                || c106 == null
                || c104 == null) {
            return false;
        }
        boolean definite = e106.source() == SourceType.OBSERVATION
                ? e106.status() != null
                        && Set.of("final", "amended", "corrected").contains(e106.status())
                : e106.status() == null || "confirmed".equals(e106.status());
        boolean byAsOf = !c106[1].isAfter(startOf(asOf.plusDays(1)));
        Instant[] r106 = span(e106.recorded());
        Instant[] r104 = span(e104.recorded());
        if ((e106.recorded() != null && r106 == null) || (e104.recorded() != null && r104 == null)) {
            return false; // a recorded time that cannot be read leaves the order unknown
        }
        boolean bothRecorded = r106 != null && r104 != null;
        boolean clinicallyAfter = !c104[1].isAfter(c106[0]);
        boolean clinicallyOverlapping = c106[0].isBefore(c104[1]) && c104[0].isBefore(c106[1]);
        boolean recordedBefore = bothRecorded && !r106[1].isAfter(r104[0]);
        boolean recordedAfter = bothRecorded && !r104[1].isAfter(r106[0]);
        return definite && byAsOf && ((clinicallyAfter && !recordedBefore) || (clinicallyOverlapping && recordedAfter));
    }

    /**
     * This test's own reading of a FHIR date: [start, end) in London for YYYY, YYYY-MM, YYYY-MM-DD; a
     * dateTime at exactly midnight (any offset) or without an offset is its written date's whole day; an
     * instant ({@code issued}, {@code effectiveInstant}) at midnight stays a point; any other time is a
     * point. Null when absent or unreadable.
     */
    static Instant[] span(EntryDate date) {
        if (date == null) {
            return null;
        }
        String text = date.text();
        boolean instant = date.field().equals("issued") || date.field().endsWith("Instant");
        try {
            LocalDate first;
            LocalDate next;
            if (text.matches("\\d{4}")) {
                first = LocalDate.of(Integer.parseInt(text), 1, 1);
                next = first.plusYears(1);
            } else if (text.matches("\\d{4}-\\d{2}")) {
                first = LocalDate.parse(text + "-01");
                next = first.plusMonths(1);
            } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                first = LocalDate.parse(text);
                next = first.plusDays(1);
            } else if (text.matches(".*T[^Z+]*([Z+].*|-\\d\\d:\\d\\d)")) {
                OffsetDateTime at = OffsetDateTime.parse(text);
                if (instant || !at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    return new Instant[] {at.toInstant(), at.toInstant().plusNanos(1)};
                }
                first = at.toLocalDate();
                next = first.plusDays(1);
            } else {
                first = LocalDateTime.parse(text).toLocalDate();
                next = first.plusDays(1);
            }
            return new Instant[] {startOf(first), startOf(next)};
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }

    static boolean checkDigitHolds(String nhs) {
        if (nhs == null || !nhs.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nhs.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == nhs.charAt(9) - '0';
    }

    private static List<String> validTestNumbers(int count) {
        List<String> numbers = new ArrayList<>();
        for (int serial = 1; numbers.size() < count; serial++) {
            String candidate = String.format("999%06d", serial);
            for (int check = 0; check <= 9; check++) {
                if (checkDigitHolds(candidate + check)) {
                    numbers.add(candidate + check);
                }
            }
        }
        return numbers;
    }

    private PatientFacts randomPatient(int index) {
        List<CodedEvent> events = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            events.add(randomEvent());
        }
        FuzzyDate birth = random.nextInt(30) == 0 ? null : randomDay(LocalDate.of(1940, 1, 1), 365 * 75);
        boolean deceased = random.nextInt(40) == 0;
        FuzzyDate deceasedOn = random.nextInt(40) == 0 ? randomDay(LocalDate.of(2023, 1, 1), 900) : null;
        Boolean active = switch (random.nextInt(30)) {
            case 0 -> false;
            case 1, 2, 3 -> true;
            default -> null;
        };
        // Few numbers per practice, so records share one often enough.
        String number = validNumbers.get(random.nextInt(4) == 0 ? random.nextInt(validNumbers.size()) : index);
        List<String> nhsNumbers = switch (random.nextInt(24)) {
            case 0 -> List.of();
            case 1 -> List.of("9990000017");
            case 2 -> List.of(number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6));
            case 3 -> List.of(number, validNumbers.get(random.nextInt(validNumbers.size())));
            case 4 -> List.of(number, number);
            default -> List.of(number);
        };
        return new PatientFacts(
                "p" + index,
                nhsNumbers,
                birth,
                deceased,
                deceasedOn,
                active,
                List.of(),
                events,
                NhsSourceShapes.randomStatuses(random, nhsNumbers.size()));
    }

    /**
     * The practice with merge links on some of its records: replaced by, or replacing, another of its records
     * (itself too) or one outside it (whose entries are fetched, or not), and now and then a link that cannot
     * be read.
     */
    private List<PatientFacts> withRandomMerges(List<PatientFacts> practice) {
        List<PatientFacts> linked = new ArrayList<>();
        for (PatientFacts record : practice) {
            if (random.nextBoolean()) {
                linked.add(record);
                continue;
            }
            String inPractice = practice.get(random.nextInt(practice.size())).patientId();
            String outside = "gone" + random.nextInt(2);
            Map<String, List<CodedEvent>> fetched = new HashMap<>();
            MergeLinks links = switch (random.nextInt(12)) {
                case 0, 1, 2, 3 -> MergeLinks.of(List.of(inPractice), List.of(), false);
                case 4, 5, 6 -> MergeLinks.of(List.of(), List.of(inPractice), false);
                case 7 -> MergeLinks.of(List.of(outside), List.of(), false);
                case 11 -> MergeLinks.of(List.of(), List.of(), true);
                default -> {
                    if (random.nextInt(4) != 0) {
                        List<CodedEvent> entries = new ArrayList<>();
                        for (int i = random.nextInt(3); i > 0; i--) {
                            entries.add(randomEvent());
                        }
                        fetched.put(outside, entries);
                    }
                    yield new MergeLinks(List.of(), List.of(outside), false, fetched);
                }
            };
            linked.add(record.withLinks(links));
        }
        return linked;
    }

    private CodedEvent randomEvent() {
        // One entry in six a safeguarding concern, coded with any code of the default list.
        CodeKind kind = random.nextInt(6) == 0
                ? CodeKind.SAFEGUARDING_CONCERN
                : List.of(CodeKind.DECLINED_103, CodeKind.REVIEW_INDICATED_104, CodeKind.REVIEW_NOT_INDICATED_106)
                        .get(random.nextInt(3));
        Coding configured = kind == CodeKind.SAFEGUARDING_CONCERN
                ? SafeguardingCodes.RCGP_ESSENTIAL.get(random.nextInt(SafeguardingCodes.RCGP_ESSENTIAL.size()))
                : Events.codingOf(kind);
        SourceType source = random.nextInt(4) == 0 ? SourceType.CONDITION : SourceType.OBSERVATION;
        List<String> statuses = source == SourceType.OBSERVATION ? OBSERVATION_STATUSES : CONDITION_STATUSES;
        String status = random.nextInt(3) == 0 ? statuses.get(random.nextInt(statuses.size())) : statuses.get(0);
        boolean recognised = random.nextInt(15) != 0;
        Coding coding = recognised
                ? configured
                : new Coding(random.nextBoolean() ? null : Events.MISTYPED_SNOMED, configured.code());
        // Few distinct days, so that ties and overlaps are common; a few keying errors far in the future.
        LocalDate day = random.nextInt(25) == 0
                ? TODAY.plusDays(1 + random.nextInt(900))
                : LocalDate.of(2023, 10, 1).plusDays(random.nextInt(10 + random.nextInt(2) * 500));
        EntryDate clinical = random.nextInt(12) == 0 ? null : EntryDate.read("effectiveDateTime", randomText(day));
        // Recorded near the clinical day, before or after it, so that the two orders often disagree.
        String recordedText = randomText(day.plusDays(random.nextInt(7) - 3));
        EntryDate recorded = random.nextBoolean()
                ? null
                : source == SourceType.OBSERVATION
                        ? EntryDate.readInstant("issued", recordedText)
                        : EntryDate.read("recordedDate", recordedText);
        return new CodedEvent(
                source + "/" + random.nextInt(),
                source,
                kind,
                coding,
                recognised,
                clinical,
                recorded,
                status,
                NhsSourceShapes.randomPerformers(random));
    }

    /**
     * The practice with a day of many 106s, as when a practice applied 106 in bulk: about half of its records and
     * one or two more (p0, p5) get a 106 dated to that day, in the forms a day is written, mostly counted. Whether
     * it is a bulk-106 day depends on how many of them count, on distinct records.
     */
    private List<PatientFacts> withBulk106Day(List<PatientFacts> practice) {
        LocalDate day = LocalDate.of(2023, 10, 1).plusDays(random.nextInt(10));
        List<PatientFacts> coded = new ArrayList<>();
        for (PatientFacts record : practice) {
            coded.add(random.nextBoolean() ? with106On(record, day) : record);
        }
        coded.add(with106On(randomPatient(0), day));
        if (random.nextBoolean()) {
            coded.add(with106On(randomPatient(5), day));
        }
        return coded;
    }

    private PatientFacts with106On(PatientFacts record, LocalDate day) {
        String text = switch (random.nextInt(4)) {
            case 0 ->
                day.atStartOfDay(LONDON)
                        .plusMinutes(random.nextInt(24 * 60))
                        .toOffsetDateTime()
                        .toString();
            case 1 -> day + "T00:00:00+00:00";
            default -> day.toString();
        };
        boolean condition = random.nextInt(4) == 0;
        String status = random.nextInt(8) == 0 ? "preliminary" : condition ? "confirmed" : "final";
        List<CodedEvent> events = new ArrayList<>(record.events());
        events.add(new CodedEvent(
                (condition ? "Condition/" : "Observation/") + random.nextInt(),
                condition ? SourceType.CONDITION : SourceType.OBSERVATION,
                CodeKind.REVIEW_NOT_INDICATED_106,
                CodeSets.SNOMED_106,
                true,
                EntryDate.read(condition ? "onsetDateTime" : "effectiveDateTime", text),
                null,
                status));
        return record.withEvents(events);
    }

    /** The same day written the ways real records write it. */
    private String randomText(LocalDate day) {
        return switch (random.nextInt(11)) {
            case 0 -> Integer.toString(day.getYear());
            case 1 -> day.toString().substring(0, 7);
            case 2, 3 ->
                day.atStartOfDay(LONDON)
                        .plusMinutes(random.nextInt(24 * 60))
                        .toOffsetDateTime()
                        .toString();
            case 4 -> day + "T00:00:00+00:00";
            case 5 -> day + "T00:00:00.000+05:00";
            case 6 -> day + "T" + LocalTime.of(random.nextInt(24), random.nextInt(60), 1);
            case 7 ->
                random.nextInt(4) == 0
                        ? day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear()
                        : day.toString();
            default -> day.toString();
        };
    }

    private FuzzyDate randomDay(LocalDate from, int days) {
        LocalDate day = from.plusDays(random.nextInt(days));
        return switch (random.nextInt(6)) {
            case 0 -> FuzzyDate.parse(Integer.toString(day.getYear()));
            case 1 -> FuzzyDate.parse(day.toString().substring(0, 7));
            case 2 -> FuzzyDate.ofInstant(FuzzyDate.startOf(day).plus(random.nextInt(24 * 60), ChronoUnit.MINUTES));
            default -> FuzzyDate.ofDay(day);
        };
    }
}
