package io.github.recordaccess.read;

import io.github.recordaccess.rules.FuzzyDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the pages show NHS numbers, dates and times, by the NHS content style guide: {@code 999 000 1243},
 * "5 December 2026", "5 December 2026 at 6:16am" (London time). Display only: links and CSVs keep the values as the
 * API gives them.
 */
public final class DisplayFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private DisplayFormats() {}

    /** Ten digits as 3, 3 and 4 ("999 000 1243"); anything else as recorded, so a wrong number is not hidden. */
    public static String nhsNumber(String digits) {
        if (digits == null || !digits.matches("[0-9]{10}")) {
            return digits;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /** "5 December 2026". */
    public static String date(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    /** "March 1990": a date known to the month. */
    public static String month(YearMonth month) {
        return month == null ? null : MONTH.format(month);
    }

    /** "5 December 2026 at 6:16am", London time. */
    public static String dateTime(Instant instant) {
        return instant == null ? null : dateTime(LocalDateTime.ofInstant(instant, FuzzyDate.LONDON));
    }

    /**
     * A FHIR date or date-time as far as it goes: "2024", "May 2024", "3 May 2024", "3 May 2024 at 9:12am" (London
     * time when it has an offset; as written when it has none). Text that is no FHIR date is shown as recorded.
     */
    public static String fhirDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return switch (text.length()) {
                case 4 -> String.valueOf(Integer.parseInt(text));
                case 7 -> month(YearMonth.parse(text));
                case 10 -> date(LocalDate.parse(text));
                default ->
                    text.length() > 19 && hasOffset(text)
                            ? dateTime(OffsetDateTime.parse(text).toInstant())
                            : dateTime(LocalDateTime.parse(text));
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return text;
        }
    }

    private static boolean hasOffset(String text) {
        String tail = text.substring(19);
        return tail.contains("Z") || tail.contains("+") || tail.contains("-");
    }

    private static String dateTime(LocalDateTime local) {
        return date(local.toLocalDate()) + " at " + time(local.toLocalTime());
    }

    /** "6:16am", "9am", "midday", "midnight" (NHS content style guide). */
    static String time(LocalTime time) {
        if (time.getHour() == 0 && time.getMinute() == 0) {
            return "midnight";
        }
        if (time.getHour() == 12 && time.getMinute() == 0) {
            return "midday";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : ":%02d".formatted(time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }
}
