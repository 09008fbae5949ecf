package io.github.recordaccess.history;

import java.time.LocalDate;

/** What one snapshot run stored. */
public record SnapshotRun(LocalDate date, int practicesOk, int practicesError, int pruned) {}
