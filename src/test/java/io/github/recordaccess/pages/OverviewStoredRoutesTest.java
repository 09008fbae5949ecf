package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fhir.CohortRoute;
import io.github.recordaccess.fhir.CohortRouteStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A practice's stored figures say which registration routes its evaluation could not search, as live figures do, and
 * a point stored before the snapshot table kept them (NULL: unknown) is not used as the practice's figures (fail
 * closed). Three practices of their own (OROUT1 missed a route, OROUT2 stored before the column, OROUT3 searched every
 * route; stored figures written here, no FHIR data) beside the demo practices. Runs in PagesTest's application.
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class OverviewStoredRoutesTest {

    static final LocalDate LIVE_SINCE = LocalDate.of(2023, 10, 31);
    static final String NOT_SEARCHED = "FHIR_PRACTICE_IDENTIFIER_SEARCH is not set";

    @Inject
    PracticeRegistry registry;

    @Inject
    SnapshotStore store;

    private static boolean stored;

    @BeforeEach
    void registerThePracticesWithStoredFigures() {
        List<PracticeEntry> practices = new ArrayList<>(DemoPractices.REGISTRY);
        practices.add(new PracticeEntry("OROUT1", "Route Missed Surgery", ClinicalSystem.EMIS, LIVE_SINCE));
        practices.add(new PracticeEntry("OROUT2", "Stored Before Surgery", ClinicalSystem.EMIS, LIVE_SINCE));
        practices.add(new PracticeEntry("OROUT3", "Every Route Surgery", ClinicalSystem.TPP, LIVE_SINCE));
        registry.replaceAll(practices);
        if (!stored) {
            Instant evaluated = Instant.now().minusSeconds(600);
            LocalDate today = LocalDate.now(FuzzyDate.LONDON);
            List<CohortRouteStatus> missed = List.of(
                    new CohortRouteStatus(CohortRoute.ORGANIZATION, true, "searched"),
                    new CohortRouteStatus(CohortRoute.PRACTITIONER_ROLE, true, "searched"),
                    new CohortRouteStatus(CohortRoute.ODS_IDENTIFIER, false, NOT_SEARCHED));
            store.insert(
                    List.of(
                            SnapshotPoint.ok("OROUT1", today, evaluated, figures(missed), false),
                            SnapshotPoint.ok("OROUT2", today, evaluated, figures(null), false),
                            SnapshotPoint.ok(
                                    "OROUT3",
                                    today,
                                    evaluated,
                                    figures(OverviewActionListTest.EVERY_ROUTE_SEARCHED),
                                    false)),
                    null);
            stored = true;
        }
    }

    @Test
    void aStoredRowSaysWhichRouteWasNotSearchedInTheJson() {
        JsonPath overview = api("OROUT1,OROUT3");
        String missed = "practices.find { it.practiceOdsCode == 'OROUT1' }.";
        assertThat(overview.getString(missed + "figuresFrom")).isEqualTo("STORED");
        assertThat(overview.getInt(missed + "patients")).isEqualTo(100);
        assertThat(overview.getBoolean(missed + "cohortRoutes.find { it.route == 'ODS_IDENTIFIER' }.searched"))
                .isFalse();
        assertThat(overview.getString(missed + "cohortRoutes.find { it.route == 'ODS_IDENTIFIER' }.detail"))
                .isEqualTo(NOT_SEARCHED);
        assertThat(overview.getList(missed + "needsAttention")).containsExactly("ROUTES_NOT_SEARCHED");

        String complete = "practices.find { it.practiceOdsCode == 'OROUT3' }.";
        assertThat(overview.getString(complete + "figuresFrom")).isEqualTo("STORED");
        assertThat(overview.getList(complete + "cohortRoutes.searched", Boolean.class))
                .hasSize(CohortRoute.values().length)
                .containsOnly(true);
        assertThat(overview.getList(complete + "needsAttention")).isEmpty();
    }

    @Test
    void aStoredRowSaysWhichRouteWasNotSearchedInTheCsv() {
        Map<String, String> missed = csvRow("OROUT1");
        assertThat(missed.get("figures_from")).isEqualTo("STORED");
        assertThat(missed.get("routes_not_searched")).isEqualTo("ODS_IDENTIFIER");
        assertThat(missed.get("needs_attention")).isEqualTo("ROUTES_NOT_SEARCHED");
        Map<String, String> complete = csvRow("OROUT3");
        assertThat(complete.get("figures_from")).isEqualTo("STORED");
        assertThat(complete.get("routes_not_searched"))
                .as("every route searched")
                .isEmpty();
    }

    @Test
    void aStoredRowSaysSomePatientsMayBeMissingOnThePageAndTheTotalsSayItToo() {
        String page = given().accept("text/html")
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(row(page, "OROUT1")).contains("Some patients may be missing", "stored figures");
        assertThat(row(page, "OROUT3")).doesNotContain("Some patients may be missing");
        assertThat(page).contains("1 of the practices could not be searched in every way");
    }

    @Test
    void aPointStoredBeforeTheRoutesWereKeptIsNotUsed() {
        // OROUT2's stored figures (100 patients) do not say which routes were searched: it is evaluated live instead,
        // and, with no FHIR data, fails rather than show figures that may be partial as complete.
        JsonPath overview = api("OROUT2");
        assertThat(overview.getString("practices[0].figuresFrom")).isEqualTo("LIVE");
        assertThat(overview.getString("practices[0].status")).isEqualTo("ERROR");
        assertThat(overview.getString("practices[0].patients")).isNull();
        assertThat(csvRow("OROUT2").get("figures_from")).isEqualTo("LIVE");
    }

    // Helpers.

    private static Figures figures(List<CohortRouteStatus> routes) {
        return new Figures(100, 100, Map.of(Recommendation.PROVISION_ACCESS, 100), Map.of(), 0, 0.0, false, routes);
    }

    private static JsonPath api(String ods) {
        return given().accept("application/json")
                .get("/api/v1/practices?ods=" + ods)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The overview CSV's line of one practice, by column name. */
    private static Map<String, String> csvRow(String ods) {
        List<String> lines = given().accept("text/csv")
                .get("/api/v1/practices?ods=" + ods)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();
        String[] header = lines.get(0).split(",");
        String[] cells = lines.stream()
                .filter(l -> l.startsWith(ods + ","))
                .findFirst()
                .orElseThrow()
                // A comma inside a quoted cell (a label in words) is no separator.
                .split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertThat(cells).hasSameSizeAs(header);
        Map<String, String> row = new java.util.HashMap<>();
        for (int i = 0; i < header.length; i++) {
            row.put(header[i], cells[i]);
        }
        return row;
    }

    private static String row(String page, String ods) {
        int start = page.indexOf("id=\"practice-" + ods + "\"");
        assertThat(start).as("a row for " + ods).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
