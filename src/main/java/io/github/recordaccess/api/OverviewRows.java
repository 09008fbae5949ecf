package io.github.recordaccess.api;

import io.github.recordaccess.config.AccessConfig;
import io.github.recordaccess.practice.PracticeOverview;
import io.github.recordaccess.read.OverviewRow;
import io.github.recordaccess.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The ICB overview's rows, for the overview endpoint and the overview page: failed practices first, then by excluded %. */
@ApplicationScoped
public class OverviewRows {

    private final PracticeOverview overview;
    private final AccessConfig config;
    private final ScopeGuard scope;

    public OverviewRows(PracticeOverview overview, AccessConfig config, ScopeGuard scope) {
        this.overview = overview;
        this.config = config;
        this.scope = scope;
    }

    /** The most practices one overview may evaluate ({@code access.overview.max-practices}): the API's and the pages'. */
    public int maxPractices() {
        return config.overview().maxPractices();
    }

    /** The rows of those of {@code practices} the caller may see (their scope), and no other. */
    public List<OverviewRow> of(Collection<String> practices, LocalDate day, boolean fresh) {
        List<OverviewRow> rows = new ArrayList<>(overview.evaluate(scope.visible(practices), day, fresh).stream()
                .map(r -> OverviewRow.from(r, "/api/v1/practices/" + r.odsCode() + "/summary"))
                .toList());
        rows.sort(Comparator.comparing((OverviewRow r) -> !r.failed())
                .thenComparing(r -> r.excludedPercent() == null ? 0.0 : r.excludedPercent(), Comparator.reverseOrder())
                .thenComparing(OverviewRow::practiceOdsCode));
        return rows;
    }
}
