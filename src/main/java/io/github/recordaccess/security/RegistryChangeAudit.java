package io.github.recordaccess.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One {@code registry-change} event for every answered call of a {@link RegistryChangeAudited} method,
 * refused uploads (400) included: who changed which practices, and when. Refusals (401, 403) are
 * {@code access-refused} events instead.
 */
public class RegistryChangeAudit {

    private final AuditLog log;
    private final AuditDetails details;

    public RegistryChangeAudit(AuditLog log, AuditDetails details) {
        this.log = log;
        this.details = details;
    }

    @ServerResponseFilter
    public void audit(
            ContainerRequestContext request,
            ContainerResponseContext response,
            ResourceInfo resource,
            RoutingContext rc) {
        RegistryChangeAudited audited = resource == null || resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(RegistryChangeAudited.class);
        if (audited == null || response.getStatus() == 401 || response.getStatus() == 403) {
            return;
        }
        Map<String, Object> event = log.answered("registry-change", request, rc, audited.value(), response.getStatus());
        event.putAll(details.fields());
        log.write(event);
    }
}
