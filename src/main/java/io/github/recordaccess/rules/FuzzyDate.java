package io.github.recordaccess.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A FHIR date or dateTime kept at the precision it was recorded with. Each value is the half-open
 * interval [start, end) that its precision allows; a date-only value is a whole day in Europe/London,
 * where GP practices record it. An instant is the point [t, t + 1 ns).
 */
public record FuzzyDate(String original, DatePrecision precision, Instant start, Instant end) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public FuzzyDate {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(precision, "precision");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("empty interval for " + original);
        }
    }

    /**
     * Parses a FHIR R4 date or dateTime: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} and
     * {@code YYYY-MM-DDThh:mm:ss[.sss](Z|+hh:mm)}. Two forms seen in exports stand for a whole day of
     * the date as written: a time of exactly midnight (in whatever offset), which is how date-only
     * values come out of many systems, and a time without an offset (invalid FHIR: the zone is unknown).
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static FuzzyDate parse(String text) {
        return parse(text, true);
    }

    /**
     * Parses a FHIR R4 instant ({@code Observation.issued}, {@code effectiveInstant}): a point in time even
     * at midnight, since an instant is a machine timestamp, not a date exported with a time. Without an
     * offset it is still its whole day.
     */
    public static FuzzyDate parseInstant(String text) {
        return parse(text, false);
    }

    private static FuzzyDate parse(String text, boolean midnightIsADay) {
        Objects.requireNonNull(text, "text");
        try {
            // Date-only forms are read by hand: DateTimeFormatter is costly at tens of thousands per practice.
            return switch (text.length()) {
                case 4 -> ofYear(Year.of(digits(text, 0, 4)).getValue(), text);
                case 7 -> ofMonth(YearMonth.of(digits(text, 0, 4), separatedDigits(text, 4)), text);
                case 10 ->
                    ofDay(LocalDate.of(digits(text, 0, 4), separatedDigits(text, 4), separatedDigits(text, 7)), text);
                default -> parseDateTime(text, midnightIsADay);
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a FHIR date or dateTime: " + text, e);
        }
    }

    public static FuzzyDate ofYear(int year, String original) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new FuzzyDate(original, DatePrecision.YEAR, startOf(first), startOf(first.plusYears(1)));
    }

    public static FuzzyDate ofMonth(YearMonth month, String original) {
        LocalDate first = month.atDay(1);
        return new FuzzyDate(original, DatePrecision.MONTH, startOf(first), startOf(first.plusMonths(1)));
    }

    public static FuzzyDate ofDay(LocalDate day, String original) {
        return new FuzzyDate(original, DatePrecision.DAY, startOf(day), startOf(day.plusDays(1)));
    }

    public static FuzzyDate ofDay(LocalDate day) {
        return ofDay(day, day.toString());
    }

    public static FuzzyDate ofInstant(Instant instant, String original) {
        return new FuzzyDate(original, DatePrecision.INSTANT, instant, instant.plusNanos(1));
    }

    public static FuzzyDate ofInstant(Instant instant) {
        return ofInstant(instant, instant.toString());
    }

    /** The London midnight that starts the given day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }

    /** The first calendar day (London) this value may fall on. */
    public LocalDate firstDay() {
        return LocalDate.ofInstant(start, LONDON);
    }

    /** The last calendar day (London) this value may fall on. */
    public LocalDate lastDay() {
        return LocalDate.ofInstant(end.minusNanos(1), LONDON);
    }

    /** The London calendar day, when the value is precise to a day or finer. */
    public Optional<LocalDate> day() {
        return precision == DatePrecision.DAY || precision == DatePrecision.INSTANT
                ? Optional.of(firstDay())
                : Optional.empty();
    }

    /** True when every moment this value may stand for lies before every moment of {@code other}. */
    public boolean isCertainlyBefore(FuzzyDate other) {
        return !end.isAfter(other.start);
    }

    /** True when the value certainly lies after the whole London day {@code day}. */
    public boolean isCertainlyAfter(LocalDate day) {
        return !start.isBefore(startOf(day.plusDays(1)));
    }

    /** True when some moment this value may stand for lies on or before the London day {@code day}. */
    public boolean mayBeOnOrBefore(LocalDate day) {
        return !isCertainlyAfter(day);
    }

    /** True when some moment this value may stand for lies on or after the London day {@code day}. */
    public boolean mayBeOnOrAfter(LocalDate day) {
        return end.isAfter(startOf(day));
    }

    /** True when some moment this value may stand for lies after the London day {@code day}. */
    public boolean mayBeAfter(LocalDate day) {
        return end.isAfter(startOf(day.plusDays(1)));
    }

    /** The number written by the ASCII digits in {@code text[from, to)}. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit in " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Two digits after a '-' at {@code dash}. */
    private static int separatedDigits(String text, int dash) {
        if (text.charAt(dash) != '-') {
            throw new DateTimeException("expected '-' in " + text);
        }
        return digits(text, dash + 1, dash + 3);
    }

    /** The value of {@code text} as a date or dateTime ({@code instant}: as an instant), or empty when it cannot be read. */
    public static Optional<FuzzyDate> tryParse(String text, boolean instant) {
        try {
            return Optional.of(parse(text, !instant));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static FuzzyDate parseDateTime(String text, boolean midnightIsADay) {
        OffsetDateTime withOffset;
        try {
            withOffset = OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            // FHIR requires an offset with a time; some exports omit it. Without one the instant is unknown.
            return ofDay(LocalDateTime.parse(text).toLocalDate(), text);
        }
        LocalTime time = withOffset.toLocalTime();
        return midnightIsADay && time.equals(LocalTime.MIDNIGHT)
                ? ofDay(withOffset.toLocalDate(), text)
                : ofInstant(withOffset.toInstant(), text);
    }

    @Override
    public String toString() {
        return original;
    }
}
