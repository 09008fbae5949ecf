package io.github.recordaccess.history;

import static io.github.recordaccess.history.SnapshotRows.COLUMNS;

import io.github.recordaccess.registry.RegistryDataSource;
import io.github.recordaccess.registry.RegistryUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Snapshot points in the {@code snapshot_point} table: stored, read back by practice and day, pruned. */
@ApplicationScoped
public class SnapshotStore {

    /**
     * The latest point of each practice and day, unordered (a subquery for {@link IcbDays}): what the history shows
     * when a day was snapshot twice. {@code %s} takes a further condition.
     */
    static final String DAILY_LATEST = "SELECT " + COLUMNS + " FROM (SELECT p.*, ROW_NUMBER() OVER "
            + "(PARTITION BY ods_code, snapshot_date ORDER BY evaluated_at DESC, id DESC) AS newest FROM snapshot_point p "
            + "WHERE snapshot_date BETWEEN ? AND ? %s) latest WHERE newest = 1";

    private final RegistryDataSource database;

    SnapshotStore(RegistryDataSource database) {
        this.database = database;
    }

    /** Stores points in one transaction. */
    public void insert(List<SnapshotPoint> points, String tick) {
        String sql = "INSERT INTO snapshot_point (" + COLUMNS + ", tick) VALUES (" + "?, ".repeat(23) + "?)";
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (SnapshotPoint p : points) {
                    SnapshotRows.bind(insert, p, tick);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new RegistryUnavailableException("store snapshot points", e);
        }
    }

    /** One practice's latest point of each day from {@code from} to {@code to}, oldest first. */
    public List<SnapshotPoint> dailyLatest(String odsCode, LocalDate from, LocalDate to) {
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(
                        String.format(DAILY_LATEST, "AND ods_code = ?") + " ORDER BY snapshot_date")) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            select.setString(3, odsCode);
            try (ResultSet rows = select.executeQuery()) {
                return SnapshotRows.points(rows);
            }
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read a practice's history", e);
        }
    }

    /** Each practice's newest point, for the gauges. */
    public List<SnapshotPoint> newestPerPractice() {
        String sql = "SELECT " + COLUMNS + " FROM (SELECT p.*, ROW_NUMBER() OVER (PARTITION BY ods_code "
                + "ORDER BY evaluated_at DESC, id DESC) AS newest FROM snapshot_point p) latest WHERE newest = 1 "
                + "ORDER BY ods_code";
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            return SnapshotRows.points(rows);
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read the newest snapshot points", e);
        }
    }

    /**
     * Each practice's latest stored point dated on or before {@code day} (not the generated demo history), by ODS
     * code: the overview's figures, the same on every replica.
     */
    public Map<String, SnapshotPoint> latestOnOrBefore(LocalDate day) {
        String sql = "SELECT " + COLUMNS + " FROM (SELECT p.*, ROW_NUMBER() OVER (PARTITION BY ods_code "
                + "ORDER BY snapshot_date DESC, evaluated_at DESC, id DESC) AS newest FROM snapshot_point p "
                + "WHERE demo = FALSE AND snapshot_date <= ?) latest WHERE newest = 1";
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setDate(1, Date.valueOf(day));
            try (ResultSet rows = select.executeQuery()) {
                Map<String, SnapshotPoint> latest = new HashMap<>();
                SnapshotRows.points(rows).forEach(p -> latest.put(p.odsCode(), p));
                return latest;
            }
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read the latest stored figures", e);
        }
    }

    /** Deletes points dated before {@code day}; returns how many. */
    public int pruneBefore(LocalDate day) {
        try (Connection c = database.connection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM snapshot_point WHERE snapshot_date < ?")) {
            delete.setDate(1, Date.valueOf(day));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new RegistryUnavailableException("prune snapshot points", e);
        }
    }

    /** The newest evaluation time of any point, for the snapshot-age gauge. */
    public Optional<Instant> newestEvaluatedAt() {
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT MAX(evaluated_at) AS newest FROM snapshot_point WHERE demo = FALSE");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            Timestamp newest = rows.getTimestamp("newest");
            return Optional.ofNullable(newest).map(Timestamp::toInstant);
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read the newest snapshot time", e);
        }
    }
}
