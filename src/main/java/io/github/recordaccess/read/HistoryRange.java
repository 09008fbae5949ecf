package io.github.recordaccess.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The {@code from}/{@code to} days of a history request, both inclusive: real days, not in the future,
 * {@code from <= to}, at most five years apart. Without {@code to}, today; without {@code from}, a year
 * before {@code to}.
 */
public record HistoryRange(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 5;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static HistoryRange of(String from, String to, LocalDate today) {
        LocalDate end = to == null ? today : day("to", to, today);
        LocalDate start = from == null ? end.minusYears(1) : day("from", from, today);
        if (start.isAfter(end)) {
            throw new InvalidParameterException("from (" + start + ") must not be after to (" + end + ").");
        }
        if (start.isBefore(end.minusYears(MAX_YEARS))) {
            throw new InvalidParameterException(
                    "from and to may be at most " + MAX_YEARS + " years apart; ask for the history in parts.");
        }
        return new HistoryRange(start, end);
    }

    private static LocalDate day(String name, String value, LocalDate today) {
        LocalDate day;
        try {
            day = ISO_DATE.matcher(value).matches() ? LocalDate.parse(value) : null;
        } catch (DateTimeException e) {
            day = null;
        }
        if (day == null) {
            throw new InvalidParameterException(name + " must be a real calendar date YYYY-MM-DD.");
        }
        if (day.isAfter(today)) {
            throw new InvalidParameterException(
                    name + " must not be after today (" + today + ", Europe/London): there is no history yet.");
        }
        return day;
    }
}
