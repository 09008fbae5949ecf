package io.github.recordaccess.history;

import io.github.recordaccess.registry.RegistryDataSource;
import io.github.recordaccess.registry.RegistryUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every practice's excluded % by day, from the snapshot points: the one narrow read behind the overview's trend lines
 * (practice, day and excluded % only, where {@link SnapshotStore} reads whole points).
 */
@ApplicationScoped
public class ExcludedShares {

    /** A practice's excluded % on one day. */
    public record ExcludedShare(String odsCode, LocalDate date, double excludedPercent) {}

    private static final String SQL = "SELECT ods_code, snapshot_date, excluded_percent FROM (SELECT ods_code, "
            + "snapshot_date, excluded_percent, status, ROW_NUMBER() OVER (PARTITION BY ods_code, snapshot_date "
            + "ORDER BY evaluated_at DESC, id DESC) AS newest FROM snapshot_point WHERE snapshot_date BETWEEN ? AND ?) "
            + "latest WHERE newest = 1 AND status = 'OK' ORDER BY ods_code, snapshot_date";

    private final RegistryDataSource database;

    ExcludedShares(RegistryDataSource database) {
        this.database = database;
    }

    /**
     * Every practice's excluded % on each day from {@code from} to {@code to} (its latest point of the day, when that
     * one was OK), by practice and day.
     */
    public List<ExcludedShare> between(LocalDate from, LocalDate to) {
        try (Connection c = database.connection();
                PreparedStatement select = c.prepareStatement(SQL)) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            List<ExcludedShare> shares = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    shares.add(new ExcludedShare(
                            rows.getString(1),
                            rows.getDate(2).toLocalDate(),
                            rows.getBigDecimal(3).doubleValue()));
                }
            }
            return shares;
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read the practices' history", e);
        }
    }
}
