package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that rejects chained parameters is searched per batch of patients, with the same answers. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(ChainFallbackTest.FreshApp.class)
class ChainFallbackTest {

    /** Its own application, because the fallback, once taken, lasts for the application's life. */
    public static class FreshApp implements QuarkusTestProfile {}

    static final PracticeFixture PRACTICE = PracticeFixture.standard("C12345", "org-c", 300);

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        fhir.servePatientBatches(PRACTICE, PAGE_SIZE);
        OperationOutcome rejected = new OperationOutcome();
        rejected.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID)
                .setDiagnostics("Invalid/unsupported chained parameter: patient.general-practitioner");
        fhir.server()
                .stubFor(get(urlPathMatching(FhirStub.BASE_PATH + "/(Observation|Condition)"))
                        .withQueryParam("patient.general-practitioner", equalTo("Organization/org-c"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(400)
                                .withHeader("Content-Type", FhirStub.FHIR_JSON)
                                .withBody(FhirFixtures.toJson(rejected))));
    }

    @Test
    void aRejectedChainFallsBackToPatientBatchesWithTheSameAnswers() {
        given().when()
                .get("/q/health/group/fhir")
                .then()
                .statusCode(200)
                .body(
                        "checks.find { it.name == 'fhir-server' }.data.codeSearch",
                        org.hamcrest.Matchers.equalTo("chained"));
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/C12345/summary")
                .then()
                .statusCode(200)
                .body("patients", equalTo(11))
                .body("recommendations.OFFER_OPT_IN", equalTo(3))
                .body("recommendations.PROVISION_ACCESS", equalTo(3))
                .body("recommendations.REVIEW_REQUIRED", equalTo(2))
                .body("bulkCoded104", equalTo(2));

        List<LoggedRequest> requests = fhir.fhirRequests();
        // The chained searches run side by side, so up to all of them are sent before the first rejection returns.
        assertThat(requests)
                .filteredOn(r -> r.getUrl().contains("patient.general-practitioner"))
                .hasSizeBetween(1, PracticeFixture.CODE_SEARCHES);
        // ceil(11/3) = 4 batches of patients × one search per resource type (every configured code value,
        // safeguarding concerns included, OR'd), one page each.
        List<LoggedRequest> batches = requests.stream()
                .filter(r -> r.getMethod().getName().equals("POST"))
                .toList();
        assertThat(batches)
                .hasSize(4 * 2)
                .allSatisfy(r -> assertThat(r.getUrl().split("\\?", -1)[0])
                        .matches(FhirStub.BASE_PATH + "/(Observation|Condition)/_search"));
        for (String type : List.of("/Observation/_search", "/Condition/_search")) {
            assertThat(batches)
                    .filteredOn(r -> r.getUrl().split("\\?", -1)[0].endsWith(type))
                    .extracting(r -> r.formParameter("code").firstValue())
                    .containsExactlyInAnyOrderElementsOf(PracticeFixture.codeValuesOfBatches(4));
        }

        fhir.server().resetRequests();
        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/C12345/summary")
                .then()
                .statusCode(200)
                .body("patients", equalTo(11));
        assertThat(fhir.fhirRequests())
                .isNotEmpty()
                .noneMatch(r -> r.getUrl().contains("patient.general-practitioner"));

        // The choice is shown where operators look: the FHIR health group's data and a gauge.
        given().when()
                .get("/q/health/group/fhir")
                .then()
                .statusCode(200)
                .body(
                        "checks.find { it.name == 'fhir-server' }.data.codeSearch",
                        org.hamcrest.Matchers.equalTo("patient-batch"));
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics)
                .contains("fhir_code_search{mode=\"patient_batch\"} 1.0")
                .contains("fhir_code_search{mode=\"chained\"} 0.0");
    }
}
