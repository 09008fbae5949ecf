package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.FhirFixtures.childProtectionPlan;
import static io.github.recordaccess.fixtures.FhirFixtures.code103;
import static io.github.recordaccess.fixtures.FhirFixtures.code104;
import static io.github.recordaccess.fixtures.FhirFixtures.condition;
import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.github.recordaccess.fixtures.FhirFixtures.organizationByOdsCode;
import static io.github.recordaccess.fixtures.FhirFixtures.performedBy;
import static io.github.recordaccess.fixtures.FhirFixtures.vulnerableAdult;
import static io.github.recordaccess.fixtures.FhirFixtures.withClinicalStatus;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.github.recordaccess.fhir.NhsIdentifiers;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.ClinicalSystem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every action id through HTTP, at an EMIS practice that went live on 2023-10-31 (as of 2024-06-01), and
 * what changes when the practice registry changes: the actions follow the registry at once, without
 * evaluating the practice again.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class ActionsApiTest {

    static final String ODS = "G12345";
    static final LocalDate GO_LIVE = LocalDate.of(2023, 10, 31);
    static final PracticeFixture PRACTICE = practice();
    static final String LIST = "/api/v1/practices/" + ODS + "/access-recommendations";

    /** Each patient's action ids at the live practice. */
    static final Map<String, List<ActionId>> LIVE = new LinkedHashMap<>();

    static {
        LIVE.put("p01", List.of(ActionId.PROVIDE_ACCESS));
        LIVE.put("p02", List.of(ActionId.OFFER_ACCESS_ON_REQUEST, ActionId.REVIEW_BULK_CODED_104));
        LIVE.put("p03", List.of(ActionId.OFFER_ACCESS_ON_REQUEST, ActionId.REVIEW_BULK_CODED_104));
        // The 106 (2023-11-02) rescinding p04's 104 came after go-live.
        LIVE.put("p04", List.of(ActionId.ENABLE_ACCESS_MANUALLY));
        LIVE.put("p05", List.of(ActionId.RESPECT_OPT_OUT));
        // Under 16 with a 104 of 2024-01-15, after go-live.
        LIVE.put("p06", List.of(ActionId.CHECK_EXISTING_ACCESS, ActionId.AT_SIXTEEN));
        LIVE.put("p07", List.of(ActionId.REVIEW_RECORD));
        // 104 and 106 of the same day, 2024-02-02: either may be in force, and it postdates go-live.
        LIVE.put("p08", List.of(ActionId.CHECK_EXISTING_ACCESS, ActionId.REVIEW_RECORD));
        LIVE.put("p09", List.of(ActionId.NO_ACTION));
        LIVE.put("p10", List.of(ActionId.PROVIDE_ACCESS));
        LIVE.put("p11", List.of(ActionId.OFFER_ACCESS_ON_REQUEST));
        LIVE.put("p12", List.of(ActionId.CHECK_EXISTING_ACCESS, ActionId.OFFER_ACCESS_ON_REQUEST));
        LIVE.put("p13", List.of(ActionId.CHECK_EXISTING_ACCESS, ActionId.RESPECT_OPT_OUT));
        LIVE.put("p14", List.of(ActionId.OFFER_ACCESS_ON_REQUEST, ActionId.REVIEW_INHERITED_104));
        // An adult with a safeguarding concern that no 106 follows.
        LIVE.put("p15", List.of(ActionId.CONSIDER_104_SAFEGUARDING));
        // Under 16, on a child protection plan, with a 104 after go-live: the 104 withholds access already, so the
        // concern adds its reason only, no action to consider a 104.
        LIVE.put("p16", List.of(ActionId.CHECK_EXISTING_ACCESS, ActionId.AT_SIXTEEN));
    }

    @InjectFhirServer
    FhirStub fhir;

    @Inject
    PracticeRegistry registry;

    /** The standard practice, plus a 104 and a 103 added after go-live. */
    static PracticeFixture practice() {
        PracticeFixture p = PracticeFixture.standard(ODS, "org-g", 700);
        p.observation(p.patient("org-g-p12", nhsNumber(720), "1982-12-12"), code104(), "2024-01-10");
        p.observation(p.patient("org-g-p13", nhsNumber(721), "1983-01-13"), code103(), "2024-01-10");
        // A 104 a previous practice recorded before go-live.
        performedBy(
                p.observation(p.patient("org-g-p14", nhsNumber(722), "1984-02-14"), code104(), "2022-03-03"),
                organizationByOdsCode(NhsIdentifiers.ODS_CODE, "Y21001"));
        p.add(withClinicalStatus(
                condition(
                        "org-g-c-concern-p15",
                        p.patient("org-g-p15", nhsNumber(723), "1985-03-15").getIdPart(),
                        vulnerableAdult(),
                        "2023-06-01"),
                "resolved"));
        Patient p16 = p.patient("org-g-p16", nhsNumber(724), "2012-04-16");
        p.observation(p16, childProtectionPlan(), "2023-09-01");
        p.observation(p16, code104(), "2024-02-01");
        return p;
    }

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        registry.replaceAll(List.of(new PracticeEntry(ODS, "Practice G", ClinicalSystem.EMIS, GO_LIVE)));
    }

    @AfterEach
    void clearRegistry() {
        registry.replaceAll(List.of());
    }

    @Test
    void everyPatientGetsTheActionsOfTheTable() {
        assertThat(actionIdsByPatient()).isEqualTo(new TreeMap<>(LIVE));
        assertThat(LIVE.values().stream().flatMap(List::stream).distinct())
                .as("the table covers every action id")
                .containsExactlyInAnyOrder(ActionId.values());
    }

    @ParameterizedTest
    @EnumSource(ActionId.class)
    void theActionFilterListsThePatientsAdvisedThatAction(ActionId id) {
        List<String> expected = LIVE.entrySet().stream()
                .filter(e -> e.getValue().contains(id))
                .map(e -> "org-g-" + e.getKey())
                .toList();
        assertThat(expected).isNotEmpty();

        given().queryParam("asOf", "2024-06-01")
                .queryParam("action", id.name())
                .queryParam("size", 1000)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo(expected.size()))
                .body("items.patientId", equalTo(expected))
                .body("items.actions", everyItem(not(org.hamcrest.Matchers.empty())));
    }

    @Test
    void withoutARegistryEntryOnlyTheActionsThatNeedNoGoLiveDate() {
        registry.replaceAll(List.of());

        Map<String, List<ActionId>> actions = actionIdsByPatient();

        assertThat(actions.get("p04")).containsExactly(ActionId.PROVIDE_ACCESS);
        assertThat(actions.get("p06")).containsExactly(ActionId.AT_SIXTEEN);
        assertThat(actions.get("p08")).containsExactly(ActionId.REVIEW_RECORD);
        assertThat(actions.get("p12")).containsExactly(ActionId.OFFER_ACCESS_ON_REQUEST);
        assertThat(actions.get("p13")).containsExactly(ActionId.RESPECT_OPT_OUT);
        assertThat(actions.get("p15")).containsExactly(ActionId.CONSIDER_104_SAFEGUARDING);
        assertThat(actions.get("p16")).containsExactly(ActionId.AT_SIXTEEN);
        assertThat(actions.values().stream().flatMap(List::stream))
                .doesNotContain(ActionId.CHECK_EXISTING_ACCESS, ActionId.ENABLE_ACCESS_MANUALLY);
    }

    @Test
    void aRegistryChangeShowsAtOnceWithoutEvaluatingThePracticeAgain() {
        assertThat(actionIdsByPatient().get("p12")).contains(ActionId.CHECK_EXISTING_ACCESS);
        int requests = fhir.fhirRequests().size();

        // The practice turns out not to have gone live yet.
        registry.replaceAll(List.of(new PracticeEntry(ODS, "Practice G", ClinicalSystem.EMIS, null)));

        assertThat(actionIdsByPatient().get("p12")).containsExactly(ActionId.OFFER_ACCESS_ON_REQUEST);
        assertThat(fhir.fhirRequests()).hasSize(requests);
    }

    @Test
    void liveIsJudgedAsOfTheAnswersDay() {
        registry.replaceAll(
                List.of(new PracticeEntry(ODS, "Practice G", ClinicalSystem.EMIS, LocalDate.of(2024, 6, 2))));

        assertThat(actionIdsByPatient().get("p12")).containsExactly(ActionId.OFFER_ACCESS_ON_REQUEST);
    }

    @Test
    void thePatientEndpointAdvisesForThePatientsOwnPractice() {
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(PatientApiTest.path(nhsNumber(720)))
                .then()
                .statusCode(200)
                .body("practiceOdsCode", equalTo(ODS))
                .body("actions.id", contains("CHECK_EXISTING_ACCESS", "OFFER_ACCESS_ON_REQUEST"))
                .body("actions[0].text", containsString("(31 October 2023)"))
                .body("actions[1].text", containsString("Offer access on request"));

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(PatientApiTest.path(
                        PRACTICE.patient(3).getIdentifierFirstRep().getValue()))
                .then()
                .statusCode(200)
                .body("patientId", equalTo("org-g-p04"))
                .body("actions.id", contains("ENABLE_ACCESS_MANUALLY"))
                .body("actions[0].text", containsString("does not switch access on by itself"))
                .body("actions[0].text", containsString("third parties"));
    }

    @Test
    void thePatientEndpointWithoutARegistryEntryGivesTheActionsThatNeedNoGoLiveDate() {
        registry.replaceAll(List.of());

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get(PatientApiTest.path(nhsNumber(721)))
                .then()
                .statusCode(200)
                .body("actions.id", contains("RESPECT_OPT_OUT"));
    }

    @Test
    void atATppPracticeAccessWillNotStartByItselfAtSixteen() {
        registry.replaceAll(List.of(new PracticeEntry(ODS, "Practice G", ClinicalSystem.TPP, GO_LIVE)));

        given().queryParam("asOf", "2024-06-01")
                .queryParam("action", "AT_SIXTEEN")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.patientId", contains("org-g-p06", "org-g-p16"))
                .body("items[0].actions.find { it.id == 'AT_SIXTEEN' }.text", containsString("1 March 2026"))
                .body(
                        "items[0].actions.find { it.id == 'AT_SIXTEEN' }.text",
                        containsString("TPP will not start access by itself at 16"));
    }

    @Test
    void theAdviceToProvideAccessSaysToCheckForThirdPartyAndHarmfulInformationFirst() {
        given().queryParam("asOf", "2024-06-01")
                .queryParam("action", "PROVIDE_ACCESS")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.actions.flatten().text", everyItem(containsString("third parties")))
                .body("items.actions.flatten().text", everyItem(containsString("harm")));
    }

    @Test
    void theCsvActionsColumnCarriesTheIds() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", "2024-06-01")
                .queryParam("action", "CHECK_EXISTING_ACCESS")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        // The actions column, before nhs_number_verification.
        assertThat(csv.lines().skip(1).map(l -> l.split(",", -1)[9]))
                .containsExactly(
                        "CHECK_EXISTING_ACCESS;AT_SIXTEEN",
                        "CHECK_EXISTING_ACCESS;REVIEW_RECORD",
                        "CHECK_EXISTING_ACCESS;OFFER_ACCESS_ON_REQUEST",
                        "CHECK_EXISTING_ACCESS;RESPECT_OPT_OUT",
                        "CHECK_EXISTING_ACCESS;AT_SIXTEEN");
    }

    /** Patient (p01…) → action ids, as the JSON worklist gives them. */
    private static Map<String, List<ActionId>> actionIdsByPatient() {
        JsonPath json = given().queryParam("asOf", "2024-06-01")
                .queryParam("size", 1000)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, List<ActionId>> actions = new TreeMap<>();
        List<String> patients = json.getList("items.patientId");
        for (int i = 0; i < patients.size(); i++) {
            actions.put(
                    patients.get(i).substring("org-g-".length()),
                    json.getList("items[" + i + "].actions.id", String.class).stream()
                            .map(ActionId::valueOf)
                            .toList());
        }
        return actions;
    }
}
