package io.github.recordaccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated event sets against the safety properties, each stated independently of the
 * engine's code: never PROVISION_ACCESS with a counted 103, with a 104 that no definite 106 certainly
 * follows, with an order that cannot be established, or without a known age of 16+.
 */
class SafetyPropertiesTest {

    private static final long SEED = 20231031L;
    private static final int PATIENTS = 20_000;
    private static final List<String> OBSERVATION_STATUSES = java.util.Arrays.asList(
            "final", "amended", "corrected", "preliminary", "registered", "cancelled", "entered-in-error", "unknown", null);
    private static final List<String> CONDITION_STATUSES = java.util.Arrays.asList(
            "confirmed", "unconfirmed", "provisional", "differential", "refuted", "entered-in-error", null);

    private final RecommendationEngine engine = new RecommendationEngine();
    private final Random random = new Random(SEED);

    @Test
    void provisionAccessOnlyWhenEverythingIsCertain() {
        Map<Recommendation, Integer> seen = new EnumMap<>(Recommendation.class);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        for (int i = 0; i < PATIENTS; i++) {
            LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365));
            PatientFacts patient = randomPatient();

            AccessRecommendation result = engine.evaluate(patient, asOf);

            seen.merge(result.recommendation(), 1, Integer::sum);
            result.reasons().forEach(r -> reasons.merge(r, 1, Integer::sum));
            if (result.recommendation() == Recommendation.PROVISION_ACCESS) {
                assertThat(certainlyEligible(patient, asOf)).as("age/status of %s", patient).isTrue();
                assertThat(patient.events()).as("103 in %s", patient)
                        .noneMatch(e -> e.kind() == CodeKind.DECLINED_103 && mustCount(e, asOf));
                for (CodedEvent e104 : patient.events()) {
                    if (e104.kind() == CodeKind.REVIEW_INDICATED_104 && mustCount(e104, asOf)) {
                        assertThat(patient.events()).as("104 %s not certainly rescinded in %s", e104, patient)
                                .anyMatch(e106 -> certainlyRescinds(e106, e104, asOf));
                    }
                }
            }
        }
        // The generator must reach every outcome and reason, or the properties prove little.
        assertThat(seen.keySet()).containsExactlyInAnyOrder(Recommendation.values());
        assertThat(reasons.keySet()).containsAll(Set.of(Reason.CONFLICTING_CODES, Reason.UNDATED_CODE,
                Reason.RESCINDED_BY_106, Reason.ACTIVE_104, Reason.DECLINED_103, Reason.NOT_INDICATED_106));
        assertThat(seen.get(Recommendation.PROVISION_ACCESS)).isGreaterThan(PATIENTS / 20);
    }

    private static boolean certainlyEligible(PatientFacts p, LocalDate asOf) {
        if (p.deceased() || p.deceasedOn() != null && !p.deceasedOn().start().isAfter(FuzzyDate.startOf(asOf.plusDays(1)))) {
            return false;
        }
        return !Boolean.FALSE.equals(p.active()) && p.birthDate() != null
                && !p.birthDate().lastDay().plusYears(16).isAfter(asOf);
    }

    /** Not void, and not certainly after the as-of day. */
    private static boolean mustCount(CodedEvent e, LocalDate asOf) {
        boolean voided = "entered-in-error".equals(e.status())
                || e.source() == SourceType.OBSERVATION && "cancelled".equals(e.status())
                || e.source() == SourceType.CONDITION && "refuted".equals(e.status());
        return !voided && (e.date() == null || e.date().start().isBefore(FuzzyDate.startOf(asOf.plusDays(1))));
    }

    private static boolean certainlyRescinds(CodedEvent e106, CodedEvent e104, LocalDate asOf) {
        if (e106.kind() != CodeKind.REVIEW_NOT_INDICATED_106 || e106.date() == null || e104.date() == null) {
            return false;
        }
        boolean definite = e106.source() == SourceType.OBSERVATION
                ? e106.status() != null && Set.of("final", "amended", "corrected").contains(e106.status())
                : e106.status() == null || "confirmed".equals(e106.status());
        boolean byAsOf = !e106.date().end().isAfter(FuzzyDate.startOf(asOf.plusDays(1)));
        boolean after = !e104.date().end().isAfter(e106.date().start());
        boolean overlapping = e106.date().start().isBefore(e104.date().end()) && e104.date().start().isBefore(e106.date().end());
        boolean issuedLater = overlapping && e104.issued() != null && e106.issued() != null && e106.issued().isAfter(e104.issued());
        return definite && byAsOf && (after || issuedLater);
    }

    private PatientFacts randomPatient() {
        List<CodedEvent> events = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            events.add(randomEvent());
        }
        FuzzyDate birth = random.nextInt(30) == 0 ? null : randomDate(LocalDate.of(1940, 1, 1), 365 * 75);
        boolean deceased = random.nextInt(40) == 0;
        FuzzyDate deceasedOn = random.nextInt(40) == 0 ? randomDate(LocalDate.of(2023, 1, 1), 900) : null;
        Boolean active = switch (random.nextInt(30)) {
            case 0 -> false;
            case 1, 2, 3 -> true;
            default -> null;
        };
        return new PatientFacts("p", "9990000018", birth, deceased, deceasedOn, active, List.of(), events);
    }

    private CodedEvent randomEvent() {
        CodeKind kind = CodeKind.values()[random.nextInt(3)];
        SourceType source = random.nextInt(4) == 0 ? SourceType.CONDITION : SourceType.OBSERVATION;
        List<String> statuses = source == SourceType.OBSERVATION ? OBSERVATION_STATUSES : CONDITION_STATUSES;
        String status = random.nextInt(3) == 0 ? statuses.get(random.nextInt(statuses.size())) : statuses.get(0);
        // Few distinct days, so that ties and overlaps are common.
        FuzzyDate date = random.nextInt(12) == 0 ? null : randomDate(LocalDate.of(2023, 10, 1), 10 + random.nextInt(2) * 500);
        Instant issued = date != null && random.nextBoolean()
                ? date.start().plus(random.nextInt(48), ChronoUnit.HOURS)
                : null;
        return Events.event(source, kind, date == null ? null : date.original(), issued, status);
    }

    private FuzzyDate randomDate(LocalDate from, int days) {
        LocalDate day = from.plusDays(random.nextInt(days));
        return switch (random.nextInt(6)) {
            case 0 -> FuzzyDate.parse(Integer.toString(day.getYear()));
            case 1 -> FuzzyDate.parse(day.toString().substring(0, 7));
            case 2 -> FuzzyDate.ofInstant(FuzzyDate.startOf(day).plus(random.nextInt(24 * 60), ChronoUnit.MINUTES));
            default -> FuzzyDate.ofDay(day);
        };
    }
}
