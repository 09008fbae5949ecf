package io.github.recordaccess.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** With the pages' sign-in on, settings that would let another site sign a person out, or redirect them, are refused. */
class SecurityStartupTest {

    private static final Map<String, String> SIGN_IN = Map.of(
            "quarkus.http.auth.permission.api.policy", "permit",
            "quarkus.http.auth.permission.pages.policy", "read",
            "quarkus.oidc.web.tenant-enabled", "true");

    @Test
    void quarkusOidcsOwnLogoutPathIsRefusedForItSignsOutOnAnyGet() {
        Map<String, String> config = new HashMap<>(SIGN_IN);
        config.put("quarkus.oidc.web.logout.path", "/sign-out");

        assertThatThrownBy(() -> start(config, Optional.of(List.of("record-access.example.org"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("QUARKUS_OIDC_WEB_LOGOUT_PATH")
                .hasMessageContaining("ACCESS_PAGES_SIGN_OUT_AT_PROVIDER");
    }

    @Test
    void signInWithoutAllowedHostsIsRefused() {
        for (Optional<List<String>> hosts : List.<Optional<List<String>>>of(Optional.empty(), Optional.of(List.of()))) {
            assertThatThrownBy(() -> start(SIGN_IN, hosts))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("ACCESS_PAGES_ALLOWED_HOSTS");
        }
    }

    @Test
    void signInWithAllowedHostsAndNoLogoutPathStarts() {
        assertThatCode(() -> start(SIGN_IN, Optional.of(List.of("record-access.example.org"))))
                .doesNotThrowAnyException();
    }

    @Test
    void cis2SignInWithoutUserinfoIsRefusedForTheSelectedRoleIsOnlyThere() {
        Map<String, String> config = new HashMap<>(SIGN_IN);
        config.put("access.scope.cis2", "true");

        assertThatThrownBy(() -> start(config, Optional.of(List.of("record-access.example.org"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("QUARKUS_OIDC_WEB_AUTHENTICATION_USER_INFO_REQUIRED=true")
                .hasMessageContaining("nationalrbacaccess,selectedrole");

        config.put("quarkus.oidc.web.authentication.user-info-required", "true");
        assertThatCode(() -> start(config, Optional.of(List.of("record-access.example.org"))))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutSignInNoHostIsNeeded() {
        assertThatCode(() -> start(Map.of("quarkus.http.auth.permission.api.policy", "permit"), Optional.empty()))
                .doesNotThrowAnyException();
    }

    private static void start(Map<String, String> settings, Optional<List<String>> hosts) {
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "test", 500))
                .build();
        PagesAccess pages = new PagesAccess() {
            @Override
            public Optional<List<String>> allowedHosts() {
                return hosts;
            }

            @Override
            public boolean signOutAtProvider() {
                return false;
            }
        };
        new SecurityStartup(config, pages).check(null);
    }
}
