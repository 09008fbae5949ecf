package io.github.recordaccess.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recordaccess.api.RecommendationPage;
import io.github.recordaccess.api.RecommendationView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One structured audit event, as JSON in the {@code record-access.audit} log category, for every call
 * that returns patient data: who (sub, client id), what (endpoint, practice, the NHS numbers asked for or
 * the number of patients returned), the outcome and a request id. Ordinary logs carry no patient data.
 */
public class AuditLog {

    public static final String CATEGORY = "record-access.audit";
    static final String REQUEST_ID = "X-Request-Id";
    private static final Logger AUDIT = Logger.getLogger(CATEGORY);
    private static final Pattern PATIENT = Pattern.compile("/api/v1/patients/([^/]*)/access-recommendation/?");
    private static final Pattern PRACTICE_LIST = Pattern.compile("/api/v1/practices/([^/]*)/access-recommendations/?");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(SecurityIdentity identity, ObjectMapper json, Clock clock) {
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    /** A caller-supplied request id is kept when it is plainly an id; otherwise one is made. */
    @ServerRequestFilter
    public void assignRequestId(ContainerRequestContext request) {
        String given = request.getHeaderString(REQUEST_ID);
        request.setProperty(REQUEST_ID, given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString());
    }

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response) {
        String requestId = (String) request.getProperty(REQUEST_ID);
        if (requestId != null) {
            response.getHeaders().putSingle(REQUEST_ID, requestId);
        }
        String path = request.getUriInfo().getPath();
        Matcher patient = PATIENT.matcher(path);
        Matcher list = PRACTICE_LIST.matcher(path);
        if (!patient.matches() && !list.matches()) {
            return;
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "patient-data-access");
        event.put("time", clock.instant().toString());
        event.put("requestId", requestId);
        event.put("caller", caller());
        event.put("method", request.getMethod());
        event.put("status", response.getStatus());
        Object entity = response.getEntity();
        if (patient.matches()) {
            event.put("endpoint", "/api/v1/patients/{nhsNumber}/access-recommendation");
            event.put("nhsNumbers", List.of(patient.group(1)));
            event.put("practice", entity instanceof RecommendationView view ? view.practiceOdsCode() : null);
        } else {
            event.put("endpoint", "/api/v1/practices/{odsCode}/access-recommendations");
            event.put("practice", list.group(1).toUpperCase(java.util.Locale.ROOT));
            event.put("format", entity instanceof String ? "csv" : "json");
            event.put("patientsReturned", patientsReturned(entity));
            event.put("query", request.getUriInfo().getQueryParameters().keySet());
        }
        try {
            AUDIT.info(json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            AUDIT.errorf("audit event could not be written for request %s", requestId);
        }
    }

    private Map<String, Object> caller() {
        Map<String, Object> caller = new LinkedHashMap<>();
        if (identity == null || identity.isAnonymous()) {
            caller.put("sub", "anonymous");
            return caller;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            caller.put("sub", jwt.getSubject());
            Object clientId = jwt.getClaim("azp") != null ? jwt.getClaim("azp") : jwt.getClaim("client_id");
            caller.put("clientId", clientId == null ? null : clientId.toString());
        } else {
            caller.put("sub", identity.getPrincipal().getName());
        }
        caller.put("roles", identity.getRoles());
        return caller;
    }

    private static int patientsReturned(Object entity) {
        if (entity instanceof RecommendationPage page) {
            return page.items().size();
        }
        if (entity instanceof String csv) {
            return (int) Math.max(0, csv.lines().count() - 1);
        }
        return 0;
    }
}
