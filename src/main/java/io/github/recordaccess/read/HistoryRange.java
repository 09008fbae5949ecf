package io.github.recordaccess.read;

import java.time.LocalDate;

/**
 * The days of a history, both inclusive, within {@link Day}'s range: {@code from <= to}, at most five years apart.
 * Without {@code to}, today; without {@code from}, a year before {@code to} (not before {@link Day#EARLIEST}).
 */
public record HistoryRange(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 5;

    /** The year up to {@code to}, as a history without {@code from} covers it. */
    public static HistoryRange yearTo(LocalDate to) {
        LocalDate yearBefore = to.minusYears(1);
        return new HistoryRange(yearBefore.isBefore(Day.EARLIEST) ? Day.EARLIEST : yearBefore, to);
    }

    static HistoryRange of(HistoryFrom from, HistoryTo to, LocalDate today) {
        LocalDate end = to == null ? today : to.day().date();
        LocalDate start = from == null ? yearTo(end).from() : from.day().date();
        if (start.isAfter(end)) {
            throw new InvalidParameterException("from (" + start + ") must not be after to (" + end + ").");
        }
        if (start.isBefore(end.minusYears(MAX_YEARS))) {
            throw new InvalidParameterException(
                    "from and to may be at most " + MAX_YEARS + " years apart; ask for the history in parts.");
        }
        return new HistoryRange(start, end);
    }
}
