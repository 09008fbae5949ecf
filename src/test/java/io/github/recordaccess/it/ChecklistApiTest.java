package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checklist takes the practice's system and go-live from the registry unless the query gives them,
 * counts each step's worklist, and adds the service's own worklists (serviceSteps). The standard practice
 * as of 2024-06-01: 2 bulk-coded 104s, 3 OFFER_OPT_IN, 3 PROVISION_ACCESS, 2 REVIEW_REQUIRED; after a
 * go-live of 2023-10-31, a 106 (p04) and two withholding codes (p06, p08) postdate it.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class ChecklistApiTest {

    static final String ODS = "C12345";
    static final PracticeFixture PRACTICE = PracticeFixture.standard(ODS, "org-c", 800);
    static final String CHECKLIST = "/api/v1/practices/" + ODS + "/checklist";
    static final LocalDate GO_LIVE = LocalDate.of(2023, 10, 31);

    @InjectFhirServer
    FhirStub fhir;

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @AfterEach
    void clearRegistry() {
        registry.replaceAll(List.of());
    }

    private void register(ClinicalSystem system, LocalDate goLive) {
        registry.replaceAll(List.of(new PracticeEntry(ODS, "Practice C", system, goLive)));
    }

    @Test
    void aLivePracticeInTheRegistryGetsItsStepsAndTheGoLiveWorklists() {
        register(ClinicalSystem.EMIS, GO_LIVE);

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(200)
                .body("system", equalTo("EMIS"))
                .body("live", equalTo(true))
                .body("steps.id", contains("ADVERTISE_AND_COUNSEL", "UPDATE_WEBSITE", "INFORM_ICB"))
                .body(
                        "serviceSteps.id",
                        contains("RESOLVE_RECORDS", "TURNING_16", "CHECK_EXISTING_ACCESS", "ENABLE_ACCESS_MANUALLY"))
                .body("serviceSteps.patients", contains(2, 0, 2, 1))
                .body(
                        "serviceSteps.href",
                        contains(
                                "/api/v1/practices/C12345/access-recommendations?recommendation=REVIEW_REQUIRED&asOf=2024-06-01",
                                "/api/v1/practices/C12345/access-recommendations?turning16Within=90&asOf=2024-06-01",
                                "/api/v1/practices/C12345/access-recommendations?action=CHECK_EXISTING_ACCESS&asOf=2024-06-01",
                                "/api/v1/practices/C12345/access-recommendations?action=ENABLE_ACCESS_MANUALLY&asOf=2024-06-01"))
                .body("serviceSteps.find { it.id == 'RESOLVE_RECORDS' }.recommendation", equalTo("REVIEW_REQUIRED"))
                .body("serviceSteps[0]", not(hasKey("number")))
                .body("serviceSteps.find { it.id == 'TURNING_16' }.text", containsString("EMIS"));
    }

    @Test
    void aPracticeWhoseGoLiveDateIsAfterAsOfIsNotLive() {
        register(ClinicalSystem.EMIS, LocalDate.of(2024, 6, 2));

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(200)
                .body("live", equalTo(false))
                .body("steps", hasSize(5))
                .body("serviceSteps.id", contains("RESOLVE_RECORDS", "TURNING_16"));
    }

    @Test
    void aRegisteredPracticeWithoutGoLiveDateIsNotLive() {
        register(ClinicalSystem.TPP, null);

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(200)
                .body("system", equalTo("TPP"))
                .body("live", equalTo(false))
                .body("steps", hasSize(6))
                .body(
                        "serviceSteps.find { it.id == 'TURNING_16' }.text",
                        containsString("TPP will not start their access by itself at 16"));
    }

    @Test
    void theQueryOverridesTheRegistry() {
        register(ClinicalSystem.EMIS, GO_LIVE);

        given().queryParam("asOf", "2024-06-01")
                .queryParam("system", "TPP")
                .queryParam("live", "false")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(200)
                .body("system", equalTo("TPP"))
                .body("live", equalTo(false))
                .body(
                        "steps.id",
                        contains(
                                "CODE_AT_RISK_AND_RESCIND_BULK_104",
                                "ADVERTISE_AND_COUNSEL",
                                "TPP_BULK_PROVISION",
                                "TPP_DEFAULT_PROSPECTIVE_ACCESS",
                                "UPDATE_WEBSITE",
                                "INFORM_ICB"))
                .body("serviceSteps.id", contains("RESOLVE_RECORDS", "TURNING_16"))
                .body(
                        "serviceSteps.find { it.id == 'TURNING_16' }.text",
                        containsString("TPP will not start their access by itself at 16"));

        given().queryParam("asOf", "2024-06-01")
                .queryParam("system", "TPP")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(200)
                .body("system", equalTo("TPP"))
                .body("live", equalTo(true))
                .body("steps.id", contains("ADVERTISE_AND_COUNSEL", "UPDATE_WEBSITE", "INFORM_ICB"));
    }

    @Test
    void checklistAttachesLiveCountsAndLinks() {
        given().queryParam("asOf", "2024-06-01")
                .queryParam("system", "TPP")
                .queryParam("live", "false")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(200)
                .body("practiceOdsCode", equalTo(ODS))
                .body("model", equalTo("OPT_OUT"))
                .body("steps.number", contains(1, 2, 3, 4, 5, 6))
                .body("steps.find { it.id == 'CODE_AT_RISK_AND_RESCIND_BULK_104' }.patients", equalTo(2))
                .body(
                        "steps.find { it.id == 'CODE_AT_RISK_AND_RESCIND_BULK_104' }.href",
                        equalTo("/api/v1/practices/C12345/access-recommendations?bulkCoded104=true&asOf=2024-06-01"))
                .body("steps.find { it.id == 'CODE_AT_RISK_AND_RESCIND_BULK_104' }", not(hasKey("recommendation")))
                .body("steps.find { it.id == 'TPP_BULK_PROVISION' }.patients", equalTo(3))
                .body(
                        "steps.find { it.id == 'TPP_BULK_PROVISION' }.href",
                        equalTo(
                                "/api/v1/practices/C12345/access-recommendations?recommendation=PROVISION_ACCESS&asOf=2024-06-01"))
                .body("steps.find { it.id == 'ADVERTISE_AND_COUNSEL' }.patients", equalTo(3))
                .body("steps.find { it.id == 'ADVERTISE_AND_COUNSEL' }.recommendation", equalTo("OFFER_OPT_IN"))
                .body("steps.find { it.id == 'UPDATE_WEBSITE' }", not(hasKey("patients")))
                .body("closingDuty.recommendation", equalTo("PROVISION_ACCESS"))
                .body("closingDuty.patients", equalTo(3));
    }

    @Test
    void everyStepsCountIsTheTotalOfTheListItLinks() {
        register(ClinicalSystem.TPP, GO_LIVE);
        // As of 2026-01-01, p06 (born 2010-03-01) turns 16 within 90 days.
        JsonPath checklist = given().queryParam("asOf", "2026-01-01")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> linked = new java.util.ArrayList<>();
        linked.addAll(checklist.getList("steps"));
        linked.addAll(checklist.getList("serviceSteps"));
        linked.add(checklist.getMap("closingDuty"));
        assertThat(linked).filteredOn(s -> s.containsKey("href")).hasSize(6);
        assertThat(checklist.getInt("serviceSteps.find { it.id == 'TURNING_16' }.patients"))
                .isEqualTo(1);

        for (Map<String, Object> step : linked) {
            if (!step.containsKey("href")) {
                continue;
            }
            int total = given().urlEncodingEnabled(false)
                    .when()
                    .get((String) step.get("href"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("total");
            assertThat(total).as((String) step.get("id")).isEqualTo(step.get("patients"));
        }
    }

    @Test
    void liveByTheQueryWithoutAGoLiveDateAsksForOneInsteadOfCountingZero() {
        given().queryParam("asOf", "2024-06-01")
                .queryParam("system", "EMIS")
                .queryParam("live", "true")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(200)
                .body("serviceSteps.id", contains("RESOLVE_RECORDS", "TURNING_16", "RECORD_GO_LIVE_DATE"))
                .body("serviceSteps.find { it.id == 'RECORD_GO_LIVE_DATE' }", not(hasKey("patients")))
                .body("serviceSteps.find { it.id == 'RECORD_GO_LIVE_DATE' }", not(hasKey("href")));
    }

    @Test
    void withoutRegistryEntryOrQueryTheChecklistIsRefused() {
        given().queryParam("live", "true")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/missing-practice-profile"))
                .body("detail", containsString("?system="))
                .body("detail", containsString("practice registry"));
        given().queryParam("system", "EMIS")
                .when()
                .get(CHECKLIST)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/missing-practice-profile"))
                .body("detail", containsString("?live="));
        assertThat(fhir.fhirRequests()).isEmpty();
    }
}
