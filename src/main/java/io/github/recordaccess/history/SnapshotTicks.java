package io.github.recordaccess.history;

import io.github.recordaccess.registry.RegistryDataSource;
import io.github.recordaccess.registry.RegistryUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** The {@code snapshot_tick} rows: which instance holds each scheduled snapshot tick. */
@ApplicationScoped
public class SnapshotTicks {

    private final RegistryDataSource database;

    SnapshotTicks(RegistryDataSource database) {
        this.database = database;
    }

    /**
     * Claims a scheduled tick for this instance: true for exactly one of the instances that share the
     * database, however many try at once (the key is the tick's primary key).
     */
    public boolean claimTick(String tickKey, String instanceId, Instant now) {
        try (Connection c = database.connection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO snapshot_tick (tick_key, instance_id, claimed_at) VALUES (?, ?, ?)")) {
            insert.setString(1, tickKey);
            insert.setString(2, instanceId);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // another instance holds this tick
            }
            throw new RegistryUnavailableException("claim a snapshot tick", e);
        }
    }

    /** Forgets tick claims older than {@code before}: each is needed only while its tick can still fire. */
    public void forgetTicksBefore(Instant before) {
        try (Connection c = database.connection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM snapshot_tick WHERE claimed_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new RegistryUnavailableException("forget old snapshot ticks", e);
        }
    }
}
