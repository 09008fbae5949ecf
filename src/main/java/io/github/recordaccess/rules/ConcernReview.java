package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a patient's safeguarding concerns were followed by an individual review. A concern is reviewed when a
 * counted 106 is later (as {@link FlagResolver#isLater} orders a 104 and a 106) than every counted concern, and
 * that 106 was not applied in bulk. NHS England advised practices to bulk-apply 106 and then re-apply 104 where
 * safeguarding concerns exist: a 106 of a bulk-coding day is no review of anyone, and a 106 whose London day
 * cannot be told might be one, so neither shows a review. An undated concern is never shown reviewed.
 */
public final class ConcernReview {

    private ConcernReview() {}

    /**
     * The London days of the counted 106s later than every counted concern, for those dated to the day: the
     * concerns are reviewed unless each of these days is a bulk-coding day. Empty when there is no concern, when
     * a concern is undated, or when no 106 follows them all.
     */
    public static List<LocalDate> reviewDays(List<CodedEvent> concerns, List<CodedEvent> counted106) {
        if (concerns.isEmpty() || concerns.stream().anyMatch(c -> !c.isDated())) {
            return List.of();
        }
        return counted106.stream()
                .filter(CodedEvent::isDated)
                .filter(r -> concerns.stream().allMatch(c -> FlagResolver.isLater(r, c)))
                .map(r -> r.date().day())
                .flatMap(Optional::stream)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * True when there is a counted concern and no individual review follows it.
     *
     * @param bulk106Day whether counted 106s were recorded on that London day for at least
     *     {@code access.bulk-coding.min-patients} distinct patients; where the practice's counts are unknown,
     *     every day (fail closed)
     */
    static boolean isUnreviewed(
            List<CodedEvent> concerns, List<CodedEvent> counted106, Predicate<LocalDate> bulk106Day) {
        return !concerns.isEmpty() && reviewDays(concerns, counted106).stream().allMatch(bulk106Day);
    }
}
