package io.github.recordaccess.registry;

import io.github.recordaccess.rules.ClinicalSystem;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry in the {@code practice} table, with plain JDBC: one small table needs no ORM. Reads are single
 * statements, so each sees one committed registry; changes go through {@link RegistryChanges}, one at a time.
 */
@ApplicationScoped
public class JdbcPracticeRegistry implements PracticeRegistry {

    private static final String COLUMNS = "ods_code, practice_name, clinical_system, go_live_date";
    private static final String INSERT = "INSERT INTO practice (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?)";

    private final RegistryDataSource database;
    private final RegistryChanges changes;
    private final Clock clock;

    JdbcPracticeRegistry(RegistryDataSource database, RegistryChanges changes, Clock clock) {
        this.database = database;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public List<PracticeEntry> all() {
        try (Connection c = database.connection()) {
            return all(c);
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read the registry", e);
        }
    }

    @Override
    public Optional<PracticeEntry> find(String odsCode) {
        try (Connection c = database.connection();
                PreparedStatement select =
                        c.prepareStatement("SELECT " + COLUMNS + " FROM practice WHERE ods_code = ?")) {
            select.setString(1, odsCode);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RegistryUnavailableException("read a practice", e);
        }
    }

    @Override
    public List<PracticeEntry> replaceAll(List<PracticeEntry> practices) {
        return changes.apply("replace the registry", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM practice");
                    PreparedStatement insert = c.prepareStatement(INSERT)) {
                delete.executeUpdate();
                Timestamp now = Timestamp.from(clock.instant());
                for (PracticeEntry p : practices) {
                    bind(insert, p, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return all(c);
        });
    }

    @Override
    public boolean put(PracticeEntry practice) {
        return changes.apply("write a practice", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM practice WHERE ods_code = ?");
                    PreparedStatement insert = c.prepareStatement(INSERT)) {
                delete.setString(1, practice.odsCode());
                boolean created = delete.executeUpdate() == 0;
                bind(insert, practice, Timestamp.from(clock.instant()));
                insert.executeUpdate();
                return created;
            }
        });
    }

    @Override
    public boolean delete(String odsCode) {
        return changes.apply("delete a practice", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM practice WHERE ods_code = ?")) {
                delete.setString(1, odsCode);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static List<PracticeEntry> all(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM practice ORDER BY ods_code");
                ResultSet rows = select.executeQuery()) {
            List<PracticeEntry> practices = new ArrayList<>();
            while (rows.next()) {
                practices.add(entry(rows));
            }
            return practices;
        }
    }

    private static void bind(PreparedStatement insert, PracticeEntry p, Timestamp now) throws SQLException {
        insert.setString(1, p.odsCode());
        insert.setString(2, p.name());
        insert.setString(3, p.system().name());
        insert.setDate(4, p.goLiveDate() == null ? null : Date.valueOf(p.goLiveDate()));
        insert.setTimestamp(5, now);
    }

    private static PracticeEntry entry(ResultSet row) throws SQLException {
        Date goLive = row.getDate("go_live_date");
        LocalDate goLiveDate = goLive == null ? null : goLive.toLocalDate();
        return new PracticeEntry(
                row.getString("ods_code"),
                row.getString("practice_name"),
                ClinicalSystem.valueOf(row.getString("clinical_system")),
                goLiveDate);
    }
}
