package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.FhirFixtures.code103;
import static io.github.recordaccess.fixtures.FhirFixtures.code104;
import static io.github.recordaccess.fixtures.FhirFixtures.code106;
import static io.github.recordaccess.fixtures.FhirFixtures.condition;
import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.github.recordaccess.fixtures.FhirFixtures.verified;
import static io.github.recordaccess.fixtures.FhirFixtures.withUnreadableValue;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.recordaccess.fhir.NhsIdentifiers;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.rules.FuzzyDate;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The messy records GP systems and shared care records really hold, through HTTP: each must lead to
 * no automatic access, in the practice list and on the patient endpoint alike.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class RealWorldRecordsTest {

    private static final String AS_OF = "2024-06-01";
    /** For the patient endpoint: a day no practice evaluation is cached for, so the patient's own searches run. */
    private static final String PATIENT_AS_OF = "2024-06-03";

    private static final PracticeFixture PRACTICE = new PracticeFixture("MESSY1", "org-messy");
    private static final String BASE = "/api/v1/practices/MESSY1";
    /** Expected reasons per patient id, as of {@link #AS_OF} unless the id says "future". */
    private static final Map<String, List<String>> EXPECTED = new HashMap<>();

    private static final String DUPLICATED_NHS = nhsNumber(9100);

    static {
        int serial = 9001;
        // 104 entered after the 106 but clinically dated before it: the two orders disagree.
        Patient order = patient("order", nhsNumber(serial++), "CONFLICTING_CODES");
        issued(PRACTICE.observation(order, code106(), "2024-03-10"), "2024-03-10T10:00:00Z");
        issued(PRACTICE.observation(order, code104(), "2024-03-01"), "2024-03-12T09:00:00Z");
        // The Condition copy of a 106 re-filed after GP2GP: onset is the clinical date, recordedDate the re-filing.
        Patient gp2gp = patient("gp2gp", nhsNumber(serial++), "CONFLICTING_CODES");
        issued(PRACTICE.observation(gp2gp, code104(), "2023-06-01"), "2023-06-01T10:00:00Z");
        Condition copy = verified(condition("c-gp2gp-106", gp2gp.getIdPart(), code106(), "2024-05-01"), "confirmed");
        copy.setOnset(new DateTimeType("2023-01-01"));
        PRACTICE.add(copy);
        // Future-dated keying errors count as of today (see the "future" tests).
        PRACTICE.observation(
                patient("future104", nhsNumber(serial++), "NO_CODES"),
                code104(),
                today().plusYears(1).toString());
        PRACTICE.observation(patient("future103", nhsNumber(serial++), "NO_CODES"), code103(), "2124-01-01");
        Patient future106 = patient("future106", nhsNumber(9101), "ACTIVE_104");
        PRACTICE.observation(future106, code104(), "2023-02-01");
        PRACTICE.observation(future106, code106(), today().plusDays(1).toString());
        // Near misses: the SNOMED digits under a mistyped system, none, or another system.
        PRACTICE.observation(
                patient("https", nhsNumber(serial++), "UNRECOGNISED_CODING"),
                new Coding("https://snomed.info/sct", code104().getCode(), null),
                "2024-01-01");
        PRACTICE.observation(
                patient("nosystem", nhsNumber(serial++), "UNRECOGNISED_CODING"),
                new Coding(null, code104().getCode(), null),
                "2024-01-01");
        Patient read = patient("ctv3", nhsNumber(serial++), "ACTIVE_104", "UNRECOGNISED_CODING");
        PRACTICE.observation(read, code104(), "2023-01-01");
        PRACTICE.observation(read, new Coding("http://read.info/ctv3", code106().getCode(), null), "2024-01-01");
        // A date-only value exported as midnight is the whole day, so a 106 at 14:00 that day is not "later".
        Patient midnight = patient("midnight", nhsNumber(serial++), "CONFLICTING_CODES");
        PRACTICE.observation(midnight, code104(), "2024-03-05T00:00:00+00:00");
        PRACTICE.observation(midnight, code106(), "2024-03-05T14:00:00Z");
        // A time without an offset is its whole day too.
        Patient zoneless = patient("zoneless", nhsNumber(serial++), "CONFLICTING_CODES");
        PRACTICE.add(withUnreadableValue(
                PRACTICE.observationOf(zoneless, code104(), "2024-03-05T09:00:00Z"),
                "2024-03-05T09:00:00Z",
                "2024-03-05T09:00:00"));
        PRACTICE.observation(zoneless, code106(), "2024-03-05T14:00:00Z");
        // A date that cannot be read makes the entry undated rather than failing the practice.
        Patient unreadable = patient("unreadable", nhsNumber(serial++), "UNDATED_CODE");
        PRACTICE.add(withUnreadableValue(
                PRACTICE.observationOf(unreadable, code104(), "2024-03-05"), "2024-03-05", "05/03/2024"));
        PRACTICE.observation(unreadable, code106(), "2024-03-06");
        // Two registrations of one person, one under the legacy identifier system, one holding the 104.
        PRACTICE.observation(
                patient("dup-a", DUPLICATED_NHS, "DUPLICATE_RECORD", "ACTIVE_104"), code104(), "2023-01-01");
        Patient copyOfA = patient("dup-b", DUPLICATED_NHS, "DUPLICATE_RECORD");
        copyOfA.getIdentifierFirstRep().setSystem(NhsIdentifiers.NHS_NUMBER_LEGACY);
        Patient inactiveCopy = patient("dup-inactive", nhsNumber(serial++), "INACTIVE_RECORD");
        inactiveCopy.setActive(false);
        patient("dup-of-inactive", inactiveCopy.getIdentifierFirstRep().getValue(), "NO_CODES");
        patient("nonhs", null, "NO_NHS_NUMBER").getIdentifier().clear();
        patient("badcheck", "9990000017", "NO_NHS_NUMBER");
    }

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @Test
    void thePracticeListAnswersEveryMessyRecordWithoutProvisioning() {
        Map<String, Map<String, Object>> rows = practiceRows(AS_OF);

        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        EXPECTED.forEach(
                (id, reasons) -> assertThat(rows.get(id).get("reasons")).as(id).isEqualTo(reasons));
        rows.forEach((id, row) -> {
            if (!List.of("future104", "future103", "dup-of-inactive").contains(id)) {
                assertThat(row.get("recommendation")).as(id).isNotEqualTo("PROVISION_ACCESS");
            }
        });
        assertThat(rows.get("dup-a").get("recommendation")).isEqualTo("REVIEW_REQUIRED");
        assertThat(rows.get("dup-a").get("flag")).isEqualTo("ACTIVE_104");
        assertThat(rows.get("dup-b").get("flag")).isEqualTo("NONE");
        assertThat(rows.get("nonhs").get("nhsNumber")).isNull();
    }

    @Test
    void asOfTodayAFutureDated103Or104CountsAndIsReported() {
        Map<String, Map<String, Object>> rows = practiceRows(null);

        assertThat(rows.get("future104"))
                .containsEntry("recommendation", "OFFER_OPT_IN")
                .containsEntry("reasons", List.of("ACTIVE_104", "FUTURE_DATED_CODE"));
        assertThat(rows.get("future103"))
                .containsEntry("recommendation", "OPTED_OUT")
                .containsEntry("reasons", List.of("DECLINED_103", "FUTURE_DATED_CODE"));
        assertThat(rows.get("future106"))
                .containsEntry("recommendation", "OFFER_OPT_IN")
                .containsEntry("reasons", List.of("ACTIVE_104"));
        assertPatient(nhsOf("future106"), null)
                .body("reasons", equalTo(List.of("ACTIVE_104")))
                .body(
                        "evidence.find { it.kind == 'REVIEW_NOT_INDICATED_106' }.notCountedReason",
                        equalTo("AFTER_AS_OF"));
        assertPatient(nhsOf("future104"), null)
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                .body("reasons", equalTo(List.of("ACTIVE_104", "FUTURE_DATED_CODE")))
                .body("evidence[0].futureDated", equalTo(true));
    }

    @Test
    void thePatientEndpointGivesTheSameAnswersAsThePracticeList() {
        int checked = 0;
        for (Patient patient : PRACTICE.patients()) {
            String id = patient.getIdPart();
            String nhs =
                    patient.hasIdentifier() ? patient.getIdentifierFirstRep().getValue() : null;
            if (nhs == null || id.startsWith("dup-") || id.equals("badcheck")) {
                continue; // no number to look up, or one the patient endpoint refuses (see the tests below)
            }
            assertPatient(nhs, PATIENT_AS_OF).body("reasons", equalTo(EXPECTED.get(id)));
            checked++;
        }
        assertThat(checked).isEqualTo(11);
    }

    @Test
    void theEvidenceShowsBothDatesAndWhereEachCameFrom() {
        assertPatient(nhsOf("gp2gp"), PATIENT_AS_OF)
                .body("evidence.find { it.reference == 'Condition/c-gp2gp-106' }.clinicalDate", equalTo("2023-01-01"))
                .body(
                        "evidence.find { it.reference == 'Condition/c-gp2gp-106' }.clinicalDateFrom",
                        equalTo("onsetDateTime"))
                .body("evidence.find { it.reference == 'Condition/c-gp2gp-106' }.recordedTime", equalTo("2024-05-01"))
                .body(
                        "evidence.find { it.reference == 'Condition/c-gp2gp-106' }.recordedTimeFrom",
                        equalTo("recordedDate"))
                .body("evidence.find { it.kind == 'REVIEW_INDICATED_104' }.recordedTimeFrom", equalTo("issued"));
        assertPatient(nhsOf("https"), PATIENT_AS_OF)
                .body("evidence[0].recognisedCoding", equalTo(false))
                .body("evidence[0].system", equalTo("https://snomed.info/sct"))
                .body("evidence[0].notCountedReason", equalTo("UNRECOGNISED_CODING"));
        assertPatient(nhsOf("unreadable"), PATIENT_AS_OF)
                .body("evidence.find { it.kind == 'REVIEW_INDICATED_104' }.dated", equalTo(false))
                .body("evidence.find { it.kind == 'REVIEW_INDICATED_104' }.clinicalDate", equalTo("05/03/2024"));
    }

    @Test
    void recordsSharingAnNhsNumberAreAmbiguousOnThePatientEndpoint() {
        List<Patient> both = PRACTICE.patients().stream()
                .filter(p -> p.getIdPart().startsWith("dup-") && !p.getIdPart().contains("inactive"))
                .toList();
        assertThat(both).hasSize(2);
        fhir.search("Patient", Map.of("identifier", FhirStub.nhsTokens(DUPLICATED_NHS)), both, PAGE_SIZE);

        given().queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/patients/" + DUPLICATED_NHS + "/access-recommendation")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/ambiguous-record"));
        List<LoggedRequest> searches = fhir.fhirRequests().stream()
                .filter(r -> r.getUrl().startsWith(FhirStub.BASE_PATH + "/Patient?"))
                .toList();
        assertThat(searches)
                .singleElement()
                .satisfies(r -> assertThat(r.queryParameter("identifier").firstValue())
                        .isEqualTo(FhirStub.nhsTokens(DUPLICATED_NHS)));
    }

    @Test
    void anNhsNumberFailingTheCheckDigitIsRefusedBeforeAnyFhirCall() {
        given().when()
                .get("/api/v1/patients/9990000017/access-recommendation")
                .then()
                .statusCode(400);
        assertThat(fhir.fhirRequests()).isEmpty();
    }

    @Test
    void searchingByCodeValueAloneCostsNoExtraRequest() {
        given().header("Cache-Control", "no-cache")
                .queryParam("asOf", AS_OF)
                .when()
                .get(BASE + "/summary")
                .then()
                .statusCode(200);
        List<LoggedRequest> codeSearches = fhir.fhirRequests().stream()
                .filter(r -> r.getUrl().contains("code="))
                .toList();
        // One search per code value (103, 104, 106 and each safeguarding concern code) and type, each followed
        // by its own next pages only.
        for (String type : List.of("/Observation?", "/Condition?")) {
            assertThat(codeSearches)
                    .filteredOn(r -> r.getUrl().contains(type))
                    .extracting(r -> r.queryParameter("code").firstValue())
                    .containsExactlyInAnyOrderElementsOf(PracticeFixture.CODE_VALUES);
        }
        assertThat(codeSearches).hasSize(PracticeFixture.CODE_SEARCHES);

        fhir.server().resetRequests();
        assertPatient(nhsOf("https"), "2024-06-04");
        List<LoggedRequest> patientCodeSearches = fhir.fhirRequests().stream()
                .filter(r -> r.getUrl().contains("code="))
                .toList();
        assertThat(patientCodeSearches)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.queryParameter("code").firstValue())
                        .isEqualTo(String.join(",", PracticeFixture.CODE_VALUES)));
    }

    private static Patient patient(String id, String nhs, String... reasons) {
        EXPECTED.put(id, List.of(reasons));
        return PRACTICE.patient(id, nhs, "1980-01-01");
    }

    private static Observation issued(Observation observation, String issued) {
        observation.setIssuedElement(new InstantType(issued));
        return observation;
    }

    private static String nhsOf(String id) {
        return PRACTICE.patients().stream()
                .filter(p -> p.getIdPart().equals(id))
                .findFirst()
                .orElseThrow()
                .getIdentifierFirstRep()
                .getValue();
    }

    private Map<String, Map<String, Object>> practiceRows(String asOf) {
        var request = given().header("Cache-Control", "no-cache").queryParam("size", 1000);
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        JsonPath page = request.when()
                .get(BASE + "/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> rows = new HashMap<>();
        page.<Map<String, Object>>getList("items").forEach(item -> rows.put((String) item.get("patientId"), item));
        return rows;
    }

    private static io.restassured.response.ValidatableResponse assertPatient(String nhs, String asOf) {
        var request = given();
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.when()
                .get("/api/v1/patients/" + nhs + "/access-recommendation")
                .then()
                .statusCode(200);
    }

    private static LocalDate today() {
        return LocalDate.now(FuzzyDate.LONDON);
    }
}
