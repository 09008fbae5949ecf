package io.github.recordaccess.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A day a request names, {@code asOf} or a history's {@code from} and {@code to}: a real calendar date, YYYY-MM-DD,
 * from {@value #EARLIEST_TEXT} to today in Europe/London. No record (and no history) speaks for a day to come, and
 * the opt-out model has nothing to say of one before 2000. Registry go-live dates keep their own range (the registry
 * upload's).
 *
 * <p>One type and one rule for the three; each parameter wraps it ({@link AsOf}, {@link HistoryFrom},
 * {@link HistoryTo}) because a converter is not told which parameter it reads, and a refusal names it.
 */
public record Day(LocalDate date) {

    static final String EARLIEST_TEXT = "2000-01-01";
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The parameter {@code name} as sent; {@code today} is today in Europe/London. */
    static Day parse(String name, String text, LocalDate today) {
        LocalDate date;
        try {
            date = ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
        } catch (DateTimeException e) {
            date = null;
        }
        if (date == null || date.isBefore(EARLIEST)) {
            throw new InvalidParameterException(
                    name + " must be a real calendar date YYYY-MM-DD from " + EARLIEST_TEXT + " to today.");
        }
        if (date.isAfter(today)) {
            throw new InvalidParameterException(name + " must not be after today (" + today
                    + ", Europe/London): no record and no history speak for a day to come.");
        }
        return new Day(date);
    }

    @Override
    public String toString() {
        return date.toString();
    }
}
