package io.github.recordaccess.read;

import io.github.recordaccess.rules.FuzzyDate;
import io.github.recordaccess.rules.Recommendation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a practice in the overview needs attention, most serious first: the order the overview's "Needs attention"
 * column sorts by. The words for each are in the pages ({@code AttentionWords}); the API and CSV carry these names.
 */
public enum Attention {
    /** The practice could not be evaluated: it has no figures at all. */
    EVALUATION_FAILED,
    /**
     * A registration route could not be searched ({@code cohortRoutes} with {@code searched: false}): the figures
     * may miss patients, stored or live alike. Next to a failure: a partial result is never shown as complete.
     */
    ROUTES_NOT_SEARCHED,
    /** The practice has not switched prospective access on (no go-live date in the registry). */
    NOT_LIVE,
    /** More than 50% of eligible patients excluded (an active 104): NHS England asks for an action plan. */
    OVER_HALF_EXCLUDED,
    /** Patients whose deciding 104 was applied in bulk: each needs an individual review. */
    BULK_CODED_104,
    /** Patients whose record must be checked before any access (REVIEW_REQUIRED). */
    RECORDS_TO_CHECK,
    /** The figures were computed more than a day before the day they stand for (or before now, for today). */
    FIGURES_OLD;

    /** How old figures may be before they are {@link #FIGURES_OLD}. */
    public static final Duration MAX_AGE = Duration.ofDays(1);

    /** The tags of one overview row, most serious first. */
    static List<Attention> of(OverviewRow row, boolean live, LocalDate day, Instant now) {
        List<Attention> tags = new ArrayList<>();
        if (row.failed()) {
            tags.add(EVALUATION_FAILED);
        } else if (row.cohortRoutes() != null && row.cohortRoutes().stream().anyMatch(r -> !r.searched())) {
            tags.add(ROUTES_NOT_SEARCHED);
        }
        if (!live) {
            tags.add(NOT_LIVE);
        }
        if (!row.failed()) {
            if (Boolean.TRUE.equals(row.actionPlanRequired())) {
                tags.add(OVER_HALF_EXCLUDED);
            }
            if (row.bulkCoded104() != null && row.bulkCoded104() > 0) {
                tags.add(BULK_CODED_104);
            }
            Integer toCheck = row.recommendations().get(Recommendation.REVIEW_REQUIRED);
            if (toCheck != null && toCheck > 0) {
                tags.add(RECORDS_TO_CHECK);
            }
        }
        if (row.evaluatedAt() != null && olderThanADay(row.evaluatedAt(), day, now)) {
            tags.add(FIGURES_OLD);
        }
        return List.copyOf(tags);
    }

    /**
     * True when figures computed at {@code evaluatedAt} are more than a day older than what they stand for: now, for
     * today; the end of a past day (Europe/London) for that day, so that a day's own nightly snapshot is not old.
     */
    static boolean olderThanADay(Instant evaluatedAt, LocalDate day, Instant now) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(FuzzyDate.LONDON).toInstant();
        Instant reference = now.isBefore(endOfDay) ? now : endOfDay;
        return Duration.between(evaluatedAt, reference).compareTo(MAX_AGE) > 0;
    }

    /** A weight that sorts rows by their most serious tag first, then the next: one bit per tag. */
    public static int weight(List<Attention> tags) {
        int weight = 0;
        for (Attention tag : tags) {
            weight |= 1 << (values().length - 1 - tag.ordinal());
        }
        return weight;
    }
}
