package io.github.recordaccess.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who called, as audit events show it, from the identity already on the request: never blocks, never authenticates. */
final class Callers {

    private Callers() {}

    static Map<String, Object> of(RoutingContext rc) {
        SecurityIdentity identity =
                rc != null && rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
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
        caller.put("roles", new java.util.TreeSet<>(identity.getRoles()));
        caller.put("organisations", new java.util.TreeSet<>(CallerOrganisations.of(identity)));
        return caller;
    }

    static String clientAddress(RoutingContext rc) {
        return rc.request().remoteAddress() == null
                ? "unknown"
                : rc.request().remoteAddress().hostAddress();
    }
}
