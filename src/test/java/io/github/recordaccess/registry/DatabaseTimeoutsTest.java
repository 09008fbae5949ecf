package io.github.recordaccess.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PostgreSQL driver gets its timeouts from access.database.socket-timeout, and the lock wait stays below them. */
class DatabaseTimeoutsTest {

    static final String DRIVER = "quarkus.datasource.jdbc.additional-jdbc-properties.";

    @Test
    void theDriversTimeoutsAreTheSocketTimeoutInWholeSecondsRoundedUp() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(DatabaseTimeouts.SOCKET_TIMEOUT, "2500ms"), "test", 300))
                .withSources(new DatabaseTimeouts())
                .build();

        assertThat(config.getRawValue(DRIVER + "socketTimeout")).isEqualTo("3");
        assertThat(config.getRawValue(DRIVER + "connectTimeout")).isEqualTo("3");
        assertThat(config.getRawValue(DRIVER + "loginTimeout")).isEqualTo("3");
    }

    @Test
    void withoutASettingTheDriverWaitsFiveSecondsAndNeverForEver() {
        SmallRyeConfig config =
                new SmallRyeConfigBuilder().withSources(new DatabaseTimeouts()).build();

        assertThat(config.getRawValue(DRIVER + "socketTimeout")).isEqualTo("5");
        assertThat(DatabaseTimeouts.wholeSeconds(Duration.ZERO))
                .as("0 would mean no timeout")
                .isEqualTo(1);
        assertThat(DatabaseTimeouts.wholeSeconds(Duration.ofSeconds(5))).isEqualTo(5);
    }

    @Test
    void aLockWaitWithinASecondOfTheSocketTimeoutIsRefused() {
        assertThatCode(() -> RegistryChanges.refuseALockWaitNearTheSocketTimeout(
                        Duration.ofSeconds(3), Duration.ofSeconds(5)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RegistryChanges.refuseALockWaitNearTheSocketTimeout(
                        Duration.ofMillis(4500), Duration.ofSeconds(5)))
                .hasMessageContaining("ACCESS_DATABASE_LOCK_WAIT")
                .hasMessageContaining("ACCESS_DATABASE_SOCKET_TIMEOUT");
    }
}
