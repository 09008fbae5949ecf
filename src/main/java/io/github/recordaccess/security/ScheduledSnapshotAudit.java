package io.github.recordaccess.security;

import io.github.recordaccess.history.ScheduledSnapshotRan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code snapshot-run} event for each scheduled run, as a run asked for through the API leaves one: the caller is
 * the scheduler, and the event says which tick and instance, and what was stored.
 */
@ApplicationScoped
public class ScheduledSnapshotAudit {

    private final AuditLog log;

    public ScheduledSnapshotAudit(AuditLog log) {
        this.log = log;
    }

    void ran(@Observes ScheduledSnapshotRan ran) {
        Map<String, Object> event = log.event(AuditEventType.SNAPSHOT_RUN, null);
        event.put("caller", Map.of("sub", "scheduler"));
        event.put("tick", ran.tick());
        event.put("instance", ran.instanceId());
        if (ran.run() != null) {
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("date", ran.run().date().toString());
            stored.put("practicesOk", ran.run().practicesOk());
            stored.put("practicesError", ran.run().practicesError());
            stored.put("pruned", ran.run().pruned());
            event.put("run", stored);
        } else {
            event.put("failure", ran.failure());
        }
        log.write(event);
    }
}
