package io.github.recordaccess.registry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the service waits for its database ({@code access.database.*}). */
@ConfigMapping(prefix = "access.database")
public interface DatabaseConfig {

    /**
     * Longest wait for PostgreSQL to connect, to log in, and to answer any one statement (the driver's connectTimeout,
     * loginTimeout and socketTimeout, in whole seconds rounded up): a frozen database is a 503 after this. Default 5 s.
     */
    @WithDefault(DatabaseTimeouts.DEFAULT_SOCKET_TIMEOUT)
    Duration socketTimeout();

    /**
     * Longest wait of a registry change for another one to finish, then 409 registry-changed. At least 1 s shorter than
     * socket-timeout, so that a busy registry is never taken for a frozen database. Default 3 s.
     */
    @WithDefault("3s")
    Duration lockWait();
}
