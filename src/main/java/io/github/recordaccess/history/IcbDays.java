package io.github.recordaccess.history;

import static io.github.recordaccess.history.SnapshotRows.FLAG_COLUMNS;
import static io.github.recordaccess.history.SnapshotRows.RECOMMENDATION_COLUMNS;
import static io.github.recordaccess.history.SnapshotRows.column;
import static io.github.recordaccess.history.SnapshotStore.DAILY_LATEST;

import io.github.recordaccess.registry.RegistryDataSource;
import io.github.recordaccess.registry.RegistryUnavailableException;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Recommendation;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The ICB history: the snapshot points of all practices, added up per day in the database. */
@ApplicationScoped
public class IcbDays {

    private final RegistryDataSource database;

    IcbDays(RegistryDataSource database) {
        this.database = database;
    }

    /**
     * The ICB's totals per day, added up in the database over each practice's latest point that day, so
     * that a year of 200 practices sends 365 rows, not 73,000.
     */
    public List<IcbDay> between(LocalDate from, LocalDate to) {
        StringBuilder sums = new StringBuilder();
        for (Recommendation r : RECOMMENDATION_COLUMNS) {
            sums.append(", SUM(").append(column(r.name())).append(") AS ").append(column(r.name()));
        }
        for (AccessFlag f : FLAG_COLUMNS) {
            String flag = "flag_" + column(f.name());
            sums.append(", SUM(").append(flag).append(") AS ").append(flag);
        }
        String sql = "SELECT snapshot_date, SUM(CASE WHEN status = 'OK' THEN 1 ELSE 0 END) AS ok, "
                + "SUM(CASE WHEN status = 'ERROR' THEN 1 ELSE 0 END) AS failed, "
                + "SUM(CASE WHEN action_plan_required THEN 1 ELSE 0 END) AS over_line, "
                + "SUM(patients) AS patients, SUM(eligible_patients) AS eligible_patients, "
                + "SUM(bulk_coded_104) AS bulk_coded_104" + sums + " FROM ("
                + String.format(DAILY_LATEST, "")
                + ") day_points GROUP BY snapshot_date ORDER BY snapshot_date";
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(sql)) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            List<IcbDay> days = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<Recommendation, Integer> recommendations = new EnumMap<>(Recommendation.class);
                    for (Recommendation r : RECOMMENDATION_COLUMNS) {
                        recommendations.put(r, rows.getInt(column(r.name())));
                    }
                    Map<AccessFlag, Integer> flags = new EnumMap<>(AccessFlag.class);
                    for (AccessFlag f : FLAG_COLUMNS) {
                        flags.put(f, rows.getInt("flag_" + column(f.name())));
                    }
                    days.add(IcbDay.of(
                            rows.getDate("snapshot_date").toLocalDate(),
                            rows.getInt("ok"),
                            rows.getInt("failed"),
                            rows.getInt("over_line"),
                            rows.getInt("patients"),
                            rows.getInt("eligible_patients"),
                            recommendations,
                            flags,
                            rows.getInt("bulk_coded_104")));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read the ICB history", e);
        }
    }
}
