package io.github.recordaccess.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's one database: PostgreSQL when configured, else the embedded H2 file database. */
@ApplicationScoped
public class RegistryDataSource {

    private final AgroalDataSource dataSource;
    private final boolean embedded;
    private final String dataDir;

    RegistryDataSource(
            InjectableInstance<AgroalDataSource> external,
            @DataSource(DatabaseChoice.EMBEDDED) InjectableInstance<AgroalDataSource> embeddedDb,
            @ConfigProperty(name = DatabaseChoice.EMBEDDED_PATH) String dataDir) {
        this.dataDir = dataDir;
        this.embedded = external.listActive().isEmpty();
        this.dataSource = embedded ? embeddedDb.getActive() : external.getActive();
    }

    void announce(@Observes StartupEvent start) throws SQLException {
        try (Connection c = connection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (embedded) {
                Log.infof(
                        "Database: embedded %s file database in %s (ACCESS_DATA_DIR). This is a one-replica setup: for "
                                + "several replicas set QUARKUS_DATASOURCE_JDBC_URL (jdbc:postgresql:...), _USERNAME and "
                                + "_PASSWORD.",
                        product, dataDir);
            } else {
                Log.infof("Database: %s (QUARKUS_DATASOURCE_JDBC_URL).", product);
            }
        }
    }

    /**
     * Closes an in-memory embedded database with the application. It (the tests') would otherwise
     * outlive it, and the next application start in the same JVM would find a database built by another
     * class loader's H2, whose check constraints then fail.
     */
    void close(@Observes ShutdownEvent stop) {
        if (embedded) {
            try (Connection c = connection();
                    Statement s = c.createStatement()) {
                if (c.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                    s.execute("SHUTDOWN");
                }
            } catch (SQLException e) {
                Log.warnf("The embedded database did not shut down cleanly: %s", e.getMessage());
            }
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
