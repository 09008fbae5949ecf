package io.github.recordaccess.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits the edge filters enforce ({@code access.http.*}). */
@ConfigMapping(prefix = "access.http")
public interface HttpLimits {

    /** The largest request body, checked from Content-Length before it is read. Uploads under /api/v1/admin/ take up to quarkus.http.limits.max-body-size. Default 64K. */
    @WithDefault("64K")
    MemorySize maxBodySize();
}
