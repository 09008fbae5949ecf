package io.github.recordaccess.history;

import io.github.recordaccess.registry.RegistryDataSource;
import io.github.recordaccess.registry.RegistryUnavailableException;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Snapshot points in the {@code snapshot_point} table. */
@ApplicationScoped
public class SnapshotStore {

    static final List<Recommendation> RECOMMENDATION_COLUMNS = List.of(Recommendation.values());
    static final List<AccessFlag> FLAG_COLUMNS = List.of(AccessFlag.values());
    private static final String FIGURE_COLUMNS =
            "patients, eligible_patients, provision_access, offer_opt_in, opted_out, "
                    + "not_applicable, review_required, flag_none, flag_active_104, flag_not_indicated_106, "
                    + "flag_rescinded_by_106, flag_undetermined, bulk_coded_104, excluded_percent, action_plan_required";
    private static final String COLUMNS =
            "ods_code, snapshot_date, evaluated_at, status, demo, " + FIGURE_COLUMNS + ", problem_type, problem_detail";
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
        String sql = "INSERT INTO snapshot_point (" + COLUMNS + ", tick) VALUES (" + "?, ".repeat(22) + "?)";
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (SnapshotPoint p : points) {
                    bind(insert, p, tick);
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
                return points(rows);
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
            return points(rows);
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read the newest snapshot points", e);
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

    private static void bind(PreparedStatement insert, SnapshotPoint p, String tick) throws SQLException {
        int i = 1;
        insert.setString(i++, p.odsCode());
        insert.setDate(i++, Date.valueOf(p.date()));
        insert.setTimestamp(i++, Timestamp.from(p.evaluatedAt()));
        insert.setString(i++, p.status().name());
        insert.setBoolean(i++, p.demo());
        Figures f = p.figures();
        if (f == null) {
            for (int k = 0; k < 13; k++) {
                insert.setNull(i++, Types.INTEGER);
            }
            insert.setNull(i++, Types.NUMERIC);
            insert.setNull(i++, Types.BOOLEAN);
        } else {
            insert.setInt(i++, f.patients());
            insert.setInt(i++, f.eligiblePatients());
            for (Recommendation r : RECOMMENDATION_COLUMNS) {
                insert.setInt(i++, f.recommendations().get(r));
            }
            for (AccessFlag flag : FLAG_COLUMNS) {
                insert.setInt(i++, f.flags().get(flag));
            }
            insert.setInt(i++, f.bulkCoded104());
            insert.setBigDecimal(i++, BigDecimal.valueOf(f.excludedPercent()));
            insert.setBoolean(i++, f.actionPlanRequired());
        }
        insert.setString(i++, p.problemType());
        insert.setString(i++, p.problemDetail() == null ? null : truncated(p.problemDetail(), 500));
        insert.setString(i, tick);
    }

    private static List<SnapshotPoint> points(ResultSet rows) throws SQLException {
        List<SnapshotPoint> points = new ArrayList<>();
        while (rows.next()) {
            SnapshotPoint.Status status = SnapshotPoint.Status.valueOf(rows.getString("status"));
            Figures figures = status == SnapshotPoint.Status.OK ? figures(rows) : null;
            points.add(new SnapshotPoint(
                    rows.getString("ods_code"),
                    rows.getDate("snapshot_date").toLocalDate(),
                    rows.getTimestamp("evaluated_at").toInstant(),
                    status,
                    rows.getBoolean("demo"),
                    figures,
                    rows.getString("problem_type"),
                    rows.getString("problem_detail")));
        }
        return points;
    }

    private static Figures figures(ResultSet row) throws SQLException {
        Map<Recommendation, Integer> recommendations = new EnumMap<>(Recommendation.class);
        for (Recommendation r : RECOMMENDATION_COLUMNS) {
            recommendations.put(r, row.getInt(column(r.name())));
        }
        Map<AccessFlag, Integer> flags = new EnumMap<>(AccessFlag.class);
        for (AccessFlag f : FLAG_COLUMNS) {
            flags.put(f, row.getInt("flag_" + column(f.name())));
        }
        return new Figures(
                row.getInt("patients"),
                row.getInt("eligible_patients"),
                recommendations,
                flags,
                row.getInt("bulk_coded_104"),
                row.getBigDecimal("excluded_percent").doubleValue(),
                row.getBoolean("action_plan_required"));
    }

    static String column(String enumName) {
        return enumName.toLowerCase(java.util.Locale.ROOT);
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
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
