package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code fhir.code-search=patient-batch}: never a chained search. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(PatientBatchModeTest.PatientBatch.class)
class PatientBatchModeTest {

    public static class PatientBatch implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fhir.code-search", "patient-batch");
        }
    }

    static final PracticeFixture PRACTICE = PracticeFixture.standard("D12345", "org-d", 400);

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        fhir.servePatientBatches(PRACTICE, PAGE_SIZE);
    }

    @Test
    void configuredPatientBatchesCostOneSearchPerCodeTypeAndBatch() {
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/D12345/summary")
                .then()
                .statusCode(200)
                .body("patients", equalTo(11))
                .body("flags.ACTIVE_104", equalTo(4))
                .body("bulkCodingDates[0].date", equalTo("2023-10-20"));

        assertThat(fhir.fhirRequests()).noneMatch(r -> r.getUrl().contains("patient.general-practitioner"));
        // ceil(11/3) = 4 batches × one search per type, with every configured code value (concerns included) OR'd.
        List<LoggedRequest> batches = fhir.fhirRequests().stream()
                .filter(r -> r.getMethod().getName().equals("POST"))
                .toList();
        assertThat(batches).hasSize(4 * 2);
        for (String type : List.of("/Observation/_search", "/Condition/_search")) {
            assertThat(batches)
                    .filteredOn(r -> r.getUrl().split("\\?", -1)[0].endsWith(type))
                    .extracting(r -> r.formParameter("code").firstValue())
                    .containsExactlyInAnyOrderElementsOf(PracticeFixture.codeValuesOfBatches(4));
        }
    }
}
