package io.github.recordaccess.history;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A snapshot point as a row of {@code snapshot_point}: its columns, and the point written to and read from them. */
final class SnapshotRows {

    static final List<Recommendation> RECOMMENDATION_COLUMNS = List.of(Recommendation.values());
    static final List<AccessFlag> FLAG_COLUMNS = List.of(AccessFlag.values());
    private static final String FIGURE_COLUMNS =
            "patients, eligible_patients, provision_access, offer_opt_in, opted_out, "
                    + "not_applicable, review_required, flag_none, flag_active_104, flag_not_indicated_106, "
                    + "flag_rescinded_by_106, flag_undetermined, bulk_coded_104, excluded_percent, action_plan_required";
    static final String COLUMNS = "ods_code, snapshot_date, evaluated_at, status, demo, " + FIGURE_COLUMNS
            + ", problem_type, problem_detail, " + "cohort_routes";

    private SnapshotRows() {}

    static void bind(PreparedStatement insert, SnapshotPoint p, String tick) throws SQLException {
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
        // Every OK point says which routes were searched (empty text for none); an ERROR point has no figures to
        // be incomplete, so NULL.
        insert.setString(i++, f == null ? null : StoredRoutes.text(f.cohortRoutes()));
        insert.setString(i, tick);
    }

    static List<SnapshotPoint> points(ResultSet rows) throws SQLException {
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
                row.getBoolean("action_plan_required"),
                StoredRoutes.routes(row.getString("cohort_routes")));
    }

    static String column(String enumName) {
        return enumName.toLowerCase(java.util.Locale.ROOT);
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
