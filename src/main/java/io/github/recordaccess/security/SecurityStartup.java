package io.github.recordaccess.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Says at start-up whether /api is protected, and refuses to start in production when it should be but
 * no way to verify tokens is configured.
 */
@ApplicationScoped
public class SecurityStartup {

    private final Config config;
    private final PagesAccess pages;

    public SecurityStartup(Config config, PagesAccess pages) {
        this.config = config;
        this.pages = pages;
    }

    void check(@Observes StartupEvent event) {
        checkPages();
        String policy = config.getOptionalValue("quarkus.http.auth.permission.api.policy", String.class)
                .orElse("permit");
        boolean oidc = config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class)
                .orElse(false);
        if ("permit".equals(policy)) {
            Log.warnf(
                    "Authentication is OFF: /api is open to anyone (%s mode%s). Never run like this with real patient data.",
                    LaunchMode.current().name().toLowerCase(java.util.Locale.ROOT),
                    LaunchMode.current() == LaunchMode.DEVELOPMENT ? ", built-in demo" : "");
            return;
        }
        boolean keys = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                        .isPresent()
                || config.getOptionalValue("quarkus.oidc.public-key", String.class)
                        .isPresent();
        if (!oidc || !keys) {
            throw new ConfigurationException(
                    "Token verification is not configured: set QUARKUS_OIDC_TENANT_ENABLED=true and "
                            + "QUARKUS_OIDC_AUTH_SERVER_URL (the identity provider's issuer) or QUARKUS_OIDC_PUBLIC_KEY with QUARKUS_OIDC_TOKEN_ISSUER.");
        }
        Log.infof(
                "Authentication is ON: /api needs a bearer token with one of the roles %s (each sees what its "
                        + "scope allows; the admin routes need %s)",
                config.getOptionalValue("quarkus.http.auth.policy.read.roles-allowed", String.class)
                        .orElse("?"),
                Scope.ADMIN);
        if (config.getOptionalValue("quarkus.oidc.token.audience", String.class).isEmpty()) {
            Log.warn("QUARKUS_OIDC_TOKEN_AUDIENCE is not set: tokens issued for any audience are accepted.");
        }
    }

    /** The pages sign people in with the "web" tenant; without it they refuse everyone, and the log says why. */
    private void checkPages() {
        String policy = config.getOptionalValue("quarkus.http.auth.permission.pages.policy", String.class)
                .orElse("permit");
        boolean signIn = config.getOptionalValue("quarkus.oidc.web.tenant-enabled", Boolean.class)
                .orElse(false);
        if ("permit".equals(policy)) {
            Log.warn("The pages are open to anyone (no sign-in). Never run like this with real patient data.");
        } else if (!signIn) {
            Log.warn("Sign-in for the pages is not configured, so they refuse every caller (401): set "
                    + "QUARKUS_OIDC_WEB_TENANT_ENABLED=true, QUARKUS_OIDC_WEB_AUTH_SERVER_URL, QUARKUS_OIDC_WEB_CLIENT_ID and "
                    + "QUARKUS_OIDC_WEB_CREDENTIALS_SECRET.");
        } else {
            refuseUnsafeSignInSettings();
            Log.infof(
                    "Sign-in for the pages is ON (authorization code flow%s) for %s; they need a reading role too. "
                            + "Sign-out ends %s.",
                    cis2() ? ", NHS CIS2: roles and organisation from the selected role" : "",
                    pages.allowedHosts().orElse(List.of()),
                    pages.signOutAtProvider()
                            ? "the session here and at the identity provider"
                            : "the session here only (ACCESS_PAGES_SIGN_OUT_AT_PROVIDER=true would end the provider's too)");
        }
    }

    private boolean cis2() {
        return config.getOptionalValue("access.scope.cis2", Boolean.class).orElse(false);
    }

    /**
     * Settings that would let another site sign a person out, or send them to another host after sign-in, or a CIS2
     * sign-in that could not know the person's selected role.
     */
    private void refuseUnsafeSignInSettings() {
        if (cis2()
                && !config.getOptionalValue("quarkus.oidc.web.authentication.user-info-required", Boolean.class)
                        .orElse(false)) {
            throw new ConfigurationException(
                    "ACCESS_SCOPE_CIS2=true needs userinfo, where CIS2 lists the person's roles "
                            + "(nhsid_nrbac_roles): set QUARKUS_OIDC_WEB_AUTHENTICATION_USER_INFO_REQUIRED=true and "
                            + "QUARKUS_OIDC_WEB_AUTHENTICATION_SCOPES=nationalrbacaccess,selectedrole.");
        }
        if (config.getOptionalValue("quarkus.oidc.web.logout.path", String.class)
                .isPresent()) {
            throw new ConfigurationException("QUARKUS_OIDC_WEB_LOGOUT_PATH must not be set: quarkus-oidc answers that "
                    + "path for any GET, so any site could sign a person out with a link. Remove it; "
                    + "ACCESS_PAGES_SIGN_OUT_AT_PROVIDER=true ends the provider's session after the service's own "
                    + "sign-out form.");
        }
        if (pages.allowedHosts().filter(hosts -> !hosts.isEmpty()).isEmpty()) {
            throw new ConfigurationException("ACCESS_PAGES_ALLOWED_HOSTS is not set: with sign-in for the pages on, "
                    + "name the host names the pages answer for (comma-separated, e.g. record-access.example.org), "
                    + "so that the sign-in redirect can never name another host.");
        }
    }
}
