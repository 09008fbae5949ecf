package io.github.recordaccess.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Snapshots of every registered practice ({@code access.snapshot.*}). */
@ConfigMapping(prefix = "access.snapshot")
public interface SnapshotConfig {

    /** Quartz-style cron, in Europe/London, or {@code off}. Default: daily at 02:00. */
    @WithDefault("0 0 2 * * ?")
    String cron();

    /** How long points are kept. Default: 3 years. */
    @WithDefault("P3Y")
    Period retention();
}
