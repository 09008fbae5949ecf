package io.github.recordaccess.read;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The {@code asOf} query parameter: a real day, never after today, which no record can speak for. */
@Schema(name = "AsOf", type = SchemaType.STRING, format = "date", description = AsOf.DOC, example = "2024-06-01")
public record AsOf(LocalDate day) {

    public static final String NAME = "asOf";
    /** Its OpenAPI description. */
    static final String DOC =
            "Day to evaluate for, YYYY-MM-DD, not after today (a later day is a 400). Default: today in Europe/London. "
                    + "For today, a 103 or 104 dated in the future counts (reason FUTURE_DATED_CODE); for an earlier day, entries dated after it are ignored.";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** Reads the value as sent; {@code today} is today in Europe/London. */
    static AsOf parse(String value, LocalDate today) {
        LocalDate day;
        try {
            if (!ISO_DATE.matcher(value).matches()) {
                throw new DateTimeException("not YYYY-MM-DD");
            }
            day = LocalDate.parse(value);
        } catch (DateTimeException e) {
            day = null;
        }
        if (day == null || day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new InvalidParameterException(
                    NAME + " must be a real calendar date YYYY-MM-DD between " + EARLIEST + " and " + LATEST + ".");
        }
        if (day.isAfter(today)) {
            throw new InvalidParameterException(NAME + " must not be after today (" + today
                    + ", Europe/London): the record cannot say what will be coded.");
        }
        return new AsOf(day);
    }

    @Override
    public String toString() {
        return day.toString();
    }

    /** The day to answer for: the one given, else today (Europe/London). */
    public static LocalDate orToday(AsOf asOf, Clock clock) {
        return asOf == null ? LocalDate.now(clock) : asOf.day();
    }
}
