package io.github.recordaccess.rules;

/** How much of a FHIR date or dateTime was recorded; coarser values stand for a whole interval. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY,
    /** A dateTime with a time of day (and zone), or an instant: a point in time. */
    INSTANT
}
