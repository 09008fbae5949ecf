package io.github.recordaccess.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One audit event for every answer of an {@link Audited} method, failures included, with what the method put in
 * {@link AuditDetails}: who read which patients, who changed which practices, who ran a snapshot, and when.
 */
public class AuditedAnswers {

    private final AuditLog log;
    private final AuditDetails details;

    public AuditedAnswers(AuditLog log, AuditDetails details) {
        this.log = log;
        this.details = details;
    }

    @ServerResponseFilter
    public void audit(
            ContainerRequestContext request,
            ContainerResponseContext response,
            ResourceInfo resource,
            RoutingContext rc) {
        Audited audited = resource == null || resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(Audited.class);
        if (audited == null || !audited.type().recordsStatus(response.getStatus())) {
            return;
        }
        Map<String, Object> event = log.answered(audited.type(), request, rc, audited.endpoint(), response.getStatus());
        event.putAll(details.fields());
        log.write(event);
    }
}
