package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.web.PageHeaders;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages over the demo practices, read as HTML: what they show, their headers and their error pages. */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class PagesTest {

    static final String AS_OF = "2025-06-01";

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @Test
    void theOverviewShowsEachPracticesProfileAndEveryRecommendationCount() {
        var summary = given().queryParam("asOf", AS_OF)
                .get("/api/v1/practices/DEMOEMIS/summary")
                .then()
                .extract()
                .jsonPath();
        String page = given().accept("text/html")
                .get("/?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Live since", "31 October 2023", "Not live", ">EMIS Web<", ">TPP SystmOne<", "Evaluated")
                .contains("Declined (103) </span>" + summary.getInt("recommendations.OPTED_OUT") + "<")
                .contains("Check the record first </span>" + summary.getInt("recommendations.REVIEW_REQUIRED") + "<")
                .contains("Give access </span>" + summary.getInt("recommendations.PROVISION_ACCESS") + "<");
    }

    @Test
    void theOverviewListsEveryRegisteredPracticeWithItsExcludedShare() {
        given().accept("text/html")
                .get("/?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(PageHeaders.CONTENT_SECURITY_POLICY))
                .header("Cache-Control", "no-store")
                .body(containsString("href=\"/practices/DEMOEMIS?asOf=" + AS_OF + "\""))
                .body(containsString("href=\"/practices/DEMOTPP?asOf=" + AS_OF + "\""))
                .body(not(containsString("<script>")));
    }

    @Test
    void aPracticePageShowsItsChecklistWithLinksToItsOwnWorklists() {
        given().accept("text/html")
                .get("/practices/DEMOEMIS?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .body(containsString("What the practice should do"))
                .body(containsString("/practices/DEMOEMIS?bulkCoded104=true&amp;asOf=" + AS_OF + "#worklist"))
                .body(containsString("href=\"/patients/999"));
    }

    @Test
    void aFilteredWorklistListsOnlyItsPatients() {
        given().accept("text/html")
                .get("/practices/DEMOEMIS?recommendation=REVIEW_REQUIRED&asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .body(containsString(">Check the record first</strong>"))
                .body(not(containsString(">Give access</strong>")));
    }

    @Test
    void aPracticeThatFailedShowsItsProblemNotFiguresAndComesFirst() {
        List<PracticeEntry> practices = new ArrayList<>(DemoPractices.REGISTRY);
        practices.add(new PracticeEntry("ZZ999", "Missing Practice", ClinicalSystem.EMIS, null));
        registry.replaceAll(practices);
        var problem = given().accept("application/json")
                .get("/api/v1/practices?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(problem.getString("practices[0].practiceOdsCode")).isEqualTo("ZZ999");
        String title = problem.getString("practices[0].problem.title");

        String page = given().accept("text/html")
                .get("/?sort=patients&order=asc&asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String row = page.substring(
                page.indexOf("Missing Practice"), page.indexOf("</tr>", page.indexOf("Missing Practice")));
        assertThat(row)
                .contains("<strong>Could not be checked</strong>: ", "nhsuk-tag--red\">Could not be checked")
                .doesNotContain(title)
                .doesNotContain("Patients </span>", "%");
        assertThat(page.indexOf("Missing Practice"))
                .as("first, even sorted by patients lowest first")
                .isLessThan(page.indexOf("Demo TPP Practice"));
    }

    @Test
    void theOverviewsCsvDownloadIsTheApisCsv() {
        var api = given().accept("text/csv")
                .get("/api/v1/practices?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract();
        var page = given().get("/practices.csv?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract();
        assertThat(page.contentType()).startsWith("text/csv");
        assertThat(page.header("Content-Disposition")).isEqualTo(api.header("Content-Disposition"));
        assertThat(page.asString()).isEqualTo(api.asString()).contains("DEMOEMIS", "DEMOTPP");
        given().accept("text/html")
                .get("/?asOf=" + AS_OF)
                .then()
                .body(containsString("href=\"/practices.csv?asOf=" + AS_OF + "\""));
    }

    @Test
    void aWorklistsCsvDownloadIsTheApisCsvUnderTheSameFilterAndIsAudited() throws Exception {
        String filter = "recommendation=OFFER_OPT_IN&bulkCoded104=true&asOf=" + AS_OF;
        var api = given().accept("text/csv")
                .get("/api/v1/practices/DEMOEMIS/access-recommendations?" + filter)
                .then()
                .statusCode(200)
                .extract();
        String page = given().accept("text/html")
                .get("/practices/DEMOEMIS?" + filter)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("href=\"/practices/DEMOEMIS/patients.csv?" + filter.replace("&", "&amp;") + "\"");

        List<JsonNode> events;
        String csv;
        try (LogCapture capture = LogCapture.install()) {
            var download = given().get("/practices/DEMOEMIS/patients.csv?" + filter)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .header("Cache-Control", "no-store")
                    .header("Content-Disposition", equalTo(api.header("Content-Disposition")))
                    .extract();
            csv = download.asString();
            events = AuditEvents.in(capture);
        }
        assertThat(csv).isEqualTo(api.asString());
        long rows = csv.lines().count() - 1;
        assertThat(rows).isPositive();
        assertThat(page).contains(TaskWords.patients((int) rows) + " on this list");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("endpoint").asText()).isEqualTo("/practices/{odsCode}/patients.csv");
        assertThat(events.get(0).get("format").asText()).isEqualTo("csv");
        assertThat(events.get(0).get("patientsReturned").asLong()).isEqualTo(rows);
    }

    @Test
    void theOverviewSortsByAnyColumnBothWays() {
        String ascending = given().accept("text/html")
                .get("/?sort=practice&order=asc&asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(ascending.indexOf(">Demo EMIS Practice<")).isLessThan(ascending.indexOf(">Demo TPP Practice<"));
        assertThat(ascending)
                .contains(
                        "aria-sort=\"ascending\"><a class=\"nhsuk-link app-sort\" href=\"/?sort=practice&amp;order=desc")
                .contains("Sorted by practice, A to Z");
        String descending = given().accept("text/html")
                .get("/?sort=practice&order=desc&asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(descending.indexOf(">Demo TPP Practice<")).isLessThan(descending.indexOf(">Demo EMIS Practice<"));
        given().accept("text/html")
                .get("/?sort=colour")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("Part of the web address (the sort order) cannot be used."))
                .body(not(containsString("live-since")));
    }

    @Test
    void theSearchFormTakesAnNhsNumberWithSpacesAndGoesToThePatient() {
        given().accept("text/html")
                .get("/patients?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .body(containsString("<h1 class=\"nhsuk-heading-xl\">Find a patient</h1>"))
                .body(not(containsString("There is a problem")));
        given().accept("text/html")
                .redirects()
                .follow(false)
                .get("/patients?nhsNumber=999 000 1243&asOf=" + AS_OF)
                .then()
                .statusCode(303)
                .header("Location", equalTo("/patients/9990001243?asOf=" + AS_OF));
    }

    @Test
    void theSearchFormSaysWhatIsWrongWithANumberThatIsNoNhsNumber() {
        for (String[] entry : new String[][] {
            {"", "Enter an NHS number"},
            {"12345", "NHS number must be 10 digits"},
            {"999000001X", "NHS number must be 10 digits"},
            {"9990001244", "Enter a valid NHS number: the last digit is a check digit"}
        }) {
            given().accept("text/html")
                    .queryParam("nhsNumber", entry[0])
                    .get("/patients")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("text/html"))
                    .body(containsString("There is a problem"))
                    .body(containsString("<title>Error: Find a patient"))
                    .body(containsString("nhsuk-input--error"))
                    .body(containsString(entry[1]));
        }
    }

    @Test
    void thePracticePageListsItsBulkCodingDaysAsTheSummaryCountsThem() {
        var summary = given().queryParam("asOf", AS_OF)
                .get("/api/v1/practices/DEMOEMIS/summary")
                .then()
                .extract()
                .jsonPath();
        List<String> days = summary.getList("bulkCodingDates.date");
        assertThat(days).as("the demo practice has bulk-coding days").isNotEmpty();
        String page = given().accept("text/html")
                .get("/practices/DEMOEMIS?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (int i = 0; i < days.size(); i++) {
            assertThat(page)
                    .contains("<td class=\"nhsuk-table__cell\">"
                            + DisplayFormats.date(java.time.LocalDate.parse(days.get(i)))
                            + "</td><td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">"
                            + summary.getInt("bulkCodingDates[" + i + "].patients") + "</td>");
        }
        assertThat(page).contains("List the " + summary.getInt("bulkCoded104") + " patients");
    }

    @Test
    void aPatientPageShowsTheActionsAndTheEvidence() {
        given().accept("text/html")
                .get("/patients/9990001243?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .body(containsString("Access on request only (104)"))
                .body(containsString("Technical details"))
                .body(containsString("Observation/demo-emis-00023-o47"))
                .body(containsString("Review the 104 added in bulk"));
    }

    @Test
    void aSurvivorsPatientPageSaysWhichMergedRecordAnEntryIsOn() {
        given().accept("text/html")
                .get("/patients/" + demoNhsNumber("demo-emis-merge-01") + "?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .body(containsString("Access on request only (104)"))
                .body(containsString("From a record merged into this one"))
                .body(containsString("Patient/demo-emis-merge-01-old"));
    }

    @Test
    void aPatientPageShowsTheNhsNumberVerificationAndWhoRecordedAnInherited104() {
        given().accept("text/html")
                .get("/patients/" + demoNhsNumber("demo-tpp-nhs-not-traced") + "?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .body(containsString("NHS number not verified"))
                .body(containsString("NHS number verification"))
                .body(containsString("02 (number present but not traced)"));
        given().accept("text/html")
                .get("/patients/" + demoNhsNumber("demo-tpp-104-from-previous-by-ods") + "?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .body(containsString("104 added by another organisation"))
                .body(containsString("Review the 104 from another organisation"))
                .body(containsString("Recorded by the organisation with ODS code DEMOPREV"))
                .body(not(containsString("NHS number verification")));
    }

    private static String demoNhsNumber(String patientId) {
        return DemoPractices.resources().stream()
                .filter(r -> r instanceof org.hl7.fhir.r4.model.Patient
                        && r.getIdPart().equals(patientId))
                .map(r -> ((org.hl7.fhir.r4.model.Patient) r)
                        .getIdentifierFirstRep()
                        .getValue())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void thePracticeAndPatientPagesLeaveAuditEventsAndOrdinaryLogsNoPatientData() throws Exception {
        List<JsonNode> events;
        List<String> ordinary;
        try (LogCapture capture = LogCapture.install()) {
            given().accept("text/html")
                    .get("/practices/DEMOEMIS?asOf=" + AS_OF)
                    .then()
                    .statusCode(200);
            given().accept("text/html")
                    .get("/patients/9990001243?asOf=" + AS_OF)
                    .then()
                    .statusCode(200);
            events = AuditEvents.in(capture);
            ordinary = AuditEvents.ordinary(capture);
        }
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("endpoint").asText()).isEqualTo("/practices/{odsCode}");
        assertThat(events.get(0).get("practice").asText()).isEqualTo("DEMOEMIS");
        assertThat(events.get(0).get("format").asText()).isEqualTo("html");
        assertThat(events.get(0).get("patientsReturned").asInt()).isEqualTo(PageViews.PAGE_SIZE);
        assertThat(events.get(1).get("endpoint").asText()).isEqualTo("/patients/{nhsNumber}");
        assertThat(events.get(1).get("nhsNumbers").get(0).asText()).isEqualTo("9990001243");
        assertThat(ordinary).noneMatch(line -> line.contains("9990001243"));
    }

    @Test
    void aFailureIsAFriendlyPageWithTheProblemNeverAStackTrace() {
        given().accept("text/html")
                .get("/patients/1234567890")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(PageHeaders.CONTENT_SECURITY_POLICY))
                .body(containsString("There is a problem with the web address"))
                .body(containsString("Part of the web address (the NHS number) cannot be used."))
                .body(not(containsString("Exception")))
                .body(not(containsString("at io.")));
        given().accept("text/html")
                .get("/patients/9990000018")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1 class=\"nhsuk-heading-xl\">"));
        given().accept("text/html")
                .get("/practices/NOSUCH?asOf=" + AS_OF)
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"));
        for (String page : new String[] {"/practices/DEMOEMIS", "/practices/DEMOEMIS/patients.csv"}) {
            given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                    .get(page + "?turning16Within=0")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("text/html"))
                    .body(containsString("Part of the web address (the number of days) cannot be used."));
        }
        given().accept("text/html")
                .get("/practices/DEMOEMIS?recommendation=maybe")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("(the list asked for)"));
    }

    @Test
    void aPathThatIsNoPageIsAPageForABrowserAndAProblemForTheApi() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/practices/DEMOEMIS/nothing")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(PageHeaders.CONTENT_SECURITY_POLICY))
                .body(containsString("Page not found"))
                .body(containsString("check you copied the entire address"));
        given().accept("text/html")
                .get("/api/v1/nothing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theFrontEndIsServedFromTheServiceItself() {
        given().get("/static/nhsuk/nhsuk-frontend.min.css")
                .then()
                .statusCode(200)
                .body(not(containsString("assets.nhs.uk")))
                .body(containsString("/static/nhsuk/assets/images/"));
        given().get("/static/nhsuk/nhsuk-frontend.min.js").then().statusCode(200);
        given().get("/static/app/pages.js").then().statusCode(200).body(containsString("initAll"));
    }
}
