package io.github.recordaccess.read;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The query of a history, a practice's or the ICB's ({@code @BeanParam}): {@code from} and {@code to}. */
public class HistoryQuery {

    @RestQuery
    @Parameter(description = "First day, YYYY-MM-DD from " + Day.EARLIEST_TEXT + " (default: a year before to)")
    HistoryFrom from;

    @RestQuery
    @Parameter(description = "Last day, YYYY-MM-DD, not after today (default: today)")
    HistoryTo to;

    /** The days asked for, with their defaults; {@code today} is today in Europe/London. */
    public HistoryRange range(LocalDate today) {
        return HistoryRange.of(from, to, today);
    }
}
