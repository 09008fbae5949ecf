package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 24's task page over the demo practices, through HTTP: the practice's system and go-live state first, then its
 * checklist as a task list most urgent first, each count the total of the step's own worklist page, the paging range,
 * a page past the end, and the small faults (no "1 patients", no link to an empty list). The application is
 * {@link PagesTest}'s.
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class TaskPageTest {

    static final String AS_OF = PagesTest.AS_OF;
    static final Pattern TASK = Pattern.compile(
            "<li class=\"nhsuk-task-list__item[^\"]*\" data-step=\"([A-Z0-9_]+)\">(.*?)</li>", Pattern.DOTALL);
    static final Pattern TASK_HREF = Pattern.compile("href=\"(/practices/[^\"]+)\"");
    static final Pattern TAG = Pattern.compile("<strong class=\"nhsuk-tag [^\"]*\">([^<]+)</strong>");
    static final Pattern COUNT = Pattern.compile("nhsuk-u-margin-bottom-0\">(\\d+) patients?");
    static final Pattern TOTAL = Pattern.compile("Showing \\d+ to \\d+ of (\\d+) patients?<");

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @Test
    void theNotLiveTppPracticeSaysSoBeforeAnythingElse() {
        String page = page("/practices/DEMOTPP?asOf=" + AS_OF);

        assertThat(page)
                .contains("Clinical system</dt>\n    <dd class=\"nhsuk-summary-list__value\">TPP SystmOne</dd>")
                .contains("Online record access</dt>\n    <dd class=\"nhsuk-summary-list__value\">Not live yet</dd>")
                .contains("nhsuk-card--warning", "This practice is not live yet", "TPP starts access when");
        assertThat(page.indexOf("This practice is not live yet"))
                .as("the warning, then the tasks, then the figures, charts and the full list")
                .isLessThan(page.indexOf("nhsuk-task-list"));
        assertThat(page.indexOf("nhsuk-task-list")).isLessThan(page.indexOf("Patients by recommendation"));
        assertThat(page.indexOf("Patients by recommendation")).isLessThan(page.indexOf("Over the last year"));
        assertThat(page.indexOf("Over the last year")).isLessThan(page.indexOf("id=\"worklist\""));
    }

    @Test
    void theLiveEmisPracticeSaysSinceWhenWithoutAWarning() {
        String page = page("/practices/DEMOEMIS?asOf=" + AS_OF);

        assertThat(page)
                .contains(">EMIS Web</dd>", ">Live since 31 October 2023</dd>")
                .doesNotContain("not live yet", "nhsuk-card--warning");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEMOEMIS", "DEMOTPP"})
    void theTasksAreTheChecklistsStepsMostUrgentFirstEachCountItsWorklistsTotal(String ods) {
        JsonPath checklist = given().queryParam("asOf", AS_OF)
                .get("/api/v1/practices/" + ods + "/checklist")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Integer> apiCounts = new LinkedHashMap<>();
        for (String list : List.of("steps", "serviceSteps")) {
            List<Map<String, Object>> steps = checklist.getList(list);
            steps.forEach(s -> apiCounts.put((String) s.get("id"), (Integer) s.get("patients")));
        }
        apiCounts.put(checklist.getString("closingDuty.id"), checklist.getInt("closingDuty.patients"));

        String page = page("/practices/" + ods + "?asOf=" + AS_OF);
        List<String> order = new ArrayList<>();
        List<Boolean> waiting = new ArrayList<>();
        Matcher task = TASK.matcher(page);
        while (task.find()) {
            String id = task.group(1);
            String item = task.group(2);
            order.add(id);
            Integer count = apiCounts.get(id);
            Matcher tag = TAG.matcher(item);
            assertThat(tag.find()).as(id + " has a status tag").isTrue();
            waiting.add(count == null || count > 0);
            Matcher href = TASK_HREF.matcher(item);
            if (count == null || count == 0) {
                assertThat(href.find()).as(id + ": no list of patients to open").isFalse();
                assertThat(tag.group(1).strip()).isEqualTo(count == null ? "Not tracked" : "No patients");
                continue;
            }
            Matcher shown = COUNT.matcher(item);
            assertThat(shown.find()).as(id + " shows its count").isTrue();
            assertThat(Integer.parseInt(shown.group(1)))
                    .as(id + ": the API's count")
                    .isEqualTo(count);
            assertThat(href.find()).as(id + " links to its worklist").isTrue();
            assertThat(href.group(1)).isEqualTo("/practices/" + ods + "/steps/" + id + "?asOf=" + AS_OF);
            Matcher total = TOTAL.matcher(page(href.group(1).replace("&amp;", "&")));
            assertThat(total.find()).as(id + "'s worklist says its range").isTrue();
            assertThat(Integer.parseInt(total.group(1)))
                    .as(id + ": the count is the worklist's total")
                    .isEqualTo(count);
        }
        assertThat(order)
                .as("every step of the API's checklist")
                .containsExactlyInAnyOrderElementsOf(apiCounts.keySet());
        List<String> expected = new ArrayList<>(order);
        expected.sort(java.util.Comparator.comparing((String id) -> !waiting.get(order.indexOf(id)))
                .thenComparing(TaskList.MOST_URGENT_FIRST::indexOf));
        assertThat(order)
                .as("steps with patients waiting first, most urgent first")
                .isEqualTo(expected);
    }

    @Test
    void aStepsPageRepeatsItsInstructionsAndPagesThroughItsListWithTheRange() {
        JsonPath checklist = given().queryParam("asOf", AS_OF)
                .get("/api/v1/practices/DEMOEMIS/checklist")
                .then()
                .extract()
                .jsonPath();
        int total = checklist.getInt("closingDuty.patients");
        assertThat(total).as("a list longer than one page").isGreaterThan(PageViews.PAGE_SIZE);
        String step = "/practices/DEMOEMIS/steps/PROVIDE_ACCESS_TO_REMAINING_PATIENTS?asOf=" + AS_OF;

        String second = page(step + "&page=1");

        assertThat(second)
                .contains("<h1 class=\"nhsuk-heading-xl\">", "Give access to everyone else")
                .contains(checklist.getString("closingDuty.text").replace("'", "&#39;"))
                .contains("Showing 51 to " + Math.min(100, total) + " of " + total + " patients")
                .contains("href=\"" + step.replace("&", "&amp;") + "&amp;page=0\" rel=\"prev\"")
                .contains("<span class=\"nhsuk-pagination__page\">Patients 1 to 50</span>")
                .contains("href=\"/practices/DEMOEMIS/patients.csv?recommendation=PROVISION_ACCESS&amp;asOf=" + AS_OF
                        + "\" download>Download CSV");
        assertThat(second.indexOf("Download CSV"))
                .as("the download beside the range, above the rows")
                .isLessThan(second.indexOf("<table"));
        String csv = given().get("/practices/DEMOEMIS/patients.csv?recommendation=PROVISION_ACCESS&asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().count() - 1).as("the CSV holds the whole list").isEqualTo(total);
    }

    @Test
    void aPagePastTheEndSaysSoAndLeadsBackToTheLastPage() {
        int total = given().queryParam("asOf", AS_OF)
                .get("/api/v1/practices/DEMOEMIS/checklist")
                .then()
                .extract()
                .path("closingDuty.patients");
        int pages = (total + PageViews.PAGE_SIZE - 1) / PageViews.PAGE_SIZE;
        for (String list : List.of(
                "/practices/DEMOEMIS/steps/PROVIDE_ACCESS_TO_REMAINING_PATIENTS?asOf=" + AS_OF,
                "/practices/DEMOEMIS?recommendation=PROVISION_ACCESS&asOf=" + AS_OF)) {
            String whole = page(list + "&page=99");
            // The practice page's full list is its last part, after the charts' tables.
            String page = whole.substring(Math.max(0, whole.indexOf("id=\"worklist\"")));
            assertThat(page)
                    .as(list)
                    .contains(
                            "There is no page 100 of this list: its " + total + " patients fit on " + pages + " pages.")
                    .contains("page=" + (pages - 1))
                    .contains("<span class=\"nhsuk-pagination__page\">Patients " + ((pages - 1) * 50 + 1) + " to "
                            + total + "</span>")
                    .doesNotContain("Showing ", "<table");
        }
    }

    @Test
    void noCountReadsOnePatientsAndNoLinkLeadsToAnEmptyList() {
        for (String ods : List.of("DEMOEMIS", "DEMOTPP")) {
            String page = page("/practices/" + ods + "?asOf=" + AS_OF);
            assertThat(page).doesNotContainPattern("(?<![0-9])1 patients").doesNotContainPattern(">0 patients");
            Matcher link = Pattern.compile("href=\"(/practices/" + ods + "(/steps/[A-Z0-9_]+)?\\?[^\"#]+)")
                    .matcher(page);
            while (link.find()) {
                String href = link.group(1).replace("&amp;", "&");
                if (href.contains("page=") || !href.matches(".*(/steps/|recommendation=|reason=|bulkCoded104=).*")) {
                    continue;
                }
                assertThat(page(href)).as(href + " lists someone").contains("Showing 1 to ");
            }
        }
    }

    @Test
    void aStepWithoutAListOfPatientsOrOfAnotherChecklistIsNotFound() {
        for (String step : List.of("UPDATE_WEBSITE", "NO_SUCH_STEP", "TPP_BULK_PROVISION")) {
            given().accept("text/html")
                    .get("/practices/DEMOEMIS/steps/" + step + "?asOf=" + AS_OF)
                    .then()
                    .statusCode(404)
                    .contentType(org.hamcrest.Matchers.startsWith("text/html"));
        }
        given().accept("text/html")
                .get("/practices/DEMOTPP/steps/TPP_BULK_PROVISION?asOf=" + AS_OF)
                .then()
                .statusCode(200);
    }

    @Test
    void aStepsPageLeavesOneAuditEventWithTheRowsItShowed() throws Exception {
        List<com.fasterxml.jackson.databind.JsonNode> events;
        try (LogCapture capture = LogCapture.install()) {
            page("/practices/DEMOEMIS/steps/PROVIDE_ACCESS_TO_REMAINING_PATIENTS?asOf=" + AS_OF);
            events = AuditEvents.in(capture);
        }
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("endpoint").asText()).isEqualTo("/practices/{odsCode}/steps/{stepId}");
        assertThat(events.get(0).get("practice").asText()).isEqualTo("DEMOEMIS");
        assertThat(events.get(0).get("patientsReturned").asInt()).isEqualTo(PageViews.PAGE_SIZE);
    }

    private static String page(String path) {
        return given().accept("text/html")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
