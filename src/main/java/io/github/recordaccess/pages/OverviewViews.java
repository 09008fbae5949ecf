package io.github.recordaccess.pages;

import io.github.recordaccess.api.OverviewRows;
import io.github.recordaccess.history.ExcludedShares;
import io.github.recordaccess.history.IcbDays;
import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.OverviewCsv;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the ICB overview page and its CSV show: every registered practice's overview row (the API's), its trend line,
 * and the ICB's excluded % by day.
 */
@ApplicationScoped
public class OverviewViews {

    private final OverviewRows overviewRows;
    private final PracticeRegistry registry;
    private final ExcludedShares excludedShares;
    private final IcbDays icbDays;

    private final ScopeGuard scope;

    public OverviewViews(
            OverviewRows overviewRows,
            PracticeRegistry registry,
            ExcludedShares excludedShares,
            IcbDays icbDays,
            ScopeGuard scope) {
        this.scope = scope;
        this.overviewRows = overviewRows;
        this.registry = registry;
        this.excludedShares = excludedShares;
        this.icbDays = icbDays;
    }

    OverviewPage overview(LocalDate day, OverviewSort sort) {
        Map<String, PracticeEntry> practices = registered();
        LocalDate yearAgo = day.minusYears(1);
        Map<String, List<TrendChart.Point>> trends = excludedShares.between(yearAgo, day).stream()
                .collect(Collectors.groupingBy(
                        ExcludedShares.ExcludedShare::odsCode,
                        Collectors.mapping(
                                share -> new TrendChart.Point(share.date(), share.excludedPercent()),
                                Collectors.toList())));
        List<OverviewPage.Entry> entries = overviewRows.of(practices.keySet(), day, false).stream()
                .map(row -> OverviewPage.Entry.of(
                        practices.get(row.practiceOdsCode()),
                        row,
                        Sparkline.weekly(trends.getOrDefault(row.practiceOdsCode(), List.of()), day)))
                .toList();
        return new OverviewPage(
                day,
                sort.sorted(entries),
                Arrays.stream(OverviewSort.Column.values())
                        .map(c -> OverviewPage.Heading.of(c, sort, day))
                        .toList(),
                sort.described(),
                "/practices.csv?asOf=" + day,
                scope.scope().mayReadIcbTotals()
                        ? TrendChart.excludedPercent(icbDays.between(yearAgo, day).stream()
                                .map(d -> new TrendChart.Point(
                                        d.date(), d.totals().excludedPercent()))
                                .toList())
                        : null,
                scope.scope().figuresEverywhere(),
                scope.scope().mayReadSomePatients());
    }

    /** The overview's rows as the API's CSV. */
    Response overviewCsv(LocalDate day) {
        Map<String, PracticeEntry> practices = registered();
        if (practices.isEmpty()) {
            throw ApiException.invalid(
                    "No practices are registered yet: load the practice registry through the admin API.");
        }
        return OverviewCsv.response(overviewRows.of(practices.keySet(), day, false), day);
    }

    /** The registered practices by ODS code, within the overview API's limit on one request, which holds here too. */
    private Map<String, PracticeEntry> registered() {
        Map<String, PracticeEntry> practices =
                registry.all().stream().collect(Collectors.toMap(PracticeEntry::odsCode, Function.identity()));
        int max = overviewRows.maxPractices();
        if (practices.size() > max) {
            throw ApiException.invalid("The registry has " + practices.size() + " practices, more than the " + max
                    + " one overview may evaluate (access.overview.max-practices).");
        }
        return practices;
    }
}
