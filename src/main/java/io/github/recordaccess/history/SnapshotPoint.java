package io.github.recordaccess.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored evaluation of one practice. An OK point has figures and no problem; an ERROR point has the
 * problem's type (and detail) and no figures, so a failure is never read as zeros.
 *
 * @param date the Europe/London day of the evaluation
 * @param demo true for the generated demo history of dev mode
 */
public record SnapshotPoint(
        String odsCode,
        LocalDate date,
        Instant evaluatedAt,
        Status status,
        boolean demo,
        Figures figures,
        String problemType,
        String problemDetail) {

    public enum Status {
        OK,
        ERROR
    }

    public SnapshotPoint {
        Objects.requireNonNull(odsCode, "odsCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        if ((status == Status.OK) != (figures != null)) {
            throw new IllegalArgumentException("an OK point has figures, an ERROR point none");
        }
    }

    public static SnapshotPoint ok(String ods, LocalDate date, Instant evaluatedAt, Figures figures, boolean demo) {
        return new SnapshotPoint(ods, date, evaluatedAt, Status.OK, demo, figures, null, null);
    }

    public static SnapshotPoint error(String ods, LocalDate date, Instant evaluatedAt, String type, String detail) {
        return new SnapshotPoint(ods, date, evaluatedAt, Status.ERROR, false, null, type, detail);
    }
}
