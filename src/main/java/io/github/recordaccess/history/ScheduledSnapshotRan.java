package io.github.recordaccess.history;

/**
 * A scheduled snapshot run has ended, for the audit: which tick, which instance ran it, and what it stored (null when
 * it failed, then {@code failure} names the exception type; never its message, which may quote data from elsewhere).
 */
public record ScheduledSnapshotRan(String tick, String instanceId, SnapshotRun run, String failure) {}
