package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.read.Words;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The patient page confirms the person (issue 24, section 4) and every page works at phone width (section 5), over the
 * demo practices: the banner, the answer as the headline, "Why" without repeats, not found with the search box, the
 * hint's example, a back link in every breadcrumb, and the overview's sort select (chart labels: TrendChartTest).
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class PatientPageTest {

    static final String AS_OF = PagesTest.AS_OF;
    static final String PATIENT = "9990001243";
    /** The demo's names: a made-up family name and the given name "Demo", as the banner writes them. */
    static final Pattern DEMO_NAME = Pattern.compile("[A-Z]+, Demo");

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @Test
    void thePatientPageOpensWithTheBannerThenTheAnswerAsItsHeadline() {
        String page = page("/patients/" + PATIENT + "?asOf=" + AS_OF, 200);
        String banner = section(page, "<section class=\"app-patient-banner", "</section>");
        assertThat(DEMO_NAME.matcher(banner).find()).as(banner).isTrue();
        assertThat(banner)
                .contains("<dt>Born</dt>", "<dt>Age</dt>", "999 000 1243", "Demo EMIS Practice (DEMOEMIS)")
                .doesNotContain("Deceased");
        String answer = given().get("/api/v1/patients/" + PATIENT + "/access-recommendation?asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .path("recommendation");
        String h1 = section(page, "<h1", "</h1>");
        assertThat(h1).endsWith(Words.of(Recommendation.valueOf(answer)) + "</h1>");
        assertThat(page.indexOf("app-patient-banner")).isLessThan(page.indexOf("<h1"));
        assertThat(section(page, "<title>", "</title>")).doesNotContainPattern(DEMO_NAME);
    }

    @Test
    void theNameIsReadForThePageAndKeptNowhere() throws Exception {
        String name;
        List<String> lines;
        try (LogCapture capture = LogCapture.install()) {
            String page = page("/patients/" + PATIENT + "?asOf=" + AS_OF, 200);
            Matcher found = DEMO_NAME.matcher(section(page, "<section class=\"app-patient-banner", "</section>"));
            assertThat(found.find()).isTrue();
            name = found.group();
            lines = capture.lines();
        }
        String family = name.substring(0, name.indexOf(','));
        assertThat(lines)
                .noneMatch(line -> line.toUpperCase(java.util.Locale.ROOT).contains(family));
        assertThat(given().get("/api/v1/patients/" + PATIENT + "/access-recommendation?asOf=" + AS_OF)
                        .asString()
                        .toUpperCase(java.util.Locale.ROOT))
                .doesNotContain(family);
        assertThat(given().get("/practices/DEMOEMIS/patients.csv?asOf=" + AS_OF)
                        .asString()
                        .toUpperCase(java.util.Locale.ROOT))
                .doesNotContain(family);
    }

    @Test
    void aDeceasedPatientsBannerSaysSo() {
        String deceased = given().get("/api/v1/practices/DEMOEMIS/access-recommendations?reason=DECEASED&asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].nhsNumber");
        String banner = section(
                page("/patients/" + deceased + "?asOf=" + AS_OF, 200),
                "<section class=\"app-patient-banner",
                "</section>");
        assertThat(banner).contains("Deceased", "Died ");
    }

    @Test
    void whySaysEachThingOnceForAnActive104() {
        String active = given().get("/api/v1/practices/DEMOEMIS/access-recommendations?flag=ACTIVE_104&asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].nhsNumber");
        String why = section(page("/patients/" + active + "?asOf=" + AS_OF, 200), "id=\"why\"", "</dl>");
        String flag = Words.of(Reason.ACTIVE_104);
        assertThat(why.split(Pattern.quote(flag), -1)).as(why).hasSize(2);
        List<String> values = new ArrayList<>();
        Matcher value = Pattern.compile("<(?:dd class=\"nhsuk-summary-list__value\"|li)>([^<]+)<")
                .matcher(why);
        while (value.find()) {
            values.add(value.group(1));
        }
        assertThat(values).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void notFoundKeepsTheSearchBoxWithTheNumberInIt() {
        String page = page("/patients/9990000018?asOf=" + AS_OF, 404);
        assertThat(page)
                .contains("There is a problem", "No patient with NHS number 999 000 0018 was found")
                .contains("<form action=\"/patients\" method=\"get\"", "id=\"nhs-number\"", "value=\"999 000 0018\"")
                .contains("name=\"asOf\" value=\"" + AS_OF + "\"");
    }

    @Test
    void theSearchHintsExampleLeadsToAPatient() {
        String hint = section(page("/patients?asOf=" + AS_OF, 200), "id=\"nhs-number-hint\">", "</div>");
        Matcher example = Pattern.compile("for example (\\d{3} \\d{3} \\d{4})").matcher(hint);
        assertThat(example.find()).as(hint).isTrue();
        given().redirects()
                .follow(true)
                .queryParam("nhsNumber", example.group(1))
                .queryParam("asOf", AS_OF)
                .get("/patients")
                .then()
                .statusCode(200);
    }

    @Test
    void everyPagesBreadcrumbEndsWithABackLinkToItsLastStep() {
        String[] pages = {
            "/practices/DEMOEMIS?asOf=" + AS_OF,
            "/patients/" + PATIENT + "?asOf=" + AS_OF,
            "/patients?asOf=" + AS_OF,
            "/patients?nhsNumber=12&asOf=" + AS_OF,
            "/patients/9990000018?asOf=" + AS_OF,
            "/practices/NOSUCH?asOf=" + AS_OF,
            "/practices/DEMOEMIS/nothing"
        };
        for (String path : pages) {
            String page = given().accept("text/html").get(path).asString();
            String breadcrumb = section(page, "<nav class=\"nhsuk-breadcrumb\"", "</nav>");
            List<String> crumbs = new ArrayList<>();
            Matcher crumb = Pattern.compile("class=\"nhsuk-breadcrumb__link\" href=\"([^\"]+)\">([^<]+)<")
                    .matcher(breadcrumb);
            while (crumb.find()) {
                crumbs.add(crumb.group(1) + " " + crumb.group(2));
            }
            Matcher back = Pattern.compile(
                            "class=\"nhsuk-back-link\" href=\"([^\"]+)\"><span class=\"nhsuk-u-visually-hidden\">Back to </span>([^<]+)<")
                    .matcher(breadcrumb);
            assertThat(back.find()).as(path + ": " + breadcrumb).isTrue();
            assertThat(crumbs).as(path).isNotEmpty();
            assertThat(back.group(1) + " " + back.group(2)).as(path).isEqualTo(crumbs.get(crumbs.size() - 1));
        }
        String patient = page("/patients/" + PATIENT + "?asOf=" + AS_OF, 200);
        assertThat(section(patient, "<nav class=\"nhsuk-breadcrumb\"", "</nav>"))
                .contains("href=\"/practices/DEMOEMIS?asOf=" + AS_OF
                        + "\"><span class=\"nhsuk-u-visually-hidden\">Back to </span>Demo EMIS Practice<");
        assertThat(page("/?asOf=" + AS_OF, 200))
                .as("the home page has nowhere to go back to")
                .doesNotContain("nhsuk-breadcrumb");
    }

    @Test
    void theOverviewsSortSelectSortsAsTheHeadingsDo() {
        String bySelect = page("/?sort=patients-asc&asOf=" + AS_OF, 200);
        String form = section(bySelect, "<form class=\"app-sort-select\"", "</form>");
        assertThat(form)
                .contains("<select class=\"nhsuk-select\" id=\"overview-sort\" name=\"sort\">")
                .contains("<option value=\"patients-asc\" selected>Patients, lowest first</option>")
                .contains("<input type=\"hidden\" name=\"asOf\" value=\"" + AS_OF + "\">")
                .contains("type=\"submit\">Sort</button>");
        assertThat(bySelect.indexOf("app-sort-select"))
                .isLessThan(bySelect.indexOf("<table class=\"nhsuk-table-responsive"));
        String byHeading = page("/?sort=patients&order=asc&asOf=" + AS_OF, 200);
        assertThat(section(bySelect, "<tbody", "</tbody>")).isEqualTo(section(byHeading, "<tbody", "</tbody>"));
    }

    private static String page(String path, int status) {
        return given().accept("text/html")
                .get(path)
                .then()
                .statusCode(status)
                .extract()
                .asString();
    }

    /** From the first {@code start} to the next {@code end}, both included. */
    private static String section(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as("no " + start).isNotNegative();
        return page.substring(from, page.indexOf(end, from) + end.length());
    }
}
