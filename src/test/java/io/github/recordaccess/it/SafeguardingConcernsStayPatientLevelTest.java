package io.github.recordaccess.it;

import static io.github.recordaccess.it.SafeguardingPractice.AS_OF;
import static io.github.recordaccess.it.SafeguardingPractice.LIST;
import static io.github.recordaccess.it.SafeguardingPractice.ODS;
import static io.github.recordaccess.it.SafeguardingPractice.PRACTICE;
import static io.github.recordaccess.it.SafeguardingPractice.WITH_CONCERN;
import static io.github.recordaccess.it.SafeguardingPractice.nhs;
import static io.github.recordaccess.it.SafeguardingPractice.patientPath;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.Coding;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A safeguarding concern is patient-level data (issue 22, "Nothing leaks"): it shows where patients are listed,
 * and as a count in the practice's summary, but never in figures-only views (the ICB overview), metrics or
 * ordinary logs.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class SafeguardingConcernsStayPatientLevelTest {

    private static final Pattern ANY_NHS_NUMBER = Pattern.compile("(?<!\\d)999\\d{7}(?!\\d)");

    @InjectFhirServer
    FhirStub fhir;

    @Inject
    CodeSets codeSets;

    @BeforeEach
    void serve() {
        SafeguardingPractice.serve(fhir);
    }

    @Test
    void theIcbOverviewCarriesNoConcernInJsonNorCsv() {
        String json = given().queryParam("asOf", AS_OF)
                .queryParam("ods", ODS)
                .header("Cache-Control", "no-cache")
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(200)
                // The practice was evaluated, concerns and all.
                .body("practices[0].status", equalTo("OK"))
                .body("practices[0].patients", equalTo(PRACTICE.patients().size()))
                .extract()
                .asString();
        String csv = given().accept("text/csv")
                .queryParam("asOf", AS_OF)
                .queryParam("ods", ODS)
                .when()
                .get("/api/v1/practices")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        for (String overview : List.of(json, csv)) {
            assertThat(overview).contains(ODS);
            assertNoConcern(overview);
        }
    }

    @Test
    void theMetricsCarryNoConcern() {
        evaluateEverything();

        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // The evaluations were counted (by recommendation only).
        assertThat(metrics).contains("recommendations_total{recommendation=\"REVIEW_REQUIRED\"}");
        assertNoConcern(metrics);
    }

    @Test
    void theLogsOfAnEvaluationNameNoPatientWithAConcern() throws Exception {
        List<String> ordinary;
        List<JsonNode> audit;
        try (LogCapture capture = LogCapture.install()) {
            evaluateEverything();
            ordinary = AuditEvents.ordinary(capture);
            audit = AuditEvents.in(capture);
        }

        assertThat(ordinary).noneMatch(line -> ANY_NHS_NUMBER.matcher(line).find());
        for (String line : ordinary) {
            assertNoConcern(line);
        }
        // The audit names who was looked at, as it must, and nothing of what their record holds.
        assertThat(audit).isNotEmpty();
        for (JsonNode event : audit) {
            String text = event.toString();
            assertThat(text).doesNotContain("SAFEGUARDING").doesNotContain("CONSIDER_104");
            concernCodes().forEach(code -> assertThat(text).doesNotContain(code));
        }
    }

    /** The practice's list, CSV, summary and checklist afresh, and each patient with a concern on their own. */
    private static void evaluateEverything() {
        given().queryParam("asOf", AS_OF)
                .queryParam("size", 1000)
                .header("Cache-Control", "no-cache")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo(PRACTICE.patients().size()));
        given().accept("text/csv")
                .queryParam("asOf", AS_OF)
                .queryParam("reason", "SAFEGUARDING_CONCERN")
                .when()
                .get(LIST)
                .then()
                .statusCode(200);
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/practices/" + ODS + "/summary")
                .then()
                .statusCode(200)
                .body("safeguardingConcerns", equalTo(WITH_CONCERN.size()));
        given().queryParam("asOf", AS_OF)
                .queryParam("system", "TPP")
                .queryParam("live", "true")
                .when()
                .get("/api/v1/practices/" + ODS + "/checklist")
                .then()
                .statusCode(200);
        for (Patient patient : WITH_CONCERN) {
            given().queryParam("asOf", AS_OF)
                    .when()
                    .get(patientPath(patient))
                    .then()
                    .statusCode(200)
                    .body("reasons", hasItem("SAFEGUARDING_CONCERN"));
        }
    }

    /** Neither the reason, the action, a concern code, nor a patient with a concern (by NHS number or id). */
    private void assertNoConcern(String text) {
        assertThat(text)
                .doesNotContain("SAFEGUARDING_CONCERN")
                .doesNotContain("CONSIDER_104_SAFEGUARDING")
                .doesNotContainPattern(ANY_NHS_NUMBER);
        concernCodes().forEach(code -> assertThat(text).doesNotContain(code));
        for (Patient patient : WITH_CONCERN) {
            assertThat(text).doesNotContain(nhs(patient)).doesNotContain(patient.getIdPart());
        }
    }

    private List<String> concernCodes() {
        List<String> codes = new ArrayList<>();
        codeSets.of(CodeKind.SAFEGUARDING_CONCERN).stream().map(Coding::code).forEach(codes::add);
        assertThat(codes).isNotEmpty();
        return codes;
    }
}
