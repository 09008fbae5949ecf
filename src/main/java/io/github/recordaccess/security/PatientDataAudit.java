package io.github.recordaccess.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One {@code patient-data-access} event for every answer of a {@link PatientDataAudited} method, failures
 * included. Refusals (401, 403) are {@code access-refused} events instead, and answers that matched no
 * route, method or media type (404, 405, 406) carry no patient data and leave none.
 */
public class PatientDataAudit {

    private static final Set<Integer> NOT_PATIENT_DATA = Set.of(401, 403, 404, 405, 406);

    private final AuditLog log;
    private final AuditDetails details;

    public PatientDataAudit(AuditLog log, AuditDetails details) {
        this.log = log;
        this.details = details;
    }

    @ServerResponseFilter
    public void audit(
            ContainerRequestContext request,
            ContainerResponseContext response,
            ResourceInfo resource,
            RoutingContext rc) {
        PatientDataAudited audited = resource == null || resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(PatientDataAudited.class);
        if (audited == null || NOT_PATIENT_DATA.contains(response.getStatus())) {
            return;
        }
        Map<String, Object> event =
                log.answered("patient-data-access", request, rc, audited.value(), response.getStatus());
        event.putAll(details.fields());
        log.write(event);
    }
}
