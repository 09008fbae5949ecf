package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.FhirFixtures.code103;
import static io.github.recordaccess.fixtures.FhirFixtures.code104;
import static io.github.recordaccess.fixtures.FhirFixtures.code106;
import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records merged by the source (Patient.link replaced-by / replaces), through HTTP: a replaced record is not
 * evaluated on its own, its entries count for the survivor and show in its evidence, and a merge that cannot be
 * settled is reviewed, in the practice list and on the patient endpoint alike.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class MergedRecordsApiTest {

    private static final String AS_OF = "2024-06-01";
    /** For the patient endpoint: a day no practice evaluation is cached for, so the patient's own searches run. */
    private static final String PATIENT_AS_OF = "2024-06-05";

    private static final PracticeFixture PRACTICE = new PracticeFixture("MRG471", "org-merge");
    private static final String BASE = "/api/v1/practices/MRG471";
    private static final String CODES = String.join(",", PracticeFixture.CODE_VALUES);

    // A merged pair sharing an NHS number, linked from the old record only; the 104 is on the old one.
    private static final Patient REPLACED_BY_OLD = patient("rb-old", 9471);
    private static final Patient REPLACED_BY_NEW = patient("rb-new", 9471);
    // Linked from the survivor only, the old record under another number, holding a 103.
    private static final Patient REPLACES_NEW = patient("rs-new", 9472);
    private static final Patient REPLACES_OLD = patient("rs-old", 9473);
    // Linked from both sides: the 104 on the old record, a later 106 on the survivor.
    private static final Patient BOTH_OLD = patient("bo-old", 9474);
    private static final Patient BOTH_NEW = patient("bo-new", 9474);
    // A chain ch-1 → ch-2 → ch-3, each link given from one side only; the 104 is on the first record.
    private static final Patient CHAIN_1 = patient("ch-1", 9475);
    private static final Patient CHAIN_2 = patient("ch-2", 9475);
    private static final Patient CHAIN_3 = patient("ch-3", 9475);
    // Merges that cannot be settled.
    private static final Patient CYCLE_A = patient("cy-a", 9476);
    private static final Patient CYCLE_B = patient("cy-b", 9477);
    private static final Patient TWO_OLD = patient("tw-old", 9478);
    private static final Patient TWO_X = patient("tw-x", 9479);
    private static final Patient TWO_Y = patient("tw-y", 9480);
    private static final Patient SURVIVOR_ELSEWHERE = patient("so-old", 9481);
    // Survivors replacing a record outside the cohort: one whose entries the server gives, one it refuses.
    private static final Patient FETCHED_NEW = patient("fx-new", 9482);
    private static final Patient REFUSED_NEW = patient("ff-new", 9483);

    static {
        REPLACED_BY_OLD.setActive(false);
        link(REPLACED_BY_OLD, Patient.LinkType.REPLACEDBY, REPLACED_BY_NEW.getIdPart());
        PRACTICE.observation(REPLACED_BY_OLD, code104(), "2023-01-10");

        link(REPLACES_NEW, Patient.LinkType.REPLACES, REPLACES_OLD.getIdPart());
        PRACTICE.observation(REPLACES_OLD, code103(), "2023-02-01");

        link(BOTH_OLD, Patient.LinkType.REPLACEDBY, BOTH_NEW.getIdPart());
        link(BOTH_NEW, Patient.LinkType.REPLACES, BOTH_OLD.getIdPart());
        PRACTICE.observation(BOTH_OLD, code104(), "2023-01-01");
        PRACTICE.observation(BOTH_NEW, code106(), "2023-06-01");

        link(CHAIN_1, Patient.LinkType.REPLACEDBY, CHAIN_2.getIdPart());
        link(CHAIN_3, Patient.LinkType.REPLACES, CHAIN_2.getIdPart());
        PRACTICE.observation(CHAIN_1, code104(), "2022-05-05");

        link(CYCLE_A, Patient.LinkType.REPLACEDBY, CYCLE_B.getIdPart());
        link(CYCLE_B, Patient.LinkType.REPLACEDBY, CYCLE_A.getIdPart());
        link(TWO_OLD, Patient.LinkType.REPLACEDBY, TWO_X.getIdPart());
        link(TWO_Y, Patient.LinkType.REPLACES, TWO_OLD.getIdPart());
        link(SURVIVOR_ELSEWHERE, Patient.LinkType.REPLACEDBY, "so-elsewhere");

        link(FETCHED_NEW, Patient.LinkType.REPLACES, "fx-gone");
        PRACTICE.add(PRACTICE.observationOf(patientOutside("fx-gone"), code104(), "2023-03-03"));
        link(REFUSED_NEW, Patient.LinkType.REPLACES, "ff-gone");
    }

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        serveCodedOf("fx-gone");
        for (String type : List.of("Observation", "Condition")) {
            fhir.server()
                    .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/" + type))
                            .withQueryParam("patient", WireMock.equalTo("ff-gone"))
                            .willReturn(aResponse().withStatus(410)));
        }
    }

    @Test
    void aReplacedRecordIsNotApplicableAndItsEntriesCountForTheSurvivor() {
        Map<String, Map<String, Object>> rows = practiceRows();

        assertRow(rows, "rb-old", "NOT_APPLICABLE", "REPLACED_RECORD", "INACTIVE_RECORD");
        assertRow(rows, "rb-new", "OFFER_OPT_IN", "ACTIVE_104");
        assertRow(rows, "rs-old", "NOT_APPLICABLE", "REPLACED_RECORD");
        assertRow(rows, "rs-new", "OPTED_OUT", "DECLINED_103");
        assertRow(rows, "bo-old", "NOT_APPLICABLE", "REPLACED_RECORD");
        assertRow(rows, "bo-new", "PROVISION_ACCESS", "RESCINDED_BY_106");
        assertRow(rows, "ch-1", "NOT_APPLICABLE", "REPLACED_RECORD");
        assertRow(rows, "ch-2", "NOT_APPLICABLE", "REPLACED_RECORD");
        assertRow(rows, "ch-3", "OFFER_OPT_IN", "ACTIVE_104");
        // Replaced records sharing their survivor's number are no duplicates of it.
        rows.values()
                .forEach(row -> assertThat(String.valueOf(row.get("reasons")))
                        .as("%s", row.get("patientId"))
                        .doesNotContain("DUPLICATE_RECORD"));
    }

    @Test
    void everyRecordOfAMergeThatCannotBeSettledIsReviewed() {
        Map<String, Map<String, Object>> rows = practiceRows();

        for (String id : List.of("cy-a", "cy-b", "tw-old", "tw-x", "tw-y", "so-old", "ff-new")) {
            assertThat(rows.get(id)).as(id).containsEntry("recommendation", "REVIEW_REQUIRED");
            assertThat(String.valueOf(rows.get(id).get("reasons"))).as(id).startsWith("[UNRESOLVED_MERGE");
        }
    }

    @Test
    void aRecordOutsideTheCohortThatASurvivorReplacesIsSearchedOnceForItsEntries() {
        Map<String, Map<String, Object>> rows = practiceRows();

        assertRow(rows, "fx-new", "OFFER_OPT_IN", "ACTIVE_104");
        assertThat(rows).doesNotContainKeys("fx-gone", "ff-gone", "so-elsewhere");
        // One search per coded type for the record whose entries came; the refused one is not asked again.
        assertThat(searchesFor("fx-gone"))
                .extracting(path -> path)
                .containsExactlyInAnyOrder(FhirStub.BASE_PATH + "/Observation", FhirStub.BASE_PATH + "/Condition");
        assertThat(searchesFor("ff-gone")).containsExactly(FhirStub.BASE_PATH + "/Observation");
    }

    @Test
    void thePatientEndpointAnswersForTheSurvivorOfAMergedPairSharingAnNhsNumber() {
        servePatients(List.of(REPLACED_BY_NEW, REPLACED_BY_OLD), List.of());

        assertPatient(REPLACED_BY_NEW)
                .statusCode(200)
                .body("patientId", equalTo("rb-new"))
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                .body("reasons", equalTo(List.of("ACTIVE_104")))
                .body("evidence", hasSize(1))
                .body("evidence[0].fromRecord", equalTo("Patient/rb-old"))
                .body("evidence[0].deciding", equalTo(true));
    }

    @Test
    void thePatientEndpointFollowsLinksFromEitherSideAndAlongChains() {
        servePatients(List.of(BOTH_OLD, BOTH_NEW), List.of());
        assertPatient(BOTH_NEW)
                .statusCode(200)
                .body("patientId", equalTo("bo-new"))
                .body("recommendation", equalTo("PROVISION_ACCESS"))
                .body("evidence.find { it.kind == 'REVIEW_INDICATED_104' }.fromRecord", equalTo("Patient/bo-old"));

        servePatients(List.of(CHAIN_1, CHAIN_2, CHAIN_3), List.of());
        assertPatient(CHAIN_3)
                .statusCode(200)
                .body("patientId", equalTo("ch-3"))
                .body("reasons", equalTo(List.of("ACTIVE_104")))
                .body("evidence[0].fromRecord", equalTo("Patient/ch-1"));

        // The old record under another number is searched with the survivor's own entries, in the same searches.
        servePatients(List.of(REPLACES_NEW), List.of("rs-old"));
        assertPatient(REPLACES_NEW)
                .statusCode(200)
                .body("recommendation", equalTo("OPTED_OUT"))
                .body("evidence[0].fromRecord", equalTo("Patient/rs-old"));
    }

    @Test
    void thePatientEndpointCountsTheEntriesOfAReplacedRecordOutsideThePracticeAndReviewsUnsettledMerges() {
        servePatients(List.of(FETCHED_NEW), List.of("fx-gone"));
        assertPatient(FETCHED_NEW)
                .statusCode(200)
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                .body("evidence[0].fromRecord", equalTo("Patient/fx-gone"));

        servePatients(List.of(SURVIVOR_ELSEWHERE), List.of());
        assertPatient(SURVIVOR_ELSEWHERE)
                .statusCode(200)
                .body("recommendation", equalTo("REVIEW_REQUIRED"))
                .body("reasons[0]", equalTo("UNRESOLVED_MERGE"));

        servePatients(List.of(CYCLE_A), List.of());
        assertPatient(CYCLE_A)
                .statusCode(200)
                .body("recommendation", equalTo("REVIEW_REQUIRED"))
                .body("reasons[0]", equalTo("UNRESOLVED_MERGE"));
    }

    private static Patient patient(String id, int serial) {
        return PRACTICE.patient(id, nhsNumber(serial), "1980-01-01");
    }

    /** A Patient of no practice, for its entries only: the record a survivor replaced, no longer registered. */
    private static Patient patientOutside(String id) {
        Patient patient = new Patient();
        patient.setId(id);
        return patient;
    }

    private static void link(Patient patient, Patient.LinkType type, String otherId) {
        patient.addLink().setType(type).setOther(new Reference("Patient/" + otherId));
    }

    /** The coded-entry searches by {@code patient={id}} alone, as for one record, answering its entries. */
    private void serveCodedOf(String id) {
        fhir.search(
                "Observation",
                Map.of("patient", id, "code", CODES),
                PRACTICE.codedOf(Observation.class, id),
                PAGE_SIZE);
        fhir.search(
                "Condition", Map.of("patient", id, "code", CODES), PRACTICE.codedOf(Condition.class, id), PAGE_SIZE);
    }

    /**
     * The patient endpoint's searches when {@code found} all carry the number: the Patient search, then one
     * Observation and one Condition search for the found records and {@code alsoReplaced} together.
     */
    private void servePatients(List<Patient> found, List<String> alsoReplaced) {
        String nhs = found.get(0).getIdentifierFirstRep().getValue();
        List<Patient> asServed = PRACTICE.patients().stream()
                .filter(p -> found.stream().anyMatch(f -> f.getIdPart().equals(p.getIdPart())))
                .toList();
        fhir.search("Patient", Map.of("identifier", FhirStub.nhsTokens(nhs)), asServed, PAGE_SIZE);
        List<String> ids =
                new ArrayList<>(asServed.stream().map(Patient::getIdPart).toList());
        ids.addAll(alsoReplaced);
        for (Class<? extends Resource> type : List.of(Observation.class, Condition.class)) {
            List<Resource> entries = new ArrayList<>();
            ids.forEach(id -> entries.addAll(PRACTICE.codedOf(type, id)));
            fhir.search(
                    type.getSimpleName(), Map.of("patient", String.join(",", ids), "code", CODES), entries, PAGE_SIZE);
        }
    }

    private List<String> searchesFor(String recordId) {
        return fhir.fhirRequests().stream()
                .filter(r -> r.queryParameter("patient").isPresent()
                        && r.queryParameter("patient").firstValue().equals(recordId))
                .map(r -> r.getUrl().substring(0, r.getUrl().indexOf('?')))
                .toList();
    }

    private static void assertRow(
            Map<String, Map<String, Object>> rows, String id, String recommendation, String... reasons) {
        assertThat(rows.get(id)).as(id).containsEntry("recommendation", recommendation);
        assertThat(rows.get(id)).as(id).containsEntry("reasons", List.of(reasons));
    }

    private static Map<String, Map<String, Object>> practiceRows() {
        JsonPath page = given().header("Cache-Control", "no-cache")
                .queryParam("size", 1000)
                .queryParam("asOf", AS_OF)
                .when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> rows = new HashMap<>();
        page.<Map<String, Object>>getList("items").forEach(item -> rows.put((String) item.get("patientId"), item));
        return rows;
    }

    private static ValidatableResponse assertPatient(Patient patient) {
        return given().queryParam("asOf", PATIENT_AS_OF)
                .when()
                .get("/api/v1/patients/" + patient.getIdentifierFirstRep().getValue() + "/access-recommendation")
                .then();
    }
}
