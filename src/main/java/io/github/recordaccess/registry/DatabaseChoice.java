package io.github.recordaccess.registry;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One jar, two databases. The default datasource is PostgreSQL and is active only when
 * {@code quarkus.datasource.jdbc.url} is set (Quarkus leaves a datasource without a URL inactive); the
 * {@value #EMBEDDED} H2 file database is made active exactly when it is not, so that a deployment sets
 * the three {@code QUARKUS_DATASOURCE_*} variables and nothing else. It also makes {@code access.data-dir}
 * absolute for the H2 URL, so that {@code ACCESS_DATA_DIR=data} means data/ under the working directory.
 */
public class DatabaseChoice implements ConfigSourceFactory {

    public static final String EMBEDDED = "embedded";
    static final String URL = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR = "access.data-dir";
    /** The embedded database's directory made absolute: H2 refuses a path relative to the working directory. */
    static final String EMBEDDED_PATH = "database.embedded-path";

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue url = context.getValue(URL);
        boolean external =
                url != null && url.getValue() != null && !url.getValue().isBlank();
        ConfigValue dataDir = context.getValue(DATA_DIR);
        String dir = dataDir == null || dataDir.getValue() == null ? "data" : dataDir.getValue();
        return List.of(new PropertiesConfigSource(
                Map.of(
                        "quarkus.datasource.\"" + EMBEDDED + "\".active",
                        Boolean.toString(!external),
                        EMBEDDED_PATH,
                        Path.of(dir).toAbsolutePath().normalize().toString()),
                "database choice",
                450));
    }
}
