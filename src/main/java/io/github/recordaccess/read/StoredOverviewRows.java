package io.github.recordaccess.read;

import io.github.recordaccess.history.Figures;
import io.github.recordaccess.history.SnapshotPoint;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;

/** Overview rows read back from stored figures (the snapshot table), for {@link OverviewReads#rows}. */
final class StoredOverviewRows {

    private StoredOverviewRows() {}

    /**
     * The row of a practice's stored evaluation: its figures (an OK point) with the registration routes it searched,
     * or its problem (an ERROR point), never zeros. The point keeps no bulk-coding days: those stay absent here, not
     * empty (their count, {@code bulkCoded104}, is stored). Only points whose routes are known reach here ({@link
     * OverviewReads#rows}).
     */
    static OverviewRow of(SnapshotPoint point, String instance) {
        Figures f = point.figures();
        if (f == null) {
            ProblemType type = ProblemType.byUri(point.problemType()).orElse(ProblemType.INTERNAL_ERROR);
            Problem problem =
                    new Problem(type.uri(), type.title(), type.status(), point.problemDetail(), instance, null);
            return OverviewRow.failed(
                    point.odsCode(), problem, point.evaluatedAt(), point.date(), OverviewRow.Source.STORED);
        }
        return new OverviewRow(
                point.odsCode(),
                "OK",
                null,
                point.evaluatedAt(),
                f.patients(),
                f.eligiblePatients(),
                f.recommendations(),
                f.flags(),
                f.bulkCoded104(),
                null,
                f.excludedPercent(),
                f.actionPlanRequired(),
                f.cohortRoutes(),
                null,
                null,
                null,
                point.date(),
                OverviewRow.Source.STORED,
                null);
    }
}
