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
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.web.PageHeaders;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
                .contains("Live since", "2023-10-31", "Not live", ">EMIS<", ">TPP<", "Evaluated")
                .contains("Opted out (103) </span>" + summary.getInt("recommendations.OPTED_OUT") + "</td>")
                .contains("Review the record </span>" + summary.getInt("recommendations.REVIEW_REQUIRED") + "</td>")
                .contains("Provide access </span>" + summary.getInt("recommendations.PROVISION_ACCESS") + "</td>");
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
                .body(containsString("Review required"))
                .body(not(containsString(">Provision access</strong>")));
    }

    @Test
    void aPatientPageShowsTheActionsAndTheEvidence() {
        given().accept("text/html")
                .get("/patients/9990001243?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .body(containsString("Offer opt in"))
                .body(containsString("Observation/demo-emis-00023-o47"))
                .body(containsString("Review bulk coded 104"));
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
                .body(containsString("Invalid request parameter"))
                .body(containsString("valid check digit"))
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
        given().accept("text/html")
                .get("/practices/DEMOEMIS?recommendation=maybe")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("recommendation"));
    }

    @Test
    void aPathThatIsNoPageIsAPageForABrowserAndAProblemForTheApi() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/practices/DEMOEMIS/nothing")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(PageHeaders.CONTENT_SECURITY_POLICY))
                .body(containsString("There is no resource at this path."));
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
