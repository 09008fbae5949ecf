package io.github.recordaccess.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.security.Scope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In production only the admin role changes the registry, and every change leaves an audit event; the reader and ICB
 * roles may read it (names, systems, go-live dates: no patient data), practice staff may not.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class RegistrySecurityTest {

    static final String PATH = RegistryContract.PATH;
    static final String ONE = "[{\"odsCode\":\"C81001\",\"name\":\"Hill Surgery\",\"system\":\"TPP\"}]";

    @BeforeEach
    void oneRegisteredPractice() {
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(ONE)
                .put(PATH)
                .then()
                .statusCode(200);
    }

    @Test
    void theReaderAndIcbRolesReadTheRegistryAsJsonAndCsv() {
        for (String token : List.of(TestTokens.reader(), TestTokens.withScope(List.of(Scope.ICB), List.of()))) {
            given().auth()
                    .oauth2(token)
                    .accept(ContentType.JSON)
                    .when()
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .body("odsCode", contains("C81001"))
                    .body("name", contains("Hill Surgery"));
            given().auth()
                    .oauth2(token)
                    .accept("text/csv")
                    .when()
                    .get(PATH)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .body(containsString("C81001,Hill Surgery,TPP,"));
        }
    }

    @Test
    void practiceStaffMayNotReadTheRegistry() {
        String staff = TestTokens.withScope(List.of(Scope.PRACTICE), List.of("C81001"));
        given().auth().oauth2(staff).when().get(PATH).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theIcbRoleIsRefusedEveryChange() {
        String icb = TestTokens.withScope(List.of(Scope.ICB), List.of());
        given().auth()
                .oauth2(icb)
                .contentType("text/csv")
                .body(RegistryContract.CSV)
                .put(PATH)
                .then()
                .statusCode(403);
        given().auth().oauth2(icb).when().delete(PATH + "/C81001").then().statusCode(403);
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("odsCode", contains("C81001"));
    }

    @Test
    void theReaderRoleIsRefusedEveryChangeAndChangesNothing() {
        String reader = TestTokens.reader();
        given().auth()
                .oauth2(reader)
                .contentType(ContentType.JSON)
                .body("[]")
                .put(PATH)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(reader)
                .contentType("text/csv")
                .body(RegistryContract.CSV)
                .put(PATH)
                .then()
                .statusCode(403);
        given().auth().oauth2(reader).when().delete(PATH + "/C81001").then().statusCode(403);
        given().auth()
                .oauth2(reader)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"system\":\"EMIS\"}")
                .put(PATH + "/C81009")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("odsCode", contains("C81001"));
    }

    @Test
    void withoutATokenTheAdminApiIs401() {
        given().when().get(PATH).then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void theAdminRoleReadsNoPatientData() {
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("ods", "C81001")
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(403);
    }

    @Test
    void theCallersClientIsNamedAsSentWhetherInAzpOrClientId() throws Exception {
        try (LogCapture capture = LogCapture.install()) {
            given().auth()
                    .oauth2(TestTokens.adminWithClientId("icb-loader"))
                    .contentType("text/csv")
                    .body(RegistryContract.CSV)
                    .put(PATH)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(TestTokens.admin())
                    .delete(PATH + "/B82001")
                    .then()
                    .statusCode(204);
            List<JsonNode> events = AuditEvents.in(capture).stream()
                    .filter(e -> e.path("type").asText().equals("registry-change"))
                    .toList();
            assertThat(events)
                    .extracting(e -> e.path("caller").path("clientId").asText())
                    .containsExactly("icb-loader", "icb-dashboard");
        }
    }

    @Test
    void aChangeLeavesARegistryChangeEventNamingTheCaller() throws Exception {
        try (LogCapture capture = LogCapture.install()) {
            given().auth()
                    .oauth2(TestTokens.admin())
                    .contentType("text/csv")
                    .body(RegistryContract.CSV)
                    .put(PATH)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(TestTokens.admin())
                    .when()
                    .delete(PATH + "/B82001")
                    .then()
                    .statusCode(204);

            List<JsonNode> events = AuditEvents.in(capture).stream()
                    .filter(e -> e.path("type").asText().equals("registry-change"))
                    .toList();
            assertThat(events).hasSize(2);
            assertThat(events.get(0).path("method").asText()).isEqualTo("PUT");
            assertThat(events.get(0).path("endpoint").asText()).isEqualTo(PATH);
            assertThat(events.get(0).path("practicesRegistered").asInt()).isEqualTo(2);
            assertThat(events.get(0).path("caller").path("sub").asText()).isEqualTo("analyst-7");
            assertThat(events.get(1).path("method").asText()).isEqualTo("DELETE");
            assertThat(events.get(1).path("practice").asText()).isEqualTo("B82001");
            assertThat(events.get(1).path("status").asInt()).isEqualTo(204);
        }
        given().auth().oauth2(TestTokens.admin()).when().get(PATH).then().body("odsCode", contains("Y02345"));
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .get(PATH + "/Y02345")
                .then()
                .statusCode(405);
        given().auth()
                .oauth2(TestTokens.admin())
                .when()
                .post(PATH)
                .then()
                .statusCode(405)
                .header("Allow", equalTo("GET, PUT"));
    }
}
