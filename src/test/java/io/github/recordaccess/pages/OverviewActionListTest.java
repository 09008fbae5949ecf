package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fhir.CohortRoute;
import io.github.recordaccess.fhir.CohortRouteStatus;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.history.Figures;
import io.github.recordaccess.history.SnapshotPoint;
import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.FuzzyDate;
import io.github.recordaccess.rules.Recommendation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 24's overview as an action list, over five practices of their own (ODS codes OATT1 to OATT5, stored figures
 * written here, no FHIR data) beside the demo practices: the stored figures answer unless the API asks for no-cache,
 * each attention tag, the orders and filter, the totals, the JSON and CSV fields, and the refresh form. Runs in
 * PagesTest's application.
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class OverviewActionListTest {

    static final LocalDate LIVE_SINCE = LocalDate.of(2023, 10, 31);
    /** What a stored evaluation that searched every registration route says of them. */
    static final List<CohortRouteStatus> EVERY_ROUTE_SEARCHED = Arrays.stream(CohortRoute.values())
            .map(route -> new CohortRouteStatus(route, true, "searched"))
            .toList();

    static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    PracticeRegistry registry;

    @Inject
    SnapshotStore store;

    private static boolean stored;

    @BeforeEach
    void registerTheFivePracticesWithStoredFigures() {
        List<PracticeEntry> practices = new ArrayList<>(DemoPractices.REGISTRY);
        practices.add(new PracticeEntry("OATT1", "Over Half Surgery", ClinicalSystem.EMIS, LIVE_SINCE));
        practices.add(new PracticeEntry("OATT2", "Not Live Practice", ClinicalSystem.TPP, null));
        practices.add(new PracticeEntry("OATT3", "Failed Health Centre", ClinicalSystem.EMIS, LIVE_SINCE));
        practices.add(new PracticeEntry("OATT4", "Old Figures Surgery", ClinicalSystem.TPP, LIVE_SINCE));
        practices.add(new PracticeEntry("OATT5", "Quiet Practice", ClinicalSystem.EMIS, LIVE_SINCE));
        registry.replaceAll(practices);
        if (!stored) {
            Instant now = Instant.now();
            LocalDate today = LocalDate.now(FuzzyDate.LONDON);
            store.insert(
                    List.of(
                            SnapshotPoint.ok("OATT1", today, now.minusSeconds(600), figures(100, 60, 5, 3), false),
                            SnapshotPoint.ok("OATT2", today, now.minusSeconds(600), figures(100, 10, 0, 0), false),
                            SnapshotPoint.error(
                                    "OATT3",
                                    today,
                                    now.minusSeconds(600),
                                    "/problems/fhir-unavailable",
                                    "The FHIR server could not be reached."),
                            SnapshotPoint.ok(
                                    "OATT4",
                                    today.minusDays(2),
                                    now.minus(Duration.ofHours(49)),
                                    figures(100, 10, 0, 0),
                                    false),
                            SnapshotPoint.ok("OATT5", today, now.minusSeconds(600), figures(100, 10, 0, 0), false)),
                    null);
            stored = true;
        }
    }

    @Test
    void theOverviewReadsTheStoredFiguresAndSaysWhenAndWhereFrom() {
        JsonPath overview = api("OATT1,OATT4", false);
        assertThat(overview.getString("practices.find { it.practiceOdsCode == 'OATT1' }.figuresFrom"))
                .isEqualTo("STORED");
        assertThat(overview.getInt("practices.find { it.practiceOdsCode == 'OATT1' }.patients"))
                .isEqualTo(100);
        assertThat(overview.getString("practices.find { it.practiceOdsCode == 'OATT4' }.asOf"))
                .isEqualTo(LocalDate.now(FuzzyDate.LONDON).minusDays(2).toString());
        assertThat(overview.getString("practices.find { it.practiceOdsCode == 'OATT4' }.evaluatedAt"))
                .isNotBlank();
    }

    @Test
    void noCacheOnTheApiEvaluatesLiveAsBefore() {
        // No FHIR data for OATT1: evaluated live it fails, where its stored figures would have answered.
        JsonPath live = api("OATT1", true);
        assertThat(live.getString("practices[0].figuresFrom")).isEqualTo("LIVE");
        assertThat(live.getString("practices[0].status")).isEqualTo("ERROR");
        assertThat(live.getList("practices[0].needsAttention")).containsExactly("EVALUATION_FAILED");
    }

    @Test
    void aPracticeWithNoStoredFiguresYetIsEvaluatedLive() {
        // OATT6 has no stored figures (and no FHIR data): evaluated now, it fails, and shows no figures, never zeros.
        JsonPath overview = api("OATT6", false);
        assertThat(overview.getString("practices[0].figuresFrom")).isEqualTo("LIVE");
        assertThat(overview.getString("practices[0].status")).isEqualTo("ERROR");
        assertThat(overview.getString("practices[0].patients")).isNull();
        // Not registered: no go-live date known, so not live (fail closed).
        assertThat(overview.getList("practices[0].needsAttention")).containsExactly("EVALUATION_FAILED", "NOT_LIVE");
    }

    @Test
    void eachPracticeCarriesItsAttentionTags() {
        JsonPath overview = api("OATT1,OATT2,OATT3,OATT4,OATT5", false);
        assertThat(tags(overview, "OATT1")).containsExactly("OVER_HALF_EXCLUDED", "BULK_CODED_104", "RECORDS_TO_CHECK");
        assertThat(tags(overview, "OATT2")).containsExactly("NOT_LIVE");
        assertThat(tags(overview, "OATT3")).containsExactly("EVALUATION_FAILED");
        assertThat(tags(overview, "OATT4")).containsExactly("FIGURES_OLD");
        assertThat(tags(overview, "OATT5")).isEmpty();
    }

    @Test
    void theJsonAndCsvNameThePracticeItsSystemGoLiveAsOfAndEvaluatedAt() {
        JsonPath overview = api("OATT1,OATT2", false);
        String one = "practices.find { it.practiceOdsCode == 'OATT1' }.";
        assertThat(overview.getString(one + "practiceName")).isEqualTo("Over Half Surgery");
        assertThat(overview.getString(one + "system")).isEqualTo("EMIS");
        assertThat(overview.getString(one + "goLive")).isEqualTo(LIVE_SINCE.toString());
        assertThat(overview.getString(one + "asOf"))
                .isEqualTo(LocalDate.now(FuzzyDate.LONDON).toString());
        assertThat(overview.getString("practices.find { it.practiceOdsCode == 'OATT2' }.goLive"))
                .isNull();

        List<String> lines = given().accept("text/csv")
                .get("/api/v1/practices?ods=OATT1,OATT2")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();
        List<String> header = List.of(lines.get(0).split(","));
        String[] oatt1 = lines.stream()
                .filter(l -> l.startsWith("OATT1,"))
                .findFirst()
                .orElseThrow()
                .split(",", -1);
        assertThat(oatt1[header.indexOf("practice_name")]).isEqualTo("Over Half Surgery");
        assertThat(oatt1[header.indexOf("system")]).isEqualTo("EMIS");
        assertThat(oatt1[header.indexOf("go_live")]).isEqualTo(LIVE_SINCE.toString());
        assertThat(oatt1[header.indexOf("as_of")])
                .isEqualTo(LocalDate.now(FuzzyDate.LONDON).toString());
        assertThat(oatt1[header.indexOf("evaluated_at")]).isNotBlank();
        assertThat(oatt1[header.indexOf("figures_from")]).isEqualTo("STORED");
        assertThat(oatt1[header.indexOf("needs_attention")])
                .isEqualTo("OVER_HALF_EXCLUDED;BULK_CODED_104;RECORDS_TO_CHECK");
    }

    @Test
    void thePageShowsEachTagInWordsAndTheTotals() {
        String page = page("/");
        assertThat(row(page, "OATT1")).contains("Over 50% excluded", "Bulk-coded 104s to review", "Records to check");
        assertThat(row(page, "OATT2")).contains(">Not live yet<");
        assertThat(row(page, "OATT3")).contains("Could not be checked");
        assertThat(row(page, "OATT4")).contains("Figures older than a day");
        assertThat(row(page, "OATT5")).contains("Nothing to act on").doesNotContain("nhsuk-tag ");
        // Percentages beside counts: OATT1's 60 of 100 eligible patients offered access on request.
        assertThat(row(page, "OATT1")).contains("60<span class=\"nhsuk-body-s app-percent\"> (60.0%)</span>");
        // Seven practices, the failed one adds no figures; the demo's TPP practice and OATT2 are not live.
        assertThat(page).contains("ICB totals", "7: 2 not live,").contains("1 of the practices could not be evaluated");
    }

    @Test
    void notLivePracticesCanBeSortedFirstAndTheMostUrgentFirst() {
        List<String> notLiveFirst = order(page("/?sort=live&order=asc"));
        assertThat(notLiveFirst.subList(0, 2)).containsExactlyInAnyOrder("DEMOTPP", "OATT2");
        List<String> urgent = order(page("/?sort=attention&order=desc"));
        assertThat(urgent.get(0)).isEqualTo("OATT3");
        assertThat(urgent.indexOf("OATT2")).isLessThan(urgent.indexOf("OATT1"));
        assertThat(urgent.indexOf("OATT1")).isLessThan(urgent.indexOf("OATT4"));
        assertThat(urgent.get(urgent.size() - 1)).isEqualTo("OATT5");
    }

    @Test
    void theFilterShowsOnlyThePracticesWithTheTagAndKeepsTheTotals() {
        String page = page("/?attention=NOT_LIVE&sort=practice&order=asc");
        assertThat(order(page)).containsExactly("DEMOTPP", "OATT2");
        assertThat(page).contains("7: 2 not live,", "<option value=\"NOT_LIVE\" selected>Not live yet</option>");
        given().accept("text/html").get("/?attention=PURPLE").then().statusCode(400);
    }

    @Test
    void thePatientSearchIsInTheHeaderNotAboveTheTable() {
        String page = page("/");
        assertThat(page.indexOf("id=\"header-nhs-number\""))
                .isBetween(page.indexOf("<header"), page.indexOf("</header>"));
        assertThat(page.substring(page.indexOf("<main"))).doesNotContain("name=\"nhsNumber\"");
    }

    @Test
    void aRefreshWithThePagesTokenComputesAndStoresThePracticesFigures() throws Exception {
        String token = formToken(page("/"));
        List<JsonNode> events;
        String location;
        try (LogCapture capture = LogCapture.install()) {
            location = given().redirects()
                    .follow(false)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", token)
                    .formParam("sort", "live")
                    .formParam("order", "asc")
                    .formParam("attention", "")
                    .post("/practices/DEMOEMIS/refresh")
                    .then()
                    .statusCode(303)
                    .extract()
                    .header("Location");
            events = AuditEvents.in(capture);
        }
        assertThat(location).isEqualTo("/?sort=live&order=asc&refreshed=DEMOEMIS#practice-DEMOEMIS");
        assertThat(events)
                .filteredOn(e -> e.path("type").asText().equals("practice-refresh"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.path("practice").asText()).isEqualTo("DEMOEMIS");
                    assertThat(e.path("status").asInt()).isEqualTo(303);
                    assertThat(e.path("method").asText()).isEqualTo("POST");
                });
        assertThat(api("DEMOEMIS", false).getString("practices[0].figuresFrom")).isEqualTo("STORED");
        assertThat(page(location.substring(0, location.indexOf('#'))))
                .contains("The figures of Demo EMIS Practice were computed again.");
    }

    @Test
    void aRefreshWithoutThePagesTokenComputesNothing() {
        String body = given().contentType("application/x-www-form-urlencoded")
                .formParam("sort", "excluded")
                .post("/practices/OATT5/refresh")
                .then()
                .statusCode(403)
                .extract()
                .asString();
        assertThat(body).contains("Refresh not confirmed");
        given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "not-the-token")
                .post("/practices/OATT5/refresh")
                .then()
                .statusCode(403);
        assertThat(api("OATT5", false).getString("practices[0].asOf"))
                .as("still the stored figures")
                .isEqualTo(LocalDate.now(FuzzyDate.LONDON).toString());
    }

    @Test
    void onlyARegisteredPracticeCanBeRefreshed() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", formToken(page("/")))
                .post("/practices/OATT9/refresh")
                .then()
                .statusCode(404);
    }

    // Helpers.

    private static Figures figures(int eligible, int offerOnRequest, int bulkCoded, int toCheck) {
        Map<Recommendation, Integer> counts = new EnumMap<>(Recommendation.class);
        counts.put(Recommendation.OFFER_OPT_IN, offerOnRequest);
        counts.put(Recommendation.REVIEW_REQUIRED, toCheck);
        counts.put(Recommendation.PROVISION_ACCESS, eligible - offerOnRequest - toCheck);
        double excluded = 100.0 * offerOnRequest / eligible;
        return new Figures(
                eligible, eligible, counts, Map.of(), bulkCoded, excluded, excluded > 50, EVERY_ROUTE_SEARCHED);
    }

    private static JsonPath api(String ods, boolean noCache) {
        var request = given().accept("application/json");
        if (noCache) {
            request = request.header("Cache-Control", "no-cache");
        }
        return request.get("/api/v1/practices?ods=" + ods)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> tags(JsonPath overview, String ods) {
        return overview.getList("practices.find { it.practiceOdsCode == '" + ods + "' }.needsAttention");
    }

    private static String page(String path) {
        return given().accept("text/html")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static String row(String page, String ods) {
        int start = page.indexOf("id=\"practice-" + ods + "\"");
        assertThat(start).as("a row for " + ods).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static List<String> order(String page) {
        List<String> codes = new ArrayList<>();
        Matcher row = Pattern.compile("id=\"practice-([A-Z0-9]+)\"").matcher(page);
        while (row.find()) {
            codes.add(row.group(1));
        }
        return codes;
    }

    private static String formToken(String page) {
        Matcher token = FORM_TOKEN.matcher(page);
        assertThat(token.find()).as("a refresh form with its token").isTrue();
        return token.group(1);
    }
}
