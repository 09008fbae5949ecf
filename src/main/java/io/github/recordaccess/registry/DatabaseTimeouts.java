package io.github.recordaccess.registry;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The PostgreSQL driver's timeouts, from {@code access.database.socket-timeout}. A server-side statement timeout
 * cannot fire on a frozen server, so the client has to give up by itself: the socket timeout bounds every answer
 * (a request that already holds a connection), the connect and login timeouts bound a new connection (one that
 * needs it; the pool's acquisition timeout bounds its wait too). The driver takes whole seconds, which a property
 * expression cannot make of a duration, hence this source. Its ordinal is below application.properties, and the
 * driver lets parameters in the JDBC URL win over these.
 */
public class DatabaseTimeouts implements ConfigSourceFactory {

    static final String DEFAULT_SOCKET_TIMEOUT = "5s";
    static final String SOCKET_TIMEOUT = "access.database.socket-timeout";
    private static final String DRIVER = "quarkus.datasource.jdbc.additional-jdbc-properties.";
    private static final int ORDINAL = 240;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(SOCKET_TIMEOUT);
        String value =
                configured == null || configured.getValue() == null ? DEFAULT_SOCKET_TIMEOUT : configured.getValue();
        String seconds = Long.toString(wholeSeconds(DurationConverter.parseDuration(value.trim())));
        return List.of(new PropertiesConfigSource(
                Map.of(
                        DRIVER + "socketTimeout", seconds,
                        DRIVER + "connectTimeout", seconds,
                        DRIVER + "loginTimeout", seconds),
                "database timeouts",
                ORDINAL));
    }

    /** Rounded up, and at least 1: the driver reads 0 as "wait for ever". */
    static long wholeSeconds(Duration timeout) {
        long seconds = timeout.toSeconds() + (timeout.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
