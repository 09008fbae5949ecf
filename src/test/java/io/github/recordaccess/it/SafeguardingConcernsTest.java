package io.github.recordaccess.it;

import static io.github.recordaccess.it.SafeguardingPractice.ACTIVE_104;
import static io.github.recordaccess.it.SafeguardingPractice.AS_OF;
import static io.github.recordaccess.it.SafeguardingPractice.BULK_106_A;
import static io.github.recordaccess.it.SafeguardingPractice.BULK_106_B;
import static io.github.recordaccess.it.SafeguardingPractice.BULK_106_ONLY;
import static io.github.recordaccess.it.SafeguardingPractice.CHILD_WITH_CONCERN;
import static io.github.recordaccess.it.SafeguardingPractice.CONDITION_IN_ERROR;
import static io.github.recordaccess.it.SafeguardingPractice.CONDITION_REFUTED;
import static io.github.recordaccess.it.SafeguardingPractice.LIST;
import static io.github.recordaccess.it.SafeguardingPractice.OBSERVATION_CANCELLED;
import static io.github.recordaccess.it.SafeguardingPractice.OBSERVATION_IN_ERROR;
import static io.github.recordaccess.it.SafeguardingPractice.ODS;
import static io.github.recordaccess.it.SafeguardingPractice.REVIEWED;
import static io.github.recordaccess.it.SafeguardingPractice.REVIEWED_BEFORE;
import static io.github.recordaccess.it.SafeguardingPractice.TURNING_16;
import static io.github.recordaccess.it.SafeguardingPractice.TURNING_16_WITH_CONCERN;
import static io.github.recordaccess.it.SafeguardingPractice.UNREVIEWED;
import static io.github.recordaccess.it.SafeguardingPractice.nhs;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Safeguarding concerns in a practice's list (JSON and CSV), summary, checklist and worklists: a concern that no
 * individual 106 follows brings an adult to review before automatic access, and is added to every other answer
 * about a living patient of the practice.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class SafeguardingConcernsTest {

    /** What the practice list answers for each patient (the practice is not in the registry). */
    static final Map<Patient, Answer> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(UNREVIEWED, review("SAFEGUARDING_CONCERN"));
        EXPECTED.put(REVIEWED, new Answer("PROVISION_ACCESS", List.of("NOT_INDICATED_106"), List.of("PROVIDE_ACCESS")));
        EXPECTED.put(BULK_106_ONLY, review("SAFEGUARDING_CONCERN", "NOT_INDICATED_106"));
        EXPECTED.put(
                BULK_106_A, new Answer("PROVISION_ACCESS", List.of("NOT_INDICATED_106"), List.of("PROVIDE_ACCESS")));
        EXPECTED.put(
                BULK_106_B, new Answer("PROVISION_ACCESS", List.of("NOT_INDICATED_106"), List.of("PROVIDE_ACCESS")));
        EXPECTED.put(
                OBSERVATION_IN_ERROR, new Answer("PROVISION_ACCESS", List.of("NO_CODES"), List.of("PROVIDE_ACCESS")));
        EXPECTED.put(
                CONDITION_IN_ERROR, new Answer("PROVISION_ACCESS", List.of("NO_CODES"), List.of("PROVIDE_ACCESS")));
        EXPECTED.put(
                TURNING_16_WITH_CONCERN,
                new Answer(
                        "NOT_APPLICABLE",
                        List.of("UNDER_16", "SAFEGUARDING_CONCERN"),
                        List.of("CONSIDER_104_SAFEGUARDING", "AT_SIXTEEN")));
        EXPECTED.put(TURNING_16, new Answer("NOT_APPLICABLE", List.of("UNDER_16"), List.of("AT_SIXTEEN")));
        EXPECTED.put(
                CHILD_WITH_CONCERN,
                new Answer(
                        "NOT_APPLICABLE",
                        List.of("UNDER_16", "SAFEGUARDING_CONCERN"),
                        List.of("CONSIDER_104_SAFEGUARDING", "AT_SIXTEEN")));
        // Access is withheld by the 104 already: the reason is added, no action to consider one.
        EXPECTED.put(
                ACTIVE_104,
                new Answer(
                        "OFFER_OPT_IN",
                        List.of("ACTIVE_104", "SAFEGUARDING_CONCERN"),
                        List.of("OFFER_ACCESS_ON_REQUEST")));
        // A 106 before the concern reviews nothing of it.
        EXPECTED.put(REVIEWED_BEFORE, review("SAFEGUARDING_CONCERN", "NOT_INDICATED_106"));
        EXPECTED.put(
                OBSERVATION_CANCELLED, new Answer("PROVISION_ACCESS", List.of("NO_CODES"), List.of("PROVIDE_ACCESS")));
        EXPECTED.put(CONDITION_REFUTED, new Answer("PROVISION_ACCESS", List.of("NO_CODES"), List.of("PROVIDE_ACCESS")));
    }

    /** One patient's answer in the list: recommendation, reasons and action ids, in order. */
    record Answer(String recommendation, List<String> reasons, List<String> actions) {}

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        SafeguardingPractice.serve(fhir);
    }

    @Test
    void thePracticeListAnswersEachConcernAsTheRulesSay() {
        JsonPath list = given().queryParam("asOf", AS_OF)
                .queryParam("size", 1000)
                .header("Cache-Control", "no-cache")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Answer> answers = new TreeMap<>();
        List<String> numbers = list.getList("items.nhsNumber");
        for (int i = 0; i < numbers.size(); i++) {
            String item = "items[" + i + "].";
            answers.put(
                    numbers.get(i),
                    new Answer(
                            list.getString(item + "recommendation"),
                            list.getList(item + "reasons"),
                            list.getList(item + "actions.id")));
        }
        assertThat(answers).isEqualTo(byNhsNumber());
    }

    @Test
    void theCsvCarriesTheReasonAndTheActionForEveryPatient() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", AS_OF)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        Map<String, Answer> answers = new TreeMap<>();
        // nhs_number, …, recommendation (4), flag, reasons (6), eligible_from, bulk_coded_104, actions (9), …
        csv.lines()
                .skip(1)
                .map(line -> line.split(",", -1))
                .forEach(cells -> answers.put(
                        cells[0], new Answer(cells[4], List.of(cells[6].split(";")), List.of(cells[9].split(";")))));
        assertThat(answers).isEqualTo(byNhsNumber());
    }

    @Test
    void theSummaryCountsThePatientsWithAConcernThatNoIndividualReviewFollows() {
        given().queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/practices/" + ODS + "/summary")
                .then()
                .statusCode(200)
                .body("patients", equalTo(EXPECTED.size()))
                .body("safeguardingConcerns", equalTo(SafeguardingPractice.WITH_CONCERN.size()))
                .body("recommendations.PROVISION_ACCESS", equalTo(7))
                .body("recommendations.REVIEW_REQUIRED", equalTo(3))
                .body("recommendations.NOT_APPLICABLE", equalTo(3))
                .body("recommendations.OFFER_OPT_IN", equalTo(1))
                // A bulk-106 day is no bulk-coding day of 104s.
                .body("bulkCodingDates", empty())
                .body("bulkCoded104", equalTo(0));
    }

    @Test
    void theReasonFilterListsEveryPatientWithAnUnreviewedConcern() {
        given().queryParam("asOf", AS_OF)
                .queryParam("reason", "SAFEGUARDING_CONCERN")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo(SafeguardingPractice.WITH_CONCERN.size()))
                .body("items.nhsNumber", equalTo(sortedNhs(SafeguardingPractice.WITH_CONCERN)));
    }

    @Test
    void theActionFilterListsThoseWhoseConcernDecidedOrWhoAreUnder16() {
        List<Patient> advised =
                List.of(UNREVIEWED, BULK_106_ONLY, TURNING_16_WITH_CONCERN, CHILD_WITH_CONCERN, REVIEWED_BEFORE);
        given().queryParam("asOf", AS_OF)
                .queryParam("action", "CONSIDER_104_SAFEGUARDING")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo(advised.size()))
                .body("items.nhsNumber", equalTo(sortedNhs(advised)))
                .body("items.collect { it.actions[0].id }", everyItem(equalTo("CONSIDER_104_SAFEGUARDING")));

        String csv = given().accept("text/csv")
                .queryParam("asOf", AS_OF)
                .queryParam("action", "CONSIDER_104_SAFEGUARDING")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().skip(1).map(line -> line.split(",", 2)[0]))
                .containsExactlyElementsOf(sortedNhs(advised));
    }

    @Test
    void theTurning16StepCountsItsPatientsWithAConcernAndLinksToThem() {
        JsonPath checklist = given().queryParam("asOf", AS_OF)
                .queryParam("system", "EMIS")
                .queryParam("live", "false")
                .when()
                .get("/api/v1/practices/" + ODS + "/checklist")
                .then()
                .statusCode(200)
                .body("serviceSteps.find { it.id == 'TURNING_16' }.patients", equalTo(2))
                .body("serviceSteps.find { it.id == 'TURNING_16' }.safeguardingConcerns", equalTo(1))
                .body(
                        "serviceSteps.find { it.id == 'TURNING_16' }.safeguardingConcernsHref",
                        equalTo(LIST + "?reason=SAFEGUARDING_CONCERN&turning16Within=90&asOf=" + AS_OF))
                // Only the TURNING_16 step singles out concerns.
                .body("serviceSteps.findAll { it.id != 'TURNING_16' }.safeguardingConcerns", everyItem(nullValue()))
                .extract()
                .jsonPath();

        String href = checklist.getString("serviceSteps.find { it.id == 'TURNING_16' }.safeguardingConcernsHref");
        given().urlEncodingEnabled(false)
                .when()
                .get(href)
                .then()
                .statusCode(200)
                .body(
                        "total",
                        equalTo(checklist.getInt("serviceSteps.find { it.id == 'TURNING_16' }.safeguardingConcerns")))
                .body("items.nhsNumber", contains(nhs(TURNING_16_WITH_CONCERN)));
    }

    private static Answer review(String... reasons) {
        return new Answer("REVIEW_REQUIRED", List.of(reasons), List.of("CONSIDER_104_SAFEGUARDING"));
    }

    private static Map<String, Answer> byNhsNumber() {
        Map<String, Answer> expected = new TreeMap<>();
        EXPECTED.forEach((patient, answer) -> expected.put(nhs(patient), answer));
        return expected;
    }

    private static List<String> sortedNhs(List<Patient> patients) {
        return patients.stream().map(SafeguardingPractice::nhs).sorted().toList();
    }
}
