package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.fhir.NhsIdentifiers;
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
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that refuses the standard {@code general-practitioner:identifier} modifier (HAPI FHIR JPA: HAPI-2498)
 * is searched by the token parameter FHIR_PRACTICE_IDENTIFIER_SEARCH names, for both ODS systems.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(IdentifierRouteFallbackTest.WithAParameter.class)
class IdentifierRouteFallbackTest {

    /** Its own application: the choice, once made, lasts for the base URL. */
    public static class WithAParameter implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fhir.practice-identifier-search", "gp-ods-code");
        }
    }

    static final String AS_OF = PracticeFixture.AS_OF.toString();
    static final PracticeFixture PRACTICE = practice();

    private static PracticeFixture practice() {
        PracticeFixture practice = PracticeFixture.standard("H22222", "org-h2", 2800);
        practice.observation(
                practice.patientViaOdsIdentifier(
                        "org-h2-i01", FhirFixtures.nhsNumber(2830), "1975-01-01", NhsIdentifiers.ODS_CODE_PDS),
                FhirFixtures.code104(),
                "2022-03-03");
        return practice;
    }

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                        .withQueryParam(
                                "general-practitioner:identifier",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(FhirStub.odsTokens("H22222")))
                        .atPriority(1)
                        .willReturn(refused()));
        fhir.search(
                "Patient",
                Map.of("gp-ods-code", FhirStub.odsTokens("H22222")),
                PRACTICE.odsIdentifierPatients(),
                PAGE_SIZE);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder refused() {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.PROCESSING)
                .setDiagnostics("HAPI-2498: Unsupported search modifier(s): :identifier for resource type Patient."
                        + " Valid search modifiers are: [:missing]");
        return aResponse()
                .withStatus(400)
                .withHeader("Content-Type", FhirStub.FHIR_JSON)
                .withBody(FhirFixtures.toJson(outcome));
    }

    @Test
    void theConfiguredParameterFindsIdentifierOnlyRegistrations() {
        PracticeAnswers.freshSummary("H22222", AS_OF)
                .statusCode(200)
                .body("patients", equalTo(12))
                .body("cohortRoutes.find { it.route == 'ODS_IDENTIFIER' }.searched", equalTo(true))
                .body("cohortRoutes.find { it.route == 'ODS_IDENTIFIER' }.detail", containsString("gp-ods-code"));
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/patients/" + FhirFixtures.nhsNumber(2830) + "/access-recommendation")
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                .body("practiceOdsCode", equalTo("H22222"));
        given().when()
                .get("/q/health/group/fhir")
                .then()
                .body(
                        "checks.find { it.name == 'fhir-server' }.data.identifierRoute",
                        equalTo("parameter:gp-ods-code"));
    }
}
