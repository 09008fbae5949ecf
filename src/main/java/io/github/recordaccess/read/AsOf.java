package io.github.recordaccess.read;

import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The {@code asOf} query parameter: the {@link Day} to answer for. */
@Schema(name = "AsOf", type = SchemaType.STRING, format = "date", description = AsOf.DOC, example = "2024-06-01")
public record AsOf(Day day) {

    public static final String NAME = "asOf";
    /** Its OpenAPI description. */
    static final String DOC = "Day to evaluate for, YYYY-MM-DD, from " + Day.EARLIEST_TEXT
            + " and not after today (another day is a 400). Default: today in Europe/London. "
            + "For today, a 103 or 104 dated in the future counts (reason FUTURE_DATED_CODE); for an earlier day, entries dated after it are ignored.";

    /** The day to answer for: the one given, else today (Europe/London). */
    public static LocalDate orToday(AsOf asOf, Clock clock) {
        return asOf == null ? LocalDate.now(clock) : asOf.day().date();
    }

    @Override
    public String toString() {
        return day.toString();
    }
}
