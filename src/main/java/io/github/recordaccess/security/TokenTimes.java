package io.github.recordaccess.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How far a token's times may reach ahead of the service's clock ({@code access.*}). */
@ConfigMapping(prefix = "access")
public interface TokenTimes {

    /** How far a token's {@code iat} may lie ahead of the service's clock (the two clocks' disagreement). Default 60 s. */
    @WithDefault("60s")
    Duration tokenClockSkew();

    /** How far ahead of now a token's {@code exp} may lie: a token valid for longer is refused. Default 24 h. */
    @WithDefault("24h")
    Duration maxTokenLifetime();
}
