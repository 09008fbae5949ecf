package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call that returns patient data leaves one structured audit event; ordinary logs stay free of patient data. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class AuditTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("U12345", "org-u", 1000);

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @Test
    void eachPatientDataCallWritesOneAuditEvent() throws Exception {
        String nhs = PRACTICE.patient(0).getIdentifierFirstRep().getValue();
        List<JsonNode> events;
        List<String> ordinary;
        try (LogCapture capture = LogCapture.install()) {
            given().header("X-Request-Id", "dash-42")
                    .queryParam("asOf", "2024-06-01")
                    .when()
                    .get("/api/v1/patients/" + nhs + "/access-recommendation")
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", "dash-42");
            given().queryParam("asOf", "2024-06-01")
                    .queryParam("size", 5)
                    .when()
                    .get("/api/v1/practices/U12345/access-recommendations")
                    .then()
                    .statusCode(200);
            given().accept("text/csv")
                    .queryParam("asOf", "2024-06-01")
                    .when()
                    .get("/api/v1/practices/U12345/access-recommendations")
                    .then()
                    .statusCode(200);
            given().queryParam("asOf", "2024-06-01")
                    .when()
                    .get("/api/v1/practices/U12345/summary")
                    .then()
                    .statusCode(200);
            events = AuditEvents.in(capture);
            ordinary = AuditEvents.ordinary(capture);
        }

        assertThat(events).hasSize(3);
        JsonNode patient = events.get(0);
        assertThat(patient.get("type").asText()).isEqualTo("patient-data-access");
        assertThat(patient.get("requestId").asText()).isEqualTo("dash-42");
        assertThat(patient.get("caller").get("sub").asText()).isEqualTo("anonymous");
        assertThat(patient.get("endpoint").asText()).isEqualTo("/api/v1/patients/{nhsNumber}/access-recommendation");
        assertThat(patient.get("nhsNumbers").get(0).asText()).isEqualTo(nhs);
        assertThat(patient.get("practice").asText()).isEqualTo("U12345");
        assertThat(patient.get("status").asInt()).isEqualTo(200);
        assertThat(patient.get("time").asText()).isNotBlank();
        assertThat(events.get(1).get("patientsReturned").asInt()).isEqualTo(5);
        assertThat(events.get(1).get("format").asText()).isEqualTo("json");
        assertThat(events.get(2).get("patientsReturned").asInt()).isEqualTo(11);
        assertThat(events.get(2).get("format").asText()).isEqualTo("csv");
        assertThat(events.get(2).get("requestId").asText())
                .isNotEqualTo(events.get(1).get("requestId").asText());
        assertThat(ordinary)
                .noneMatch(l ->
                        Pattern.compile("(?<!\\d)999\\d{7}(?!\\d)").matcher(l).find());
    }

    @Test
    void aFailedLookupIsAuditedWithItsOutcome() throws Exception {
        List<JsonNode> events;
        try (LogCapture capture = LogCapture.install()) {
            given().when()
                    .get("/api/v1/patients/9990000018/access-recommendation")
                    .then()
                    .statusCode(502);
            events = AuditEvents.in(capture);
        }
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.get("status").asInt()).isEqualTo(502);
            assertThat(e.get("nhsNumbers").get(0).asText()).isEqualTo("9990000018");
        });
    }
}
