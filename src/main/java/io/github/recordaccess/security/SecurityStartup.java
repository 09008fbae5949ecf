package io.github.recordaccess.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * Says at start-up whether /api is protected, and refuses to start in production when it should be but
 * no way to verify tokens is configured.
 */
@ApplicationScoped
public class SecurityStartup {

    private final Config config;

    public SecurityStartup(Config config) {
        this.config = config;
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
                "Authentication is ON: /api needs a bearer token with the role %s",
                config.getOptionalValue("quarkus.http.auth.policy.reader.roles-allowed", String.class)
                        .orElse("?"));
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
            boolean atProvider = config.getOptionalValue("quarkus.oidc.web.logout.path", String.class)
                    .isPresent();
            Log.infof(
                    "Sign-in for the pages is ON (authorization code flow); they need the reader role too. Sign-out ends %s.",
                    atProvider
                            ? "the session here and at the identity provider"
                            : "the session here only (QUARKUS_OIDC_WEB_LOGOUT_PATH=/sign-out would end the provider's too)");
        }
    }
}
