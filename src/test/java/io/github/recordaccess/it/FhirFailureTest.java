package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way the FHIR server can fail ends in an explicit error and never in a (partial) recommendation. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class FhirFailureTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("F12345", "org-f", 200);
    static final String SUMMARY = "/api/v1/practices/F12345/summary";
    static final String COHORT = FhirStub.BASE_PATH + "/Patient";

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    private MappingBuilder cohortFirstPage() {
        return get(urlPathEqualTo(COHORT))
                .withQueryParam("general-practitioner", equalTo("Organization/org-f"))
                .atPriority(1);
    }

    private static ValidatableResponse failsWith(int status, String type) {
        return given().queryParam("asOf", "2024-06-01")
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo(type))
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("detail", allOf(containsString("No recommendation was made"), not(containsString("Exception"))))
                .body("$", not(org.hamcrest.Matchers.hasKey("patients")))
                .body("$", not(org.hamcrest.Matchers.hasKey("recommendations")));
    }

    @Test
    void aConnectionResetIs503() {
        fhir.server().stubFor(cohortFirstPage().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        failsWith(503, "/problems/fhir-unavailable").body("detail", containsString("search Patient by practice"));
    }

    @Test
    void aResponseSlowerThanTheReadTimeoutIs503() {
        fhir.server()
                .stubFor(cohortFirstPage()
                        .willReturn(FhirStub.fhir(new Bundle().setType(Bundle.BundleType.SEARCHSET))
                                .withFixedDelay(3_000)));

        failsWith(503, "/problems/fhir-unavailable");
    }

    @Test
    void aServerErrorIs502NamingTheInteraction() {
        fhir.server()
                .stubFor(cohortFirstPage()
                        .willReturn(aResponse()
                                .withStatus(500)
                                .withHeader("Content-Type", FhirStub.FHIR_JSON)
                                .withBody(FhirFixtures.toJson(errorOutcome()))));

        failsWith(502, "/problems/fhir-error-response")
                .body("detail", containsString("HTTP 500 to 'search Patient by practice'"));
    }

    @Test
    void anOperationOutcomeWithErrorsInsideA200Is502() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addEntry().setResource(errorOutcome()).getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);
        fhir.server().stubFor(cohortFirstPage().willReturn(FhirStub.fhir(bundle)));

        failsWith(502, "/problems/fhir-inconsistent-results").body("detail", containsString("severity 'error'"));
    }

    @Test
    void malformedJsonIs502() {
        fhir.server()
                .stubFor(cohortFirstPage()
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", FhirStub.FHIR_JSON)
                                .withBody("{\"resourceType\":\"Bundle\",\"entry\":[{")));

        failsWith(502, "/problems/fhir-invalid-response");
    }

    @Test
    void aBundleOfTheWrongResourceTypeIs502() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addEntry().setResource(PRACTICE.organization()).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        fhir.server().stubFor(cohortFirstPage().willReturn(FhirStub.fhir(bundle)));

        failsWith(502, "/problems/fhir-invalid-response")
                .body("detail", containsString("Organization where only Patient"));
    }

    @Test
    void aNextLinkThatFailsPartWayFailsTheWholePractice() {
        List<Bundle> pages = fhir.pages(PRACTICE.patients(), PAGE_SIZE);
        // The first page is served; its next link points at a page the server no longer has.
        fhir.server().stubFor(cohortFirstPage().willReturn(FhirStub.fhir(pages.get(0))));

        failsWith(502, "/problems/fhir-error-response").body("detail", containsString("HTTP 404"));
    }

    @Test
    void aNextLinkThatLoopsBackIs502() {
        Bundle page = fhir.pages(PRACTICE.patients().subList(0, 2), PAGE_SIZE).get(0);
        page.setTotal(4);
        page.addLink()
                .setRelation(Bundle.LINK_NEXT)
                .setUrl(fhir.server().baseUrl() + FhirStub.BASE_PATH + "?_getpages=loop&_getpagesoffset=1");
        Bundle second = fhir.pages(PRACTICE.patients().subList(2, 4), PAGE_SIZE).get(0);
        second.setTotalElement(null);
        second.addLink()
                .setRelation(Bundle.LINK_NEXT)
                .setUrl(fhir.server().baseUrl() + FhirStub.BASE_PATH + "?_getpages=loop&_getpagesoffset=1");
        fhir.server().stubFor(cohortFirstPage().willReturn(FhirStub.fhir(page)));
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH))
                        .withQueryParam("_getpages", equalTo("loop"))
                        .willReturn(FhirStub.fhir(second)));

        failsWith(502, "/problems/fhir-incomplete").body("detail", containsString("loops back"));
    }

    @Test
    void pagesThatDoNotAddUpToTheTotalAre502() {
        Bundle page = fhir.pages(PRACTICE.patients().subList(0, 2), PAGE_SIZE).get(0);
        page.setTotal(11);
        fhir.server().stubFor(cohortFirstPage().willReturn(FhirStub.fhir(page)));

        failsWith(502, "/problems/fhir-incomplete")
                .body("detail", containsString("announced 11 matches but its pages held 2"));
    }

    @Test
    void aHugePageIsRefusedRatherThanTrusted() {
        List<org.hl7.fhir.r4.model.Patient> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(FhirFixtures.registeredAt(
                    FhirFixtures.patient("huge-" + i, FhirFixtures.nhsNumber(10_000 + i), "1980-01-01"), "org-f"));
        }
        Bundle page = fhir.pages(many, many.size()).get(0);
        fhir.server().stubFor(cohortFirstPage().willReturn(FhirStub.fhir(page)));

        failsWith(502, "/problems/fhir-invalid-response")
                .body("detail", containsString("2000 matches on one page though at most 3"));
    }

    @Test
    void aCodedEntryOfNoCohortPatientFailsThePracticeRatherThanVanishing() {
        org.hl7.fhir.r4.model.Observation stray =
                FhirFixtures.observation("stray-104", "not-in-cohort", FhirFixtures.code104(), "2023-01-01");
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Observation"))
                        .atPriority(1)
                        .withQueryParam("code", equalTo(io.github.recordaccess.rules.CodeSets.SNOMED_104.code()))
                        .withQueryParam("patient.general-practitioner", equalTo("Organization/org-f"))
                        .willReturn(FhirStub.fhir(
                                fhir.pages(List.of(stray), PAGE_SIZE).get(0))));

        failsWith(502, "/problems/fhir-incomplete")
                .body("detail", containsString("belong to no patient in its cohort"));
    }

    @Test
    void aCodeSearchFailingAfterTheCohortFailsThePractice() {
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Condition"))
                        .withQueryParam("patient.general-practitioner", equalTo("Organization/org-f"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503)));

        failsWith(502, "/problems/fhir-error-response")
                .body("detail", containsString("search Condition by code and practice"));
    }

    @Test
    void aFailingPatientSearchIsAProblemWithoutTheNhsNumber() {
        String nhs = PRACTICE.patient(0).getIdentifierFirstRep().getValue();
        fhir.server()
                .stubFor(get(urlPathEqualTo(COHORT))
                        .withQueryParam("identifier", containing(nhs))
                        .atPriority(1)
                        .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        given().when()
                .get("/api/v1/patients/" + nhs + "/access-recommendation")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("detail", not(containsString(nhs)))
                .body("$", not(org.hamcrest.Matchers.hasKey("recommendation")));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containing(String text) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(text);
    }

    private static OperationOutcome errorOutcome() {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.EXCEPTION)
                .setDiagnostics("database unavailable");
        return outcome;
    }
}
