package io.github.recordaccess.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;

/** The service's one database: PostgreSQL when configured, else the embedded H2 file database. */
@ApplicationScoped
public class RegistryDataSource {

    private final AgroalDataSource dataSource;
    private final boolean embedded;

    RegistryDataSource(
            InjectableInstance<AgroalDataSource> external,
            @DataSource(DatabaseChoice.EMBEDDED) InjectableInstance<AgroalDataSource> embeddedDb) {
        this.embedded = external.listActive().isEmpty();
        this.dataSource = embedded ? embeddedDb.getActive() : external.getActive();
    }

    void announce(@Observes StartupEvent start) throws SQLException {
        try (Connection c = connection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (embedded) {
                Log.infof(
                        "Database: embedded %s file database (ACCESS_DATA_DIR). This is a one-replica setup: for several "
                                + "replicas set QUARKUS_DATASOURCE_JDBC_URL (jdbc:postgresql:...), _USERNAME and _PASSWORD.",
                        product);
            } else {
                Log.infof("Database: %s (QUARKUS_DATASOURCE_JDBC_URL).", product);
            }
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public boolean embedded() {
        return embedded;
    }
}
