package io.github.recordaccess.read;

import io.github.recordaccess.history.IcbDays;
import jakarta.enterprise.context.ApplicationScoped;

/** The one way to the ICB's history: its totals per day, for the history endpoint and the overview page's trend. */
@ApplicationScoped
public class IcbHistoryReads {

    private final IcbDays days;

    public IcbHistoryReads(IcbDays days) {
        this.days = days;
    }

    /** Per day of the range with points, the totals over the practices whose latest point that day is OK. */
    public HistoryViews.IcbHistory history(HistoryRange range) {
        return new HistoryViews.IcbHistory(
                range.from(),
                range.to(),
                days.between(range.from(), range.to()).stream()
                        .map(HistoryViews.IcbPoint::of)
                        .toList());
    }
}
