package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeAnswers;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests stay inside FHIR_BASE_URL: a next link or a redirect to another host, scheme, port or path is a
 * server fault (502), and the other host receives nothing, above all not the service's token. A second
 * WireMock stands for the other host; it answers with its own patients, which must never become the
 * practice's.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(ForeignLinksTest.WithBearerToken.class)
class ForeignLinksTest {

    /** A static bearer token towards the FHIR server, so that a leak would show; its own application. */
    public static class WithBearerToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fhir.auth.type", "bearer", "fhir.auth.token", TOKEN);
        }
    }

    static final String TOKEN = "fhir-token-that-stays-home";
    static final PracticeFixture PRACTICE = PracticeFixture.standard("L22222", "org-l", 2100);
    static final String ORG = "Organization/org-l";
    static final String AS_OF = PracticeFixture.AS_OF.toString();

    static WireMockServer elsewhere;

    @InjectFhirServer
    FhirStub fhir;

    @BeforeAll
    static void startTheOtherHost() {
        elsewhere = new WireMockServer(wireMockConfig().dynamicPort());
        elsewhere.start();
    }

    @AfterAll
    static void stopTheOtherHost() {
        elsewhere.stop();
    }

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        elsewhere.resetAll();
        // What the other host would answer: a page of its own patients.
        Patient stranger = FhirFixtures.registeredAt(
                FhirFixtures.patient("stranger", FhirFixtures.nhsNumber(2190), "1980-01-01"), "org-l");
        elsewhere.stubFor(get(anyUrl())
                .willReturn(FhirStub.fhir(fhir.pages(List.of(stranger), 10).get(0))));
    }

    private MappingBuilder cohortFirstPage() {
        return get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                .withQueryParam("general-practitioner", equalTo(ORG))
                .atPriority(1);
    }

    /** The cohort's first page, its next link replaced by {@code next}. */
    private void cohortLinksTo(String next) {
        Bundle first = fhir.pages(PRACTICE.patients(), PAGE_SIZE).get(0);
        first.getLink().clear();
        first.addLink().setRelation(Bundle.LINK_NEXT).setUrl(next);
        fhir.server().stubFor(cohortFirstPage().willReturn(FhirStub.fhir(first)));
    }

    private void summaryIs502(String detail) {
        PracticeAnswers.freshSummary("L22222", AS_OF)
                .statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString(detail));
    }

    private void nothingReachedTheOtherHost() {
        assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(fhir.fhirRequests())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowedAndTheTokenStaysHome() {
        cohortLinksTo(elsewhere.baseUrl() + FhirStub.BASE_PATH + "?_getpages=x&_getpagesoffset=3&_count=3");

        summaryIs502("next link outside FHIR_BASE_URL");
        nothingReachedTheOtherHost();
        PracticeAnswers.neverProvisioned(
                "L22222", AS_OF, PRACTICE.patient(10).getIdentifierFirstRep().getValue());
    }

    @Test
    void aNextLinkOnTheSameHostButOutsideTheBasePathIsNotFollowed() {
        cohortLinksTo(fhir.server().baseUrl() + "/other-fhir?_getpages=x&_getpagesoffset=3");

        summaryIs502("next link outside FHIR_BASE_URL");
        assertThat(fhir.fhirRequests()).noneMatch(r -> r.getUrl().startsWith("/other-fhir"));
    }

    @Test
    void aNextLinkThatClimbsOutOfTheBasePathIsNotFollowed() {
        cohortLinksTo(fhir.server().baseUrl() + FhirStub.BASE_PATH + "/%2e%2e/admin?_getpages=x");

        summaryIs502("next link outside FHIR_BASE_URL");
    }

    @Test
    void aNextLinkWithAnotherSchemeIsNotFollowed() {
        cohortLinksTo(fhir.server().baseUrl().replace("http://", "https://") + FhirStub.BASE_PATH + "?_getpages=x");

        summaryIs502("next link outside FHIR_BASE_URL");
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowed() {
        fhir.server()
                .stubFor(cohortFirstPage()
                        .willReturn(aResponse()
                                .withStatus(302)
                                .withHeader("Location", elsewhere.baseUrl() + FhirStub.BASE_PATH + "/Patient")));

        summaryIs502("a redirect, which is not followed");
        nothingReachedTheOtherHost();
    }

    @Test
    void aPatientLookupRedirectedElsewhereIsNotFollowed() {
        String nhs = PRACTICE.patient(0).getIdentifierFirstRep().getValue();
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                        .withQueryParam("identifier", equalTo(FhirStub.nhsTokens(nhs)))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(307).withHeader("Location", elsewhere.baseUrl())));

        given().when()
                .get("/api/v1/patients/" + nhs + "/access-recommendation")
                .then()
                .statusCode(502)
                .contentType("application/problem+json");
        nothingReachedTheOtherHost();
    }

    @Test
    void aServerThatRefusesAccurateTotalsIsSearchedWithoutThem() {
        OperationOutcome refused = new OperationOutcome();
        refused.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.NOTSUPPORTED)
                .setDiagnostics("Unsupported parameter: _total");
        fhir.server()
                .stubFor(
                        get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(FhirStub.BASE_PATH + "/.*"))
                                .withQueryParam("_total", equalTo("accurate"))
                                .atPriority(1)
                                .willReturn(aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", FhirStub.FHIR_JSON)
                                        .withBody(FhirFixtures.toJson(refused))));

        PracticeAnswers.freshSummary("L22222", AS_OF)
                .statusCode(200)
                .body("patients", org.hamcrest.Matchers.equalTo(11));
        // Refused once, then never asked again.
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getUrl().contains("_total=accurate"))
                .hasSize(1);
    }
}
