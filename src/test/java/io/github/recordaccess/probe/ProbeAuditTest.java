package io.github.recordaccess.probe;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Probe finding 5: refusals leave a security event; only real patient-data answers are patient-data-access events. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class ProbeAuditTest {

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(Probe.PRACTICE, PAGE_SIZE);
    }

    @Test
    void everyRefusalIsAnAccessRefusedEventWithoutPatientData() throws Exception {
        String nhs = Probe.nhsOf(0);
        String forged = TestTokens.token(
                TestTokens.ISSUER, List.of(TestTokens.ROLE), Instant.now().plusSeconds(300), TestTokens.OTHER_KEYS);
        String noRole = TestTokens.token(
                TestTokens.ISSUER, List.of("something-else"), Instant.now().plusSeconds(300), TestTokens.KEYS);
        List<JsonNode> events;
        try (LogCapture capture = LogCapture.install()) {
            given().when().get(Probe.patientPath(nhs)).then().statusCode(401);
            given().auth()
                    .oauth2(forged)
                    .when()
                    .get(Probe.patientPath(nhs))
                    .then()
                    .statusCode(401);
            given().auth().oauth2(".").when().get(Probe.patientPath(nhs)).then().statusCode(401);
            given().auth()
                    .oauth2(noRole)
                    .header("X-Request-Id", "probe-403")
                    .when()
                    .get(Probe.patientPath(nhs))
                    .then()
                    .statusCode(403);
            given().auth().oauth2(noRole).when().get(Probe.LIST).then().statusCode(403);
            events = AuditEvents.in(capture);
        }

        assertThat(events).hasSize(5).allSatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("access-refused");
            assertThat(e.get("time").asText()).isNotBlank();
            assertThat(e.get("eventId").asText()).isNotBlank();
            assertThat(e.get("requestId").asText()).isNotBlank();
            assertThat(e.get("reason").asText()).isNotBlank();
            assertThat(e.get("clientAddress").asText()).isNotBlank();
            assertThat(e.toString()).doesNotContainPattern(Probe.ANY_NHS_NUMBER);
        });
        assertThat(events.subList(0, 4))
                .allSatisfy(e -> assertThat(e.get("path").asText())
                        .isEqualTo("/api/v1/patients/{nhsNumber}/access-recommendation"));
        assertThat(events.get(4).get("path").asText()).isEqualTo("/api/v1/practices/{odsCode}/access-recommendations");
        assertThat(events.subList(0, 3))
                .allSatisfy(e -> assertThat(e.get("status").asInt()).isEqualTo(401));
        assertThat(events.get(3).get("status").asInt()).isEqualTo(403);
        assertThat(events.get(3).get("requestId").asText()).isEqualTo("probe-403");
        assertThat(events.get(3).get("caller").get("sub").asText()).isEqualTo("analyst-7");
    }

    @Test
    void answersThatCarryNoPatientDataAreNotPatientDataAccessEvents() throws Exception {
        String nhs = Probe.nhsOf(0);
        String token = TestTokens.reader();
        List<JsonNode> events;
        try (LogCapture capture = LogCapture.install()) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(Probe.patientPath(nhs) + "/more")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(token)
                    .when()
                    .post(Probe.patientPath(nhs))
                    .then()
                    .statusCode(405);
            given().auth()
                    .oauth2(token)
                    .accept("text/html")
                    .when()
                    .get(Probe.patientPath(nhs))
                    .then()
                    .statusCode(406);
            given().auth().oauth2(token).when().delete(Probe.LIST).then().statusCode(405);
            given().auth()
                    .oauth2(token)
                    .accept("image/png")
                    .when()
                    .get(Probe.LIST)
                    .then()
                    .statusCode(406);
            events = AuditEvents.in(capture);
        }
        assertThat(events).noneMatch(e -> e.get("type").asText().equals("patient-data-access"));
    }

    @Test
    void everyEventHasItsOwnIdBesideTheCallersRequestId() throws Exception {
        String token = TestTokens.reader();
        List<JsonNode> events;
        try (LogCapture capture = LogCapture.install()) {
            for (int i = 0; i < 3; i++) {
                given().auth()
                        .oauth2(token)
                        .header("X-Request-Id", "same-id")
                        .queryParam("asOf", "2024-06-01")
                        .when()
                        .get(Probe.patientPath(Probe.nhsOf(i)))
                        .then()
                        .statusCode(200);
            }
            events = AuditEvents.in(capture);
        }
        assertThat(events)
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.get("requestId").asText()).isEqualTo("same-id"));
        Set<String> eventIds =
                events.stream().map(e -> e.get("eventId").asText()).collect(Collectors.toSet());
        assertThat(eventIds).hasSize(3).noneMatch(String::isBlank);
    }
}
