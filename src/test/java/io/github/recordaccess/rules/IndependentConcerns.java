package io.github.recordaccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@link SafetyPropertiesTest}'s own statement of issue 22's rule for safeguarding concerns, written apart from the
 * engine's code (dates are read by {@link SafetyPropertiesTest#span}, merges by {@link IndependentMerges}):
 * <ul>
 *   <li>a concern entry counts when its coding is recognised, it is not void (entered-in-error, a cancelled
 *       Observation, a refuted Condition) and, as of a past day, not certainly dated after that day; the entries
 *       of records merged into a survivor count as its own;
 *   <li>a 106 counts when it is recognised, not void, definite (a final, amended or corrected Observation; a
 *       Condition confirmed or without verification status) and certainly dated by the as-of day (or undated);
 *   <li>a bulk-106 day is a London day on which at least {@code minPatients} of the practice's records (a replaced
 *       record's entries counting for its survivor) have a counted 106 dated to that day;
 *   <li>the concerns are reviewed when every counted concern is dated and some counted 106, dated to a day that is
 *       no bulk-106 day, is certainly later than each of them (clinical dates in order and the recorded times not
 *       the other way round, or clinical dates overlapping and the recorded times in order);
 * </ul>
 * and then: SAFEGUARDING_CONCERN is reported exactly when a counted concern is not reviewed and the record is
 * neither replaced nor (outside a merge that does not settle) dead or inactive; such a concern never gives access;
 * against the same evaluator with the concerns left out, the flag never changes, PROVISION_ACCESS becomes
 * REVIEW_REQUIRED with SAFEGUARDING_CONCERN first and any other answer stays; CONSIDER_104_SAFEGUARDING is the first
 * action exactly where the concern made the answer a review or the answer waits for the 16th birthday (UNDER_16
 * first) with no active 104 and no 103, which withhold access already.
 */
final class IndependentConcerns {

    /** What to say when a concern without an individual review is not handled as the rule says. */
    static final String UNREVIEWED = "safeguarding concern without an individual review";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final IndependentMerges merges;
    private final LocalDate asOf;
    private final Set<LocalDate> bulkDays = new HashSet<>();

    /** The practice's bulk-106 days, counted with {@code minPatients}. */
    IndependentConcerns(List<PatientFacts> practice, IndependentMerges merges, LocalDate asOf, int minPatients) {
        this.merges = merges;
        this.asOf = asOf;
        Map<LocalDate, Set<String>> recordsByDay = new HashMap<>();
        for (PatientFacts record : practice) {
            if (merges.standingOf(record) == IndependentMerges.Standing.REPLACED) {
                continue;
            }
            for (CodedEvent e : merges.entriesCountingFor(record)) {
                LocalDate day = dayOf(e);
                if (counted106(e) && day != null) {
                    recordsByDay.computeIfAbsent(day, d -> new HashSet<>()).add(record.patientId());
                }
            }
        }
        recordsByDay.forEach((day, records) -> {
            if (records.size() >= minPatients) {
                bulkDays.add(day);
            }
        });
    }

    /** The shapes of concern the generator must reach, or the statement proves little. */
    enum Shape {
        /** A counted concern and an individual 106 later than every one. */
        REVIEWED,
        /** A counted concern, and no counted 106 dated to a day after it. */
        UNREVIEWED,
        /** A counted concern unreviewed although a counted 106 of an individual day precedes or ties with it. */
        ONLY_AN_EARLIER_106,
        /** A counted concern whose only later 106s fall on bulk-106 days. */
        ONLY_A_BULK_106,
        /** An undated counted concern. */
        UNDATED,
        /** Concern entries none of which counts. */
        NOT_COUNTED
    }

    /** Checks the statement for one record, and counts the shape of its concerns in {@code shapes}. */
    void check(
            PatientFacts patient,
            AccessRecommendation result,
            AccessRecommendation withoutConcerns,
            Map<Shape, Integer> shapes) {
        List<CodedEvent> entries = merges.entriesCountingFor(patient);
        List<CodedEvent> concerns =
                entries.stream().filter(this::countedConcern).toList();
        List<CodedEvent> counted106 = entries.stream().filter(this::counted106).toList();
        boolean unreviewed = !concerns.isEmpty() && !reviewed(concerns, counted106, bulkDays);
        IndependentMerges.Standing standing = merges.standingOf(patient);
        boolean settledOrUnlinked =
                standing == IndependentMerges.Standing.UNLINKED || standing == IndependentMerges.Standing.SURVIVOR;
        boolean noLivingPatientHere = standing == IndependentMerges.Standing.REPLACED
                || (settledOrUnlinked
                        && (SafetyPropertiesTest.mayHaveDied(patient, asOf) || Boolean.FALSE.equals(patient.active())));
        count(shapes, entries, concerns, counted106, unreviewed);

        boolean reported = result.reasons().contains(Reason.SAFEGUARDING_CONCERN);
        assertThat(reported)
                .as("%s reported exactly where it applies: %s (%s) answered %s", UNREVIEWED, patient, standing, result)
                .isEqualTo(unreviewed && !noLivingPatientHere);
        if (unreviewed) {
            assertThat(result.recommendation())
                    .as("%s never gives access: %s", UNREVIEWED, patient)
                    .isNotEqualTo(Recommendation.PROVISION_ACCESS);
        }
        // Of a merge, the merge rules state the whole answer (SafetyPropertiesTest.checkMerge).
        if (settledOrUnlinked) {
            assertThat(result.flag())
                    .as("the flag unchanged by a %s: %s", UNREVIEWED, patient)
                    .isEqualTo(withoutConcerns.flag());
            if (reported && withoutConcerns.recommendation() == Recommendation.PROVISION_ACCESS) {
                assertThat(result.recommendation())
                        .as("a %s makes access a review: %s", UNREVIEWED, patient)
                        .isEqualTo(Recommendation.REVIEW_REQUIRED);
                assertThat(result.reasons().get(0))
                        .as("a %s decides the review: %s", UNREVIEWED, patient)
                        .isEqualTo(Reason.SAFEGUARDING_CONCERN);
            } else {
                assertThat(result.recommendation())
                        .as("any other answer unchanged by a %s: %s", UNREVIEWED, patient)
                        .isEqualTo(withoutConcerns.recommendation());
            }
        }
        // The answer a concern decides, or the one that waits for the 16th birthday, unless an active 104 or a 103
        // withholds access already.
        boolean considered = reported
                && (result.reasons().get(0) == Reason.SAFEGUARDING_CONCERN
                        || (result.reasons().get(0) == Reason.UNDER_16
                                && result.flag() != AccessFlag.ACTIVE_104
                                && !result.reasons().contains(Reason.DECLINED_103)));
        for (PracticeContext practice : SafetyPropertiesTest.PRACTICES) {
            List<ActionId> ids = ActionAdvisor.actionsFor(result, practice).stream()
                    .map(Action::id)
                    .toList();
            assertThat(ids.contains(ActionId.CONSIDER_104_SAFEGUARDING))
                    .as("%s considered exactly where it decides or the patient is under 16: %s", UNREVIEWED, result)
                    .isEqualTo(considered);
            if (considered) {
                assertThat(ids.get(0))
                        .as("%s considered first: %s", UNREVIEWED, ids)
                        .isEqualTo(ActionId.CONSIDER_104_SAFEGUARDING);
            }
        }
    }

    private void count(
            Map<Shape, Integer> shapes,
            List<CodedEvent> entries,
            List<CodedEvent> concerns,
            List<CodedEvent> counted106,
            boolean unreviewed) {
        if (concerns.isEmpty()) {
            if (entries.stream().anyMatch(e -> e.kind() == CodeKind.SAFEGUARDING_CONCERN)) {
                shapes.merge(Shape.NOT_COUNTED, 1, Integer::sum);
            }
            return;
        }
        if (!unreviewed) {
            shapes.merge(Shape.REVIEWED, 1, Integer::sum);
        } else if (concerns.stream().anyMatch(c -> !dated(c))) {
            shapes.merge(Shape.UNDATED, 1, Integer::sum);
        } else if (reviewed(concerns, counted106, Set.of())) {
            shapes.merge(Shape.ONLY_A_BULK_106, 1, Integer::sum);
        } else if (counted106.stream().anyMatch(r -> dayOf(r) != null && !bulkDays.contains(dayOf(r)))) {
            shapes.merge(Shape.ONLY_AN_EARLIER_106, 1, Integer::sum);
        } else {
            shapes.merge(Shape.UNREVIEWED, 1, Integer::sum);
        }
    }

    private static boolean reviewed(List<CodedEvent> concerns, List<CodedEvent> counted106, Set<LocalDate> bulkDays) {
        if (concerns.stream().anyMatch(c -> !dated(c))) {
            return false;
        }
        return counted106.stream()
                .filter(r -> dayOf(r) != null && !bulkDays.contains(dayOf(r)))
                .anyMatch(r -> concerns.stream().allMatch(c -> certainlyAfter(r, c)));
    }

    /** Both dates read and in order: see the class comment. */
    private static boolean certainlyAfter(CodedEvent later, CodedEvent earlier) {
        Instant[] a = SafetyPropertiesTest.span(later.clinical());
        Instant[] b = SafetyPropertiesTest.span(earlier.clinical());
        Instant[] aRecorded = SafetyPropertiesTest.span(later.recorded());
        Instant[] bRecorded = SafetyPropertiesTest.span(earlier.recorded());
        boolean bothRecorded = aRecorded != null && bRecorded != null;
        boolean clinicallyAfter = !b[1].isAfter(a[0]);
        boolean overlapping = a[0].isBefore(b[1]) && b[0].isBefore(a[1]);
        boolean recordedBefore = bothRecorded && !aRecorded[1].isAfter(bRecorded[0]);
        boolean recordedAfter = bothRecorded && !bRecorded[1].isAfter(aRecorded[0]);
        return (clinicallyAfter && !recordedBefore) || (overlapping && recordedAfter);
    }

    /** A clinical date that can be read, and no recorded time that cannot. */
    private static boolean dated(CodedEvent e) {
        return SafetyPropertiesTest.span(e.clinical()) != null
                && (e.recorded() == null || SafetyPropertiesTest.span(e.recorded()) != null);
    }

    /** The London day of a dated entry whose clinical date is one whole day or a point in time; else null. */
    private static LocalDate dayOf(CodedEvent e) {
        if (!dated(e)) {
            return null;
        }
        Instant[] clinical = SafetyPropertiesTest.span(e.clinical());
        LocalDate day = LocalDate.ofInstant(clinical[0], LONDON);
        boolean wholeDay = clinical[0].equals(startOf(day)) && clinical[1].equals(startOf(day.plusDays(1)));
        boolean point = clinical[1].equals(clinical[0].plusNanos(1));
        return wholeDay || point ? day : null;
    }

    private boolean countedConcern(CodedEvent e) {
        return e.kind() == CodeKind.SAFEGUARDING_CONCERN && SafetyPropertiesTest.mustCount(e, asOf);
    }

    private boolean counted106(CodedEvent e) {
        Instant[] clinical = SafetyPropertiesTest.span(e.clinical());
        boolean definite = e.source() == SourceType.OBSERVATION
                ? e.status() != null && Set.of("final", "amended", "corrected").contains(e.status())
                : e.status() == null || "confirmed".equals(e.status());
        return e.kind() == CodeKind.REVIEW_NOT_INDICATED_106
                && e.recognised()
                && !SafetyPropertiesTest.voided(e)
                && definite
                && (clinical == null || !clinical[1].isAfter(startOf(asOf.plusDays(1))));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }

    /** A shape count map, every shape at zero. */
    static Map<Shape, Integer> noShapes() {
        Map<Shape, Integer> shapes = new EnumMap<>(Shape.class);
        for (Shape shape : Shape.values()) {
            shapes.put(shape, 0);
        }
        return shapes;
    }

    /** The practice without its recognised concern entries (near misses stay: they are no concerns). */
    static List<PatientFacts> withoutConcerns(List<PatientFacts> practice) {
        return withEntries(
                practice,
                entries -> entries.stream()
                        .filter(e -> e.kind() != CodeKind.SAFEGUARDING_CONCERN || !e.recognised())
                        .toList());
    }

    /** The practice with {@code change} applied to every record's entries and to those fetched for merged records. */
    static List<PatientFacts> withEntries(List<PatientFacts> practice, UnaryOperator<List<CodedEvent>> change) {
        List<PatientFacts> changed = new ArrayList<>();
        for (PatientFacts record : practice) {
            MergeLinks links = record.links();
            Map<String, List<CodedEvent>> fetched = new HashMap<>();
            links.entriesOfReplaced().forEach((id, entries) -> fetched.put(id, change.apply(entries)));
            changed.add(
                    record.withLinks(new MergeLinks(links.replacedBy(), links.replaces(), links.unreadable(), fetched))
                            .withEvents(change.apply(record.events())));
        }
        return changed;
    }

    /**
     * Broken engine: a concern dated no later than the as-of day is read as dated long before everything else, so
     * that any 106 clears it, one before it too. Undated and future-dated concerns stay as they are.
     */
    static List<CodedEvent> concernsMovedToTheStart(List<CodedEvent> entries, LocalDate asOf) {
        return entries.stream()
                .map(e -> e.kind() == CodeKind.SAFEGUARDING_CONCERN
                                && e.isDated()
                                && !e.date().isCertainlyAfter(asOf)
                        ? new CodedEvent(
                                e.reference(),
                                e.source(),
                                e.kind(),
                                e.coding(),
                                e.recognised(),
                                EntryDate.read("effectiveDateTime", "1900-01-01"),
                                null,
                                e.status(),
                                e.performerOrganizations())
                        : e)
                .toList();
    }
}
