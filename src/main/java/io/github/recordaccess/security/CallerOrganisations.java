package io.github.recordaccess.security;

import io.quarkus.logging.Log;
import io.quarkus.oidc.UserInfo;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives every signed-in caller the organisations their scope is for, once, as they authenticate: from the token claim
 * {@code access.scope.ods-claim} (a string or an array of ODS codes), or, for CIS2 sign-in to the pages, from the
 * person's selected role, whose mapped roles then replace any the token carries ({@link Cis2SelectedRole}).
 */
@ApplicationScoped
public class CallerOrganisations implements SecurityIdentityAugmentor {

    static final String ATTRIBUTE = "record-access.organisations";
    private static final String PAGES_TENANT = "web";

    private final ScopeConfig config;

    public CallerOrganisations(ScopeConfig config) {
        this.config = config;
    }

    /** The organisations given to this caller; none for an anonymous one. */
    @SuppressWarnings("unchecked")
    static Set<String> of(SecurityIdentity identity) {
        Object organisations = identity.getAttribute(ATTRIBUTE);
        return organisations instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return identity.isAnonymous()
                ? Uni.createFrom().item(identity)
                : Uni.createFrom().item(() -> augmented(identity));
    }

    SecurityIdentity augmented(SecurityIdentity identity) {
        if (config.cis2() && PAGES_TENANT.equals(identity.getAttribute("tenant-id"))) {
            return withCis2Role(identity);
        }
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ATTRIBUTE, codes(claim(identity, config.odsClaim())))
                .build();
    }

    private SecurityIdentity withCis2Role(SecurityIdentity identity) {
        Object userInfo = identity.getAttribute("userinfo");
        JsonArray nrbac = userInfo instanceof UserInfo info ? info.getArray("nhsid_nrbac_roles") : null;
        Object selected = claim(identity, "selected_roleid");
        Cis2SelectedRole role =
                Cis2SelectedRole.of(selected == null ? null : text(selected), nrbac, config.cis2Roles());
        if (role.why() != null) {
            Log.warnf("CIS2 sign-in gives no access here: %s", role.why());
        }
        // CIS2 knows none of the service's roles: only the mapped ones count, never a "roles" claim.
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(role.roles())
                .addAttribute(ATTRIBUTE, role.organisation() == null ? Set.of() : Set.of(role.organisation()));
        builder.addPermissionChecker(identity::checkPermission);
        return builder.build();
    }

    private static Object claim(SecurityIdentity identity, String name) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(name) : null;
    }

    /** One code, or an array of them, as the token gives it; anything else gives none. */
    static Set<String> codes(Object claim) {
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.stream()
                    .filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString())
                    .forEach(codes::add);
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> codes.add(text(v)));
        } else if (claim != null) {
            codes.add(text(claim));
        }
        codes.removeIf(c -> c == null || c.isBlank());
        return Set.copyOf(codes);
    }

    private static String text(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value instanceof JsonValue ? null : String.valueOf(value);
    }
}
