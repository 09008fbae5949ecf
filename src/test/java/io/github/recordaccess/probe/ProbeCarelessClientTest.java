package io.github.recordaccess.probe;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.RawHttp;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Probe finding 6: a careless request is refused with a reason, never answered wrongly with 200 or failed with 500. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class ProbeCarelessClientTest {

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(Probe.PRACTICE, PAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUMMARY", "LIST", "CHECKLIST", "PATIENT", "OVERVIEW"})
    void anUnknownOrMisspeltParameterIsRefusedByName(String endpoint) {
        String path = switch (endpoint) {
            case "SUMMARY" -> Probe.SUMMARY;
            case "LIST" -> Probe.LIST;
            case "CHECKLIST" -> "/api/v1/practices/P12345/checklist";
            case "PATIENT" -> Probe.patientPath(Probe.nhsOf(0));
            default -> "/api/v1/practices";
        };
        given().auth()
                .oauth2(TestTokens.reader())
                .queryParam("ASOF", "1999-01-01")
                .queryParam("asof", "x")
                .queryParam("ods", "P12345")
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType(Probe.PROBLEM_JSON)
                .body("detail", containsString("ASOF"))
                .body("detail", containsString("asof"));
        assertThat(fhir.fhirRequests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "P12345;Q12345",
                "P12345%3BQ12345",
                "P12345%7CQ12345",
                "P12345+Q12345",
                "P12345%20Q12345",
                "P12345,%20Q12345"
            })
    void aListSeparatorOtherThanACommaIsRefused(String ods) {
        given().auth()
                .oauth2(TestTokens.reader())
                .urlEncodingEnabled(false)
                .when()
                .get("/api/v1/practices?ods=" + ods)
                .then()
                .statusCode(400)
                .contentType(Probe.PROBLEM_JSON)
                .body("detail", containsString("ods"));
        assertThat(fhir.fhirRequests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept:", "Accept: ", "Accept:   \t"})
    void anEmptyAcceptMeansAnything(String accept) throws Exception {
        for (String path : new String[] {
            Probe.LIST + "?asOf=2024-06-01",
            "/api/v1/practices?ods=P12345&asOf=2024-06-01",
            Probe.SUMMARY + "?asOf=2024-06-01"
        }) {
            RawHttp.Answer answer =
                    RawHttp.get(RestAssured.port, path, "Authorization: Bearer " + TestTokens.reader(), accept);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/json");
        }
    }

    @Test
    void contentNegotiationHonoursQZero() {
        String token = TestTokens.reader();
        given().auth()
                .oauth2(token)
                .header("Accept", "text/csv;q=0")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.LIST)
                .then()
                .statusCode(406)
                .contentType(Probe.PROBLEM_JSON);
        given().auth()
                .oauth2(token)
                .header("Accept", "text/csv;q=0, application/json")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.LIST)
                .then()
                .statusCode(200)
                .contentType("application/json");
        given().auth()
                .oauth2(token)
                .header("Accept", "text/csv;q=0, */*;q=0.1")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.LIST)
                .then()
                .statusCode(200)
                .contentType("application/json");
        given().auth()
                .oauth2(token)
                .header("Accept", "application/json;q=0.5, text/csv")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.LIST)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"));
        given().auth()
                .oauth2(token)
                .header("Accept", "application/json;q=0, text/csv;q=0.2")
                .queryParam("ods", "P12345")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"));
        given().auth()
                .oauth2(token)
                .header("Accept", "application/json;q=0")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(Probe.SUMMARY)
                .then()
                .statusCode(406)
                .contentType(Probe.PROBLEM_JSON);
    }
}
