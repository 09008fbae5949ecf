package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import io.github.recordaccess.fhir.NhsIdentifiers;
import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeAnswers;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A practice's patients are the union, without repeats, of every registration route: a literal reference to the
 * Organization, a reference to one of its PractitionerRoles, and an identifier-only reference with its ODS code
 * (PDS style, under either ODS system). Coded entries are found for every one of them.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class RegistrationRoutesTest {

    static final String AS_OF = PracticeFixture.AS_OF.toString();
    static final PracticeFixture PRACTICE = routedPractice();
    /** Registered through a role only, with an individual 104: OFFER_OPT_IN, but only if its entries are found. */
    static final Patient VIA_ROLE_104 = PRACTICE.rolePatients().get(0);
    /** Registered by an identifier-only reference only, with a 103. */
    static final Patient VIA_ODS_103 = PRACTICE.odsIdentifierPatients().get(0);

    private static PracticeFixture routedPractice() {
        PracticeFixture practice = PracticeFixture.standard("G22222", "org-g2", 2700);
        Patient viaRole =
                practice.patientViaRole("org-g2-r01", FhirFixtures.nhsNumber(2720), "1970-01-01", "role-g2-a");
        practice.observation(viaRole, FhirFixtures.code104(), "2022-05-05");
        practice.patientViaRole("org-g2-r02", FhirFixtures.nhsNumber(2721), "1971-01-01", "role-g2-b");
        Patient viaOds = practice.patientViaOdsIdentifier(
                "org-g2-i01", FhirFixtures.nhsNumber(2722), "1972-01-01", NhsIdentifiers.ODS_CODE_PDS);
        practice.observation(viaOds, FhirFixtures.code103(), "2023-06-06");
        practice.patientViaOdsIdentifier(
                "org-g2-i02", FhirFixtures.nhsNumber(2723), "1973-01-01", NhsIdentifiers.ODS_CODE);
        return practice;
    }

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @Test
    void everyRouteBringsItsPatientsAndTheirCodedEntries() {
        PracticeAnswers.freshSummary("G22222", AS_OF)
                .statusCode(200)
                .body("patients", org.hamcrest.Matchers.equalTo(15))
                .body("cohortRoutes.route", hasItems("ORGANIZATION", "PRACTITIONER_ROLE", "ODS_IDENTIFIER"))
                .body("cohortRoutes.searched", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(true)));

        Map<String, String> byNhs = recommendations();
        assertThat(byNhs)
                .containsEntry(nhs(VIA_ROLE_104), "OFFER_OPT_IN")
                .containsEntry(nhs(VIA_ODS_103), "OPTED_OUT")
                .containsEntry(FhirFixtures.nhsNumber(2721), "PROVISION_ACCESS")
                .containsEntry(FhirFixtures.nhsNumber(2723), "PROVISION_ACCESS");
        // The chain reaches the Organization route; the other routes' four patients are searched by patient.
        String batches = fhir.fhirRequests().stream()
                .filter(r -> r.getUrl().contains("/_search"))
                .map(r -> r.getBodyAsString())
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(batches).contains("org-g2-r01", "org-g2-r02", "org-g2-i01", "org-g2-i02");
        assertThat(batches).doesNotContain("org-g2-p01");
    }

    @Test
    void aPatientReachedByTwoRoutesIsListedOnce() {
        Patient both = PRACTICE.patient(0).copy();
        both.addGeneralPractitioner(new Reference("PractitionerRole/role-g2-a"));
        List<Patient> viaRoles = new java.util.ArrayList<>(PRACTICE.rolePatients());
        viaRoles.add(FhirFixtures.roundTrip(both));
        fhir.search(
                "Patient",
                Map.of("general-practitioner", "PractitionerRole/role-g2-a,PractitionerRole/role-g2-b"),
                viaRoles,
                PAGE_SIZE);

        PracticeAnswers.freshSummary("G22222", AS_OF)
                .statusCode(200)
                .body("patients", org.hamcrest.Matchers.equalTo(15));
        assertThat(recommendations()).hasSize(15);
    }

    @Test
    void aServerThatIgnoresTheRouteAndAnswersOthersPatientsFailsThePractice() {
        // A lenient server ignored general-practitioner:identifier and returned a Patient of another practice.
        Patient elsewhere = FhirFixtures.registeredAt(
                FhirFixtures.patient("elsewhere-1", FhirFixtures.nhsNumber(2790), "1980-01-01"), "org-other");
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                        .withQueryParam("general-practitioner:identifier", equalTo(FhirStub.odsTokens("G22222")))
                        .atPriority(1)
                        .willReturn(FhirStub.fhir(
                                fhir.pages(List.of(elsewhere), PAGE_SIZE).get(0))));

        PracticeAnswers.freshSummary("G22222", AS_OF)
                .statusCode(502)
                .body("type", org.hamcrest.Matchers.equalTo("/problems/fhir-invalid-response"))
                .body("detail", containsString("does not name the practice"));
        PracticeAnswers.neverProvisioned("G22222", AS_OF, FhirFixtures.nhsNumber(2790));
    }

    @Test
    void aPractitionerRoleOfAnotherOrganizationFailsThePractice() {
        // The server ignored organization= and returned every role: one of them works at another practice.
        org.hl7.fhir.r4.model.PractitionerRole elsewhere = new org.hl7.fhir.r4.model.PractitionerRole();
        elsewhere.setId("role-elsewhere");
        elsewhere.setOrganization(new Reference("Organization/org-other"));
        List<org.hl7.fhir.r4.model.Resource> roles = new java.util.ArrayList<>(PRACTICE.roles());
        roles.add(FhirFixtures.roundTrip(elsewhere));
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/PractitionerRole"))
                        .atPriority(1)
                        .willReturn(FhirStub.fhir(fhir.pages(roles, PAGE_SIZE).get(0))));

        PracticeAnswers.freshSummary("G22222", AS_OF)
                .statusCode(502)
                .body("type", org.hamcrest.Matchers.equalTo("/problems/fhir-invalid-response"))
                .body("detail", containsString("PractitionerRole that does not name the practice"));
    }

    @Test
    void everySearchAsksForStrictHandlingOfItsParameters() {
        PracticeAnswers.freshSummary("G22222", AS_OF).statusCode(200);

        assertThat(fhir.fhirRequests())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Prefer")).isEqualTo("handling=strict"));
    }

    @Test
    void thePatientEndpointFindsThePracticeThroughThePractitionerRole() {
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/patients/" + nhs(VIA_ROLE_104) + "/access-recommendation")
                .then()
                .statusCode(200)
                .body("recommendation", org.hamcrest.Matchers.equalTo("OFFER_OPT_IN"))
                .body("practiceOdsCode", org.hamcrest.Matchers.equalTo("G22222"));
    }

    private static Map<String, String> recommendations() {
        List<Map<String, Object>> items = given().queryParam("asOf", AS_OF)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/practices/G22222/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        Map<String, String> byNhs = new java.util.HashMap<>();
        items.forEach(i -> byNhs.put((String) i.get("nhsNumber"), (String) i.get("recommendation")));
        return byNhs;
    }

    private static String nhs(Patient patient) {
        return patient.getIdentifierFirstRep().getValue();
    }
}
