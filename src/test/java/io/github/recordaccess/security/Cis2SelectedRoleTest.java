package io.github.recordaccess.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The selected CIS2 role, found by person_roleid among nhsid_nrbac_roles, and the roles the configured map gives it. */
class Cis2SelectedRoleTest {

    /** Shaped as CIS2's userinfo gives it: a GP practice role and a commissioning role at an ICB. */
    private static final JsonArray NRBAC =
            Json.createReader(new StringReader("""
            [
              {"person_orgid": "555254239107", "person_roleid": "555254240100", "org_code": "A12345",
               "role_name": "\\"Clinical\\":\\"Clinical Provision\\":\\"GP Partner\\"",
               "role_code": "S8000:G8000:R8003", "activities": ["Manage Patient Online Access"],
               "activity_codes": ["B0360"]},
              {"person_orgid": "555254239108", "person_roleid": "555254240101", "org_code": "QWE",
               "role_code": "S8002:G8001:R8008", "activity_codes": ["B0264"]}
            ]
            """)).readArray();

    private static final Map<String, List<String>> MAP = Map.of(
            "R8003", List.of(Scope.PRACTICE),
            "B0264", List.of(Scope.ICB),
            "S8002:G8001:R8008", List.of(Scope.ICB));

    @Test
    void theSelectedRolesOrganisationAndMappedRoleCodeGivePracticeAccess() {
        Cis2SelectedRole role = Cis2SelectedRole.of("555254240100", NRBAC, MAP);

        assertThat(role.roles()).containsExactly(Scope.PRACTICE);
        assertThat(role.organisation()).isEqualTo("A12345");
        assertThat(role.why()).isNull();
    }

    @Test
    void anotherSelectedRoleGivesItsOwnOrganisationAndRoles() {
        Cis2SelectedRole role = Cis2SelectedRole.of("555254240101", NRBAC, MAP);

        assertThat(role.roles()).containsExactly(Scope.ICB);
        assertThat(role.organisation()).isEqualTo("QWE");
    }

    @Test
    void anActivityCodeAloneCanGiveARole() {
        Cis2SelectedRole role = Cis2SelectedRole.of("555254240100", NRBAC, Map.of("B0360", List.of(Scope.PRACTICE)));

        assertThat(role.roles()).containsExactly(Scope.PRACTICE);
    }

    @Test
    void anUnmappedRoleGetsNothingAndSaysWhy() {
        Cis2SelectedRole role = Cis2SelectedRole.of("555254240100", NRBAC, Map.of("R9999", List.of(Scope.READER)));

        assertThat(role.roles()).isEmpty();
        assertThat(role.why()).contains("maps none", "R8003");
    }

    @Test
    void withoutASelectedRoleOrItsEntryNothingIsGiven() {
        for (Cis2SelectedRole role : List.of(
                Cis2SelectedRole.of(null, NRBAC, MAP),
                Cis2SelectedRole.of("555254240199", NRBAC, MAP),
                Cis2SelectedRole.of("555254240100", null, MAP))) {
            assertThat(role.roles()).isEmpty();
            assertThat(role.organisation()).isNull();
            assertThat(role.why()).isNotBlank();
        }
    }

    @Test
    void aRoleOfAnotherOrganisationNeverLendsItsRoles() {
        // The person holds an ICB role too, but chose the practice one: only the chosen role counts.
        Cis2SelectedRole role = Cis2SelectedRole.of("555254240100", NRBAC, MAP);

        assertThat(role.roles()).doesNotContain(Scope.ICB);
        assertThat(Set.of(role.organisation())).doesNotContain("QWE");
    }
}
