package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.rules.CodeSets;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class PracticeApiTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard(WireMockFhirResource.PROFILED_ODS, "org-a", 1);
    static final String BASE = "/api/v1/practices/" + PRACTICE.odsCode();

    @InjectFhirServer
    FhirStub fhir;

    @Inject
    CodeSets codeSets;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @Test
    void practiceSummaryCountsEveryOutcome() {
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(BASE + "/summary")
                .then()
                .statusCode(200)
                .body("practiceOdsCode", equalTo("A12345"))
                .body("asOf", equalTo("2024-06-01"))
                .body("patients", equalTo(11))
                .body("eligiblePatients", equalTo(9))
                .body("recommendations.PROVISION_ACCESS", equalTo(3))
                .body("recommendations.OFFER_OPT_IN", equalTo(3))
                .body("recommendations.OPTED_OUT", equalTo(1))
                .body("recommendations.NOT_APPLICABLE", equalTo(2))
                .body("recommendations.REVIEW_REQUIRED", equalTo(2))
                .body("flags.NONE", equalTo(5))
                .body("flags.ACTIVE_104", equalTo(4))
                .body("flags.RESCINDED_BY_106", equalTo(1))
                .body("flags.UNDETERMINED", equalTo(1))
                .body("flags.NOT_INDICATED_106", equalTo(0))
                .body("bulkCoded104", equalTo(2))
                .body("bulkCodingDates.date", contains("2023-10-20"))
                .body("bulkCodingDates.patients", contains(3))
                .body("excludedPercent", equalTo(33.3f))
                .body("actionPlanRequired", equalTo(false))
                .body("evaluatedAt", not(nullValue()));
    }

    @Test
    void theFixturesServeEveryConfiguredCodeIncludingTheSafeguardingConcerns() {
        // The stubs answer PracticeFixture.CODE_VALUES: were they not the running service's codes, a search
        // would go unanswered or an answered one unasked, and the request counts below would count the wrong thing.
        assertThat(PracticeFixture.CODE_VALUES)
                .containsExactlyElementsOf(codeSets.codeValues())
                .contains(
                        "836881000000105",
                        "1064961000000107",
                        "878111000000109",
                        "342191000000101",
                        "375041000000100",
                        "417430008");
    }

    @Test
    void aPracticeCostsItsCohortPagesPlusOneChainedSearchPerCodeAndType() {
        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get(BASE + "/summary")
                .then()
                .statusCode(200);

        List<LoggedRequest> requests = fhir.fhirRequests();
        // 1 Organization search + ceil(11/3) = 4 cohort pages + one search per configured code value (103, 104,
        // 106 and each safeguarding concern code) × 2 types + 1 more page for six 104 Observations + the other
        // registration routes: 1 PractitionerRole search (no roles, so no Patient search by role) and 1 search
        // by ODS identifier.
        assertThat(requests).hasSize(1 + 4 + PracticeFixture.CODE_SEARCHES + 1 + 2);
        assertThat(requests)
                .filteredOn(r -> r.getUrl().contains("/PractitionerRole?"))
                .hasSize(1);
        assertThat(requests)
                .filteredOn(r -> r.getQueryParams().containsKey("general-practitioner:identifier"))
                .hasSize(1);
        assertThat(requests).noneMatch(r -> r.getQueryParams().containsKey("patient"));
        assertThat(requests)
                .filteredOn(r -> r.getQueryParams().containsKey("patient.general-practitioner"))
                .hasSize(PracticeFixture.CODE_SEARCHES)
                .allSatisfy(r ->
                        assertThat(r.queryParameter("code").values()).hasSize(1).allMatch(c -> !c.contains(",")));
        // Every configured code value, concerns included, is searched in both types, and nothing else is.
        for (String type : List.of("/Observation?", "/Condition?")) {
            assertThat(requests)
                    .filteredOn(r ->
                            r.getUrl().contains(type) && r.getQueryParams().containsKey("patient.general-practitioner"))
                    .extracting(r -> r.queryParameter("code").firstValue())
                    .containsExactlyInAnyOrderElementsOf(PracticeFixture.CODE_VALUES);
        }
        assertThat(requests)
                .filteredOn(r -> r.getUrl().contains("general-practitioner=Organization"))
                .allSatisfy(r ->
                        assertThat(r.queryParameter("_count").firstValue()).isEqualTo(Integer.toString(PAGE_SIZE)));
    }

    @Test
    void recommendationsArePagedInNhsNumberOrder() {
        List<String> all = given().queryParam("asOf", "2024-06-01")
                .queryParam("size", 1000)
                .when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.nhsNumber");
        assertThat(all).hasSize(11).isSorted();

        given().queryParam("asOf", "2024-06-01")
                .queryParam("page", 1)
                .queryParam("size", 4)
                .when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(11))
                .body("page", equalTo(1))
                .body("size", equalTo(4))
                .body("items", hasSize(4))
                .body("items.nhsNumber", equalTo(all.subList(4, 8)))
                .body("items[0]", not(hasKey("evidence")));
    }

    @Test
    void recommendationsFilterByRecommendation() {
        given().queryParam("asOf", "2024-06-01")
                .queryParam("recommendation", "OFFER_OPT_IN")
                .when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.recommendation", everyItem(equalTo("OFFER_OPT_IN")))
                .body("items.practiceOdsCode", everyItem(equalTo("A12345")))
                .body("items.findAll { it.bulkCoded104 }.patientId", contains("org-a-p02", "org-a-p03"))
                .body("items.find { it.patientId == 'org-a-p11' }.bulkCoded104", equalTo(false));
    }

    @Test
    void pastTheLastPageIsEmptyNotAnError() {
        given().queryParam("asOf", "2024-06-01")
                .queryParam("page", 5)
                .queryParam("size", 10)
                .when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .body("total", equalTo(11))
                .body("items", hasSize(0));
    }

    @Test
    void csvListsEveryMatchingRowWhenNotPaged() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", "2024-06-01")
                .queryParam("recommendation", "PROVISION_ACCESS")
                .when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"A12345-access-recommendations-2024-06-01.csv\""))
                .extract()
                .asString();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "nhs_number,patient_id,practice_ods_code,as_of,recommendation,flag,reasons,eligible_from,bulk_coded_104,actions,"
                                + "nhs_number_verification,recommendation_label,flag_label,reasons_label,actions_label");
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines.subList(1, 4)).allMatch(l -> l.contains(",PROVISION_ACCESS,"));
        assertThat(lines)
                .anyMatch(l -> l.endsWith(
                        "org-a-p04,A12345,2024-06-01,PROVISION_ACCESS,RESCINDED_BY_106,RESCINDED_BY_106,,false,PROVIDE_ACCESS,"
                                + ",Give access,104 cancelled by a later 106,104 cancelled by a later 106,"
                                + "Give access"));
    }

    @Test
    void csvOfOfferOptInIsTheListOf104PatientsToCounsel() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", "2024-06-01")
                .queryParam("recommendation", "OFFER_OPT_IN")
                .when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(csv.lines().skip(1))
                .hasSize(3)
                .anyMatch(l -> l.endsWith(
                        "org-a-p02,A12345,2024-06-01,OFFER_OPT_IN,ACTIVE_104,ACTIVE_104;BULK_CODED_104,,true,"
                                + "OFFER_ACCESS_ON_REQUEST;REVIEW_BULK_CODED_104,,Access on request only (104),104 in force,"
                                + "Enhanced review indicated (104);104 added in bulk,"
                                + "Offer access on request;Review the 104 added in bulk"));
    }

    @Test
    void csvHonoursPagingWhenAsked() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", "2024-06-01")
                .queryParam("size", 2)
                .when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(csv.lines()).hasSize(1 + 2);
    }

    @Test
    void unknownPracticeIs404() {
        fhir.search("Organization", Map.of("identifier", FhirStub.odsTokens("Z99999")), List.of(), PAGE_SIZE);

        given().when()
                .get("/api/v1/practices/Z99999/summary")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/practice-not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void aPracticeWithNoPatientsIsAllZeros() {
        PracticeFixture empty = new PracticeFixture("E00001", "org-empty");
        fhir.serve(empty, PAGE_SIZE);

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/E00001/summary")
                .then()
                .statusCode(200)
                .body("patients", equalTo(0))
                .body("eligiblePatients", equalTo(0))
                .body(
                        "recommendations.keySet()",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "PROVISION_ACCESS", "OFFER_OPT_IN", "OPTED_OUT", "NOT_APPLICABLE", "REVIEW_REQUIRED"))
                .body("recommendations.values()", everyItem(equalTo(0)))
                .body("excludedPercent", equalTo(0.0f))
                .body("actionPlanRequired", equalTo(false));
    }

    @Test
    void lowerCaseOdsCodesAreNormalised() {
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/a12345/summary")
                .then()
                .statusCode(200)
                .body("practiceOdsCode", equalTo("A12345"));
    }
}
