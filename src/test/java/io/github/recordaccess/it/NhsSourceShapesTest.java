package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.FhirFixtures.NHS_NUMBER_VERIFICATION;
import static io.github.recordaccess.fixtures.FhirFixtures.code104;
import static io.github.recordaccess.fixtures.FhirFixtures.code106;
import static io.github.recordaccess.fixtures.FhirFixtures.concept;
import static io.github.recordaccess.fixtures.FhirFixtures.condition;
import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.github.recordaccess.fixtures.FhirFixtures.organizationByOdsCode;
import static io.github.recordaccess.fixtures.FhirFixtures.performedBy;
import static io.github.recordaccess.fixtures.FhirFixtures.withVerificationStatus;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.github.recordaccess.fhir.NhsIdentifiers;
import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * UK Core NHS-number verification and 104s recorded by another organisation, as NHS sources send them, through
 * HTTP: the practice list, its worklists and CSV, and the patient endpoint give the same answers.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class NhsSourceShapesTest {

    private static final String AS_OF = "2024-06-01";
    /** For the patient endpoint: a day no practice evaluation is cached for, so the patient's own searches run. */
    private static final String PATIENT_AS_OF = "2024-06-05";

    private static final String ODS = "UKC021";
    private static final String ORGANIZATION = "org-ukc021";
    private static final PracticeFixture PRACTICE = new PracticeFixture(ODS, ORGANIZATION);
    private static final String LIST = "/api/v1/practices/" + ODS + "/access-recommendations";
    /** Per patient id: recommendation, then reasons. */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();
    /** Per patient id: the verification status the answer shows. */
    private static final Map<String, String> SHOWN = new HashMap<>();

    static {
        int serial = 7601;
        unverified("status-none", serial++, null, "PROVISION_ACCESS", "NO_CODES");
        unverified("status-01", serial++, "01", "PROVISION_ACCESS", "NO_CODES");
        unverified("status-02", serial++, "02", "REVIEW_REQUIRED", "UNVERIFIED_NHS_NUMBER");
        unverified("status-04", serial++, "04", "REVIEW_REQUIRED", "UNVERIFIED_NHS_NUMBER");
        PRACTICE.observation(
                unverified("status-08-104", serial++, "08", "OFFER_OPT_IN", "ACTIVE_104", "UNVERIFIED_NHS_NUMBER"),
                code104(),
                "2023-01-01");
        Patient rescinded = unverified(
                "status-03-106", serial++, "03", "REVIEW_REQUIRED", "UNVERIFIED_NHS_NUMBER", "RESCINDED_BY_106");
        PRACTICE.observation(rescinded, code104(), "2022-01-01");
        PRACTICE.observation(rescinded, code106(), "2023-01-01");
        // A status under another CodeSystem cannot be read: not verified.
        Patient unreadable =
                unverified("status-unreadable", serial++, null, "REVIEW_REQUIRED", "UNVERIFIED_NHS_NUMBER");
        unreadable
                .getIdentifierFirstRep()
                .addExtension(NHS_NUMBER_VERIFICATION, concept(new Coding("https://example.org/status", "01", null)));
        SHOWN.put("status-unreadable", "unreadable");
        // Verified on the official identifier, trace failed on the legacy one: the least verified counts.
        Patient legacy = unverified("status-legacy-04", serial++, "01", "REVIEW_REQUIRED", "UNVERIFIED_NHS_NUMBER");
        legacy.addIdentifier()
                .setSystem(NhsIdentifiers.NHS_NUMBER_LEGACY)
                .setValue(legacy.getIdentifierFirstRep().getValue())
                .addExtension(
                        NHS_NUMBER_VERIFICATION,
                        concept(new Coding(
                                io.github.recordaccess.fixtures.FhirFixtures.NHS_NUMBER_VERIFICATION_CODES,
                                "04",
                                null)));
        SHOWN.put("status-legacy-04", "04");

        inherited("by-ods", serial++, organizationByOdsCode(NhsIdentifiers.ODS_CODE, "Y21001"), true);
        inherited("by-pds-ods", serial++, organizationByOdsCode(NhsIdentifiers.ODS_CODE_PDS, "Y21002"), true);
        inherited("by-reference", serial++, new Reference("Organization/org-previous-practice"), true);
        inherited("own-ods-pds", serial++, organizationByOdsCode(NhsIdentifiers.ODS_CODE_PDS, ODS), false);
        inherited("own-reference", serial++, new Reference("Organization/" + ORGANIZATION), false);
        inherited("by-practitioner", serial++, new Reference("Practitioner/dr-elsewhere"), false);
        // An inherited 104 the practice rescinded with its own 106: no longer in force, nothing to review.
        Patient reviewed = patient("inherited-rescinded", serial++, "PROVISION_ACCESS", "RESCINDED_BY_106");
        performedBy(
                PRACTICE.observation(reviewed, code104(), "2021-01-01"),
                organizationByOdsCode(NhsIdentifiers.ODS_CODE, "Y21001"));
        PRACTICE.observation(reviewed, code106(), "2023-01-01");
        // A Condition names people only as its recorder: not judged.
        Patient problem = patient("condition-104", serial, "OFFER_OPT_IN", "ACTIVE_104");
        PRACTICE.add(condition("c-104-" + problem.getIdPart(), problem.getIdPart(), code104(), "2023-01-01")
                .setRecorder(new Reference("Practitioner/dr-elsewhere")));
    }

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @Test
    void thePracticeListJudgesEachShapeAsTheRulesSay() {
        Map<String, Map<String, Object>> rows = practiceRows();

        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        EXPECTED.forEach((id, expected) -> {
            assertThat(rows.get(id).get("recommendation")).as(id).isEqualTo(expected.get(0));
            assertThat(rows.get(id).get("reasons")).as(id).isEqualTo(expected.subList(1, expected.size()));
            assertThat(rows.get(id).get("nhsNumberVerification")).as(id).isEqualTo(SHOWN.get(id));
        });
    }

    @Test
    void thePatientEndpointGivesTheSameAnswers() {
        for (String id : EXPECTED.keySet()) {
            List<String> expected = EXPECTED.get(id);
            patient(nhsOf(id), PATIENT_AS_OF)
                    .body("recommendation", equalTo(expected.get(0)))
                    .body("reasons", equalTo(expected.subList(1, expected.size())))
                    .body("nhsNumberVerification", equalTo(SHOWN.get(id)));
            // The same day as the cached practice list answers alike.
            patient(nhsOf(id), AS_OF).body("reasons", equalTo(expected.subList(1, expected.size())));
        }
    }

    @Test
    void anUnverifiedNumberSaysWhichStatusAndWhatToDo() {
        patient(nhsOf("status-02"), PATIENT_AS_OF)
                .body("actions.id", equalTo(List.of("REVIEW_RECORD")))
                .body("actions[0].text", containsString("02 (number present but not traced)"))
                .body("actions[0].text", containsString("Trace the patient"));
        patient(nhsOf("status-unreadable"), PATIENT_AS_OF)
                .body("actions[0].text", containsString("verification status cannot be read"));
    }

    @Test
    void anInherited104KeepsItsAnswerAndAsksForAReview() {
        patient(nhsOf("by-reference"), PATIENT_AS_OF)
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                .body("actions.id", equalTo(List.of("OFFER_ACCESS_ON_REQUEST", "REVIEW_INHERITED_104")))
                .body("actions[1].text", containsString("recorded by another organisation"))
                .body("actions[1].text", containsString("add a 106"))
                .body("evidence[0].deciding", equalTo(true))
                .body("evidence[0].recordedBy[0].organizationId", equalTo("org-previous-practice"));
        patient(nhsOf("by-pds-ods"), PATIENT_AS_OF).body("evidence[0].recordedBy[0].odsCode", equalTo("Y21002"));
        patient(nhsOf("by-practitioner"), PATIENT_AS_OF)
                .body("actions.id", not(hasItem("REVIEW_INHERITED_104")))
                .body("evidence[0].recordedBy", equalTo(List.of()));
        patient(nhsOf("status-none"), PATIENT_AS_OF).body("nhsNumberVerification", nullValue());
    }

    /**
     * PDS names the practice by ODS code alone; a 104 that names its recorder by reference alone is compared with
     * the practice's Organization, found by that code (one search, only then).
     */
    @Test
    void thePatientEndpointFindsThePracticeOrganizationWhenARecorderIsNamedByReferenceAlone() {
        PracticeFixture entries = new PracticeFixture("UKC022", "org-ukc022-unserved");
        Patient byPds = FhirFixtures.patient("pds-registered", nhsNumber(7640), "1980-01-01");
        byPds.addGeneralPractitioner(organizationByOdsCode(NhsIdentifiers.ODS_CODE_PDS, ODS));
        performedBy(
                entries.observation(byPds, code104(), "2021-06-01"),
                new Reference("Organization/org-previous-practice"));
        fhir.servePatient(entries, FhirFixtures.roundTrip(byPds), PAGE_SIZE);
        Patient ownByPds = FhirFixtures.patient("pds-registered-own", nhsNumber(7641), "1980-01-01");
        ownByPds.addGeneralPractitioner(organizationByOdsCode(NhsIdentifiers.ODS_CODE, ODS));
        performedBy(
                entries.observation(ownByPds, code104(), "2021-06-02"), new Reference("Organization/" + ORGANIZATION));
        fhir.servePatient(entries, FhirFixtures.roundTrip(ownByPds), PAGE_SIZE);

        patient(nhsNumber(7640), PATIENT_AS_OF)
                .body("practiceOdsCode", equalTo(ODS))
                .body("reasons", equalTo(List.of("ACTIVE_104", "RECORDED_ELSEWHERE")));
        patient(nhsNumber(7641), PATIENT_AS_OF).body("reasons", equalTo(List.of("ACTIVE_104")));
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getUrl().startsWith(FhirStub.BASE_PATH + "/Organization?"))
                .hasSize(2)
                .allSatisfy(r ->
                        assertThat(r.queryParameter("identifier").firstValue()).contains("|" + ODS));
    }

    @Test
    void worklistsFilterByTheNewReasonsAndAction() {
        assertThat(worklist("reason=UNVERIFIED_NHS_NUMBER"))
                .containsExactlyInAnyOrder(
                        "status-02",
                        "status-04",
                        "status-08-104",
                        "status-03-106",
                        "status-unreadable",
                        "status-legacy-04");
        assertThat(worklist("reason=RECORDED_ELSEWHERE"))
                .containsExactlyInAnyOrder("by-ods", "by-pds-ods", "by-reference");
        assertThat(worklist("action=REVIEW_INHERITED_104"))
                .containsExactlyInAnyOrder("by-ods", "by-pds-ods", "by-reference");
        assertThat(worklist("recommendation=REVIEW_REQUIRED&reason=UNVERIFIED_NHS_NUMBER"))
                .containsExactlyInAnyOrder(
                        "status-02", "status-04", "status-03-106", "status-unreadable", "status-legacy-04");
    }

    @Test
    void theCsvCarriesTheStatusInItsLastColumn() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", AS_OF)
                .queryParam("reason", "UNVERIFIED_NHS_NUMBER")
                .queryParam("recommendation", "OFFER_OPT_IN")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(csv.lines().toList().get(0)).contains(",actions,nhs_number_verification,");
        assertThat(csv.lines().skip(1).toList())
                .singleElement()
                .satisfies(line -> assertThat(line).contains(",OFFER_ACCESS_ON_REQUEST;REVIEW_RECORD,08,"));
    }

    private static Patient unverified(String id, int serial, String status, String... expected) {
        Patient patient = patient(id, serial, expected);
        if (status != null) {
            withVerificationStatus(patient, status);
        }
        SHOWN.put(id, status);
        return patient;
    }

    private static void inherited(String id, int serial, Reference performer, boolean elsewhere) {
        Patient patient = elsewhere
                ? patient(id, serial, "OFFER_OPT_IN", "ACTIVE_104", "RECORDED_ELSEWHERE")
                : patient(id, serial, "OFFER_OPT_IN", "ACTIVE_104");
        // Each on its own day: no bulk-coding day among them.
        performedBy(PRACTICE.observation(patient, code104(), "2021-05-" + (10 + EXPECTED.size())), performer);
    }

    private static Patient patient(String id, int serial, String... expected) {
        EXPECTED.put(id, List.of(expected));
        return PRACTICE.patient(id, nhsNumber(serial), "1980-01-01");
    }

    private static String nhsOf(String id) {
        return PRACTICE.patients().stream()
                .filter(p -> p.getIdPart().equals(id))
                .findFirst()
                .orElseThrow()
                .getIdentifierFirstRep()
                .getValue();
    }

    private static Map<String, Map<String, Object>> practiceRows() {
        JsonPath page = given().queryParam("asOf", AS_OF)
                .queryParam("size", 1000)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> rows = new HashMap<>();
        page.<Map<String, Object>>getList("items").forEach(item -> rows.put((String) item.get("patientId"), item));
        return rows;
    }

    private static List<String> worklist(String query) {
        return given().urlEncodingEnabled(false)
                .when()
                .get(LIST + "?asOf=" + AS_OF + "&size=1000&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.patientId", String.class);
    }

    private static ValidatableResponse patient(String nhs, String asOf) {
        return given().queryParam("asOf", asOf)
                .when()
                .get("/api/v1/patients/" + nhs + "/access-recommendation")
                .then()
                .statusCode(200);
    }
}
