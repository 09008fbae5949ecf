package io.github.recordaccess.read;

import io.github.recordaccess.history.IcbDays;
import io.github.recordaccess.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;

/** The one way to the ICB's history: its totals per day, for the history endpoint and the overview page's trend. */
@ApplicationScoped
public class IcbHistoryReads {

    private final IcbDays days;
    private final ScopeGuard scope;

    public IcbHistoryReads(IcbDays days, ScopeGuard scope) {
        this.days = days;
        this.scope = scope;
    }

    /**
     * Per day of the range with points, the totals over the practices whose latest point that day is OK: for callers
     * who may see the ICB's totals ({@code record-access-icb}, {@code record-access-reader}), refused to others.
     */
    public HistoryViews.IcbHistory history(HistoryRange range) {
        scope.requireIcbTotals();
        return new HistoryViews.IcbHistory(
                range.from(),
                range.to(),
                days.between(range.from(), range.to()).stream()
                        .map(HistoryViews.IcbPoint::of)
                        .toList());
    }
}
