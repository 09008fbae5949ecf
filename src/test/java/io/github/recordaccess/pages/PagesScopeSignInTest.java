package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.DemoPatients;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.security.Scope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in to the pages as NHS CIS2 signs people in (issue 23): the ID token names the role the person selected
 * ({@code selected_roleid}) and carries no roles of the service's; userinfo lists every role the person holds
 * ({@code nhsid_nrbac_roles}: {@code person_roleid}, {@code org_code}, {@code role_code}). The selected role's
 * organisation is the person's, and {@code access.scope.cis2.roles} gives the service's roles for its codes: a
 * {@code roles} claim in the token (here one that would open every practice) is ignored, and so are the person's other
 * roles (here one at DEMOTPP that the map would make a reader). An unmapped selected role opens nothing, even beside a
 * mapped one it was not selected over.
 */
@QuarkusTest
@TestProfile(PagesScopeSignInTest.Cis2.class)
@WithTestResource(SyntheticFhirResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PagesScopeSignInTest {

    /** PagesSignInTest's sign-in with CIS2's scope: userinfo fetched, roles from the map, roles read from "roles". */
    public static class Cis2 extends PagesSignInTest.SignIn {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("access.scope.cis2", "true");
            config.put("quarkus.oidc.web.authentication.user-info-required", "true");
            config.put("quarkus.oidc.web.authentication.scopes", "nationalrbacaccess,selectedrole");
            // The production claim for roles, so that the token's "roles" would count if CIS2's mapping did not replace
            // them.
            config.put("quarkus.oidc.web.roles.role-claim-path", "roles");
            config.put("access.scope.cis2.roles.R8000", Scope.PRACTICE);
            config.put("access.scope.cis2.roles.R8008", Scope.READER);
            return config;
        }
    }

    static final String EMIS = DemoPractices.EMIS_ODS;
    static final String TPP = DemoPractices.TPP_ODS;

    static final String EMIS_ROLE_ID = "555000000101";
    static final String TPP_ROLE_ID = "555000000102";
    static final String UNMAPPED_ROLE_ID = "555000000103";

    /** A role in userinfo's nhsid_nrbac_roles, as CIS2 lists it. */
    static final String ROLE =
            "{\"person_roleid\": \"%s\", \"org_code\": \"%s\", \"role_code\": \"%s\", \"role_name\": \"%s\"}";

    /** General practice staff at DEMOEMIS (mapped to the practice role). */
    static final String EMIS_ROLE = ROLE.formatted(EMIS_ROLE_ID, EMIS, "S8000:G8000:R8000", "Clinical Practitioner");
    /** Another role of the same person, at DEMOTPP, whose code the map makes a reader. */
    static final String TPP_ROLE = ROLE.formatted(TPP_ROLE_ID, TPP, "S8002:G8001:R8008", "Mapped to the reader");
    /** A role at DEMOEMIS whose codes the map does not name. */
    static final String UNMAPPED_ROLE = ROLE.formatted(UNMAPPED_ROLE_ID, EMIS, "S0080:G0450:R5080", "Not mapped");

    @TestHTTPResource("/")
    URI root;

    @OidcWireMock
    WireMockServer provider;

    @Inject
    PracticeRegistry registry;

    private ProviderSignIn signIn;

    @BeforeEach
    void theDemoPracticesAreRegistered() {
        registry.replaceAll(DemoPractices.REGISTRY);
        signIn = new ProviderSignIn(provider, root);
    }

    @AfterEach
    void theProviderForgetsThem() {
        signIn.close();
    }

    @Test
    void thePersonIsHeldToTheOrganisationOfTheRoleTheySelected() throws Exception {
        ProviderSignIn.SignedIn person = signInAs("cis2-emis", EMIS_ROLE_ID, TPP_ROLE, EMIS_ROLE);

        assertThat(person.landing().statusCode()).as(person.landing().body()).isEqualTo(200);
        assertThat(person.landing().uri().getPath())
                .as("lands on their practice")
                .isEqualTo("/practices/" + EMIS);
        assertThat(person.landing().body()).contains("Demo EMIS Practice");

        String tppPatient = DemoPatients.onlyAt(TPP, EMIS).stream()
                .filter(n -> n.matches("\\d{10}"))
                .findFirst()
                .orElseThrow();
        List<JsonNode> refusals = new ArrayList<>();
        try (LogCapture capture = LogCapture.install()) {
            HttpResponse<String> otherPractice = person.session().get(root.resolve("/practices/" + TPP), false);
            assertThat(otherPractice.statusCode()).as(otherPractice.body()).isEqualTo(403);
            assertThat(otherPractice.body()).doesNotContain("Demo TPP Practice");

            HttpResponse<String> otherPatient = person.session().get(root.resolve("/patients/" + tppPatient), false);
            assertThat(otherPatient.statusCode()).as(otherPatient.body()).isEqualTo(404);

            AuditEvents.in(capture).stream()
                    .filter(e -> e.path("type").asText().equals("access-refused"))
                    .forEach(refusals::add);
        }
        assertThat(refusals).as("the 403 and the 404, each refused once").hasSize(2);
        assertThat(refusals).allSatisfy(event -> {
            assertThat(event.path("caller").path("organisations").toString()).isEqualTo("[\"" + EMIS + "\"]");
            assertThat(event.path("caller").path("roles").toString()).isEqualTo("[\"" + Scope.PRACTICE + "\"]");
        });
        assertThat(refusals.get(1).path("nhsNumber").asText()).isEqualTo(tppPatient);

        HttpResponse<String> ownPatient =
                person.session().get(root.resolve("/patients/" + DemoPatients.plainNhsNumber(EMIS)), false);
        assertThat(ownPatient.statusCode()).as("their own practice's patient").isEqualTo(200);
    }

    @Test
    void anUnmappedSelectedRoleOpensNothing() throws Exception {
        ProviderSignIn.SignedIn person = signInAs("cis2-unmapped", UNMAPPED_ROLE_ID, EMIS_ROLE, UNMAPPED_ROLE);
        String emisPatient = DemoPatients.plainNhsNumber(EMIS);

        for (String page : List.of(
                "/",
                "/practices.csv",
                "/practices/" + EMIS,
                "/practices/" + TPP,
                "/practices/" + EMIS + "/patients.csv",
                "/patients",
                "/patients/" + emisPatient)) {
            HttpResponse<String> refused = person.session().get(root.resolve(page), false);
            assertThat(refused.statusCode()).as(page + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.body()).as(page).doesNotContain("Demo EMIS Practice", emisPatient);
        }
    }

    /**
     * Signs in with an ID token that selects {@code roleId} and claims the reader role in "roles"; userinfo lists
     * {@code roles} (CIS2's entries) under nhsid_nrbac_roles.
     */
    private ProviderSignIn.SignedIn signInAs(String user, String roleId, String... roles) throws Exception {
        Map<String, Object> claims = new HashMap<>();
        claims.put("selected_roleid", roleId);
        claims.put("roles", List.of(Scope.READER));
        String userInfo = "{\"sub\": \"" + user + "\", \"nhsid_nrbac_roles\": [" + String.join(", ", roles) + "]}";
        return signIn.signIn(user, claims, userInfo, "/");
    }
}
