package io.github.recordaccess.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** access.scope.*: the defaults, and CIS2's switch beside its role map (access.scope.cis2 and access.scope.cis2.roles). */
class ScopeConfigTest {

    private static ScopeConfig config(Map<String, String> settings) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "test", 250))
                .withMapping(ScopeConfig.class)
                .build()
                .getConfigMapping(ScopeConfig.class);
    }

    @Test
    void defaults() {
        ScopeConfig scope = config(Map.of());

        assertThat(scope.odsClaim()).isEqualTo("ods_codes");
        assertThat(scope.smallNumber()).isEqualTo(7);
        assertThat(scope.cis2()).isFalse();
        assertThat(scope.cis2Roles()).isEmpty();
    }

    @Test
    void aRoleCodeSetThroughTheEnvironmentGivesItsRoles() {
        ScopeConfig scope = new SmallRyeConfigBuilder()
                .withSources(new io.smallrye.config.EnvConfigSource(
                        Map.of("ACCESS_SCOPE_CIS2", "true", "ACCESS_SCOPE_CIS2_ROLES_R8003", "record-access-practice"),
                        300))
                .withMapping(ScopeConfig.class)
                .build()
                .getConfigMapping(ScopeConfig.class);

        assertThat(scope.cis2()).isTrue();
        Cis2SelectedRole role = Cis2SelectedRole.of(
                "1",
                jakarta.json.Json.createArrayBuilder()
                        .add(jakarta.json.Json.createObjectBuilder()
                                .add("person_roleid", "1")
                                .add("org_code", "A12345")
                                .add("role_code", "S8000:G8000:R8003"))
                        .build(),
                scope.cis2Roles());
        assertThat(role.roles()).containsExactly("record-access-practice");
    }

    @Test
    void cis2WithItsRoleMap() {
        ScopeConfig scope = config(Map.of(
                "access.scope.cis2", "true",
                "access.scope.cis2.roles.R8003", "record-access-practice",
                "access.scope.cis2.roles.\"S8002:G8001:R8008\"", "record-access-icb,record-access-reader"));

        assertThat(scope.cis2()).isTrue();
        assertThat(scope.cis2Roles())
                .containsEntry("R8003", List.of("record-access-practice"))
                .containsEntry("S8002:G8001:R8008", List.of("record-access-icb", "record-access-reader"));
    }
}
