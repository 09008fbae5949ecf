package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.security.Scope;
import io.github.recordaccess.web.Routes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The patient endpoint for a practice's staff (issue 23): a patient registered at another practice answers the same
 * 404 {@code patient-not-found} as an unknown NHS number (type, title, status, detail), so that the answer does not
 * tell whether the person is registered elsewhere; that includes duplicate records registered only elsewhere (which
 * would otherwise be a 409) and a record that names no practice. Duplicates with one record at the caller's practice
 * stay a 409. Each such 404 is an {@code access-refused} audit event with the NHS number asked for, which no ordinary
 * log line holds. A reader, who may read every practice's patients, gets the answers as before.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class PatientScopeTest {

    /** The caller's practice, another, and a third. */
    static final PracticeFixture HOME = new PracticeFixture("SCP001", "org-scp1");

    static final PracticeFixture ELSEWHERE = new PracticeFixture("SCP002", "org-scp2");
    static final PracticeFixture THIRD = new PracticeFixture("SCP003", "org-scp3");

    static final Patient AT_HOME = HOME.patient("scp-home", nhsNumber(8400), "1980-01-01");
    static final Patient REGISTERED_ELSEWHERE = ELSEWHERE.patient("scp-elsewhere", nhsNumber(8401), "1980-01-01");
    /** Two records with one number, at two practices, neither the caller's. */
    static final String DUPLICATED_ELSEWHERE = nhsNumber(8402);
    /** Two records with one number, one at the caller's practice. */
    static final String DUPLICATED_AT_HOME = nhsNumber(8403);
    /** A record whose generalPractitioner is empty. */
    static final Patient NO_PRACTICE = FhirFixtures.patient("scp-nowhere", nhsNumber(8404), "1980-01-01");

    static final String UNKNOWN = nhsNumber(8405);

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        for (PracticeFixture practice : List.of(HOME, ELSEWHERE, THIRD)) {
            fhir.serve(practice, WireMockFhirResource.PAGE_SIZE);
        }
        fhir.servePatient(HOME, NO_PRACTICE, WireMockFhirResource.PAGE_SIZE);
        patientsWith(
                DUPLICATED_ELSEWHERE,
                duplicate("scp-dup-e1", DUPLICATED_ELSEWHERE, ELSEWHERE),
                duplicate("scp-dup-e2", DUPLICATED_ELSEWHERE, THIRD));
        patientsWith(
                DUPLICATED_AT_HOME,
                duplicate("scp-dup-h1", DUPLICATED_AT_HOME, HOME),
                duplicate("scp-dup-h2", DUPLICATED_AT_HOME, ELSEWHERE));
        patientsWith(UNKNOWN);
    }

    @Test
    void theStaffReadTheirOwnPracticesPatient() {
        asStaff(nhs(AT_HOME)).then().statusCode(200).body("practiceOdsCode", org.hamcrest.Matchers.equalTo("SCP001"));
    }

    @Test
    void aPatientRegisteredElsewhereIsNotFoundAsAnUnknownNumberIs() throws Exception {
        asReader(nhs(REGISTERED_ELSEWHERE)).then().statusCode(200);
        notFoundAsUnknown(nhs(REGISTERED_ELSEWHERE));
    }

    @Test
    void duplicatesRegisteredOnlyElsewhereAreNotFoundNotAmbiguous() throws Exception {
        asReader(DUPLICATED_ELSEWHERE)
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo("/problems/ambiguous-record"));
        notFoundAsUnknown(DUPLICATED_ELSEWHERE);
    }

    @Test
    void duplicatesWithOneRecordAtTheCallersPracticeStayAmbiguous() {
        asReader(DUPLICATED_AT_HOME).then().statusCode(409);
        asStaff(DUPLICATED_AT_HOME)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/ambiguous-record"));
    }

    @Test
    void aRecordThatNamesNoPracticeIsNotFoundForPracticeStaffButReadByAReader() throws Exception {
        asReader(nhs(NO_PRACTICE)).then().statusCode(200);
        notFoundAsUnknown(nhs(NO_PRACTICE));
    }

    /**
     * The staff's answer for {@code nhsNumber} is the unknown number's 404, word for word but for {@code instance}; it
     * leaves one access-refused event with the number, and no ordinary log line names it.
     */
    private void notFoundAsUnknown(String nhsNumber) throws Exception {
        Response refused;
        List<JsonNode> events;
        List<String> ordinary;
        try (LogCapture capture = LogCapture.install()) {
            refused = asStaff(nhsNumber);
            events = AuditEvents.in(capture);
            ordinary = AuditEvents.ordinary(capture);
        }
        Response unknown = asStaff(UNKNOWN);

        assertThat(asReader(UNKNOWN).statusCode()).as("an unknown number").isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        for (String field : List.of("type", "title", "status", "detail")) {
            assertThat(refused.jsonPath().getString(field))
                    .as(field + " as for an unknown NHS number")
                    .isEqualTo(unknown.jsonPath().getString(field));
        }
        assertThat(refused.jsonPath().getString("type")).isEqualTo("/problems/patient-not-found");
        assertThat(refused.asString()).doesNotContain("SCP002", "SCP003", "scp-");

        List<JsonNode> refusals = events.stream()
                .filter(e -> e.path("type").asText().equals("access-refused"))
                .toList();
        assertThat(refusals).as("one access-refused event").hasSize(1);
        JsonNode event = refusals.get(0);
        assertThat(event.path("status").asInt()).isEqualTo(404);
        assertThat(event.path("nhsNumber").asText())
                .as("the NHS number asked for")
                .isEqualTo(nhsNumber);
        assertThat(event.path("path").asText()).isEqualTo(Routes.PATIENT_RECOMMENDATION);
        assertThat(event.path("reason").asText()).isNotBlank();
        assertThat(event.path("caller").path("roles").toString()).isEqualTo("[\"" + Scope.PRACTICE + "\"]");
        assertThat(event.path("caller").path("organisations").toString()).isEqualTo("[\"SCP001\"]");
        assertThat(ordinary).as("no NHS number in ordinary logs").noneMatch(line -> line.contains(nhsNumber));
    }

    private static Response asStaff(String nhsNumber) {
        return given().auth()
                .oauth2(TestTokens.withScope(List.of(Scope.PRACTICE), List.of(HOME.odsCode())))
                .queryParam("asOf", PracticeFixture.AS_OF.toString())
                .when()
                .get(path(nhsNumber));
    }

    private static Response asReader(String nhsNumber) {
        return given().auth()
                .oauth2(TestTokens.withScope(List.of(Scope.READER), List.of()))
                .queryParam("asOf", PracticeFixture.AS_OF.toString())
                .when()
                .get(path(nhsNumber));
    }

    private void patientsWith(String nhsNumber, Patient... records) {
        fhir.search(
                "Patient",
                Map.of("identifier", FhirStub.nhsTokens(nhsNumber)),
                new ArrayList<>(List.of(records)),
                WireMockFhirResource.PAGE_SIZE);
    }

    private static Patient duplicate(String id, String nhsNumber, PracticeFixture practice) {
        return FhirFixtures.registeredAt(
                FhirFixtures.patient(id, nhsNumber, "1980-01-01"),
                practice.organization().getIdElement().getIdPart());
    }

    private static String nhs(Patient patient) {
        return patient.getIdentifierFirstRep().getValue();
    }

    private static String path(String nhsNumber) {
        return Routes.PATIENT_RECOMMENDATION.replace("{nhsNumber}", nhsNumber);
    }
}
