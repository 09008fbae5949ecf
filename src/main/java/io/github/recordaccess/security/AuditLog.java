package io.github.recordaccess.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes audit events as JSON lines in the {@code record-access.audit} log category, one {@link AuditEventType} each.
 * Every event has its own {@code eventId}, made here, beside the caller's {@code requestId}. Ordinary logs carry no
 * patient data.
 */
@ApplicationScoped
public class AuditLog {

    public static final String CATEGORY = "record-access.audit";
    private static final Logger AUDIT = Logger.getLogger(CATEGORY);

    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Starts an event of {@code type} with its id, time and the request id; the caller adds the rest and calls {@link #write}. */
    Map<String, Object> event(AuditEventType type, String requestId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type.wireName());
        event.put("eventId", UUID.randomUUID().toString());
        event.put("time", clock.instant().toString());
        event.put("requestId", requestId);
        return event;
    }

    /** An event about one answered request: the caller, their address, the method, the route and the status. */
    Map<String, Object> answered(
            AuditEventType type, ContainerRequestContext request, RoutingContext rc, String endpoint, int status) {
        Map<String, Object> event = event(type, request.getHeaderString("X-Request-Id"));
        event.put("caller", Callers.of(rc));
        event.put("clientAddress", Callers.clientAddress(rc));
        event.put("method", request.getMethod());
        event.put("endpoint", endpoint);
        event.put("status", status);
        return event;
    }

    void write(Map<String, Object> event) {
        try {
            AUDIT.info(json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            AUDIT.errorf("audit event %s could not be written", event.get("eventId"));
        }
    }
}
