package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.read.Words;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.Recommendation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page over the demo practices, read as a person (and a screen reader, which reads the visually hidden text
 * too) would: words, not codes; NHS numbers spaced and dates in words; the technical details kept in their expander;
 * and the guidance's caveat beside every "Give access".
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class PageWordsTest {

    private static final String AS_OF = "2025-06-01";

    /** An id as the API writes it: capitals joined by underscores. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z0-9]+_[A-Z0-9_]+\\b");

    private static final Pattern UNSPACED_NHS_NUMBER = Pattern.compile("\\b\\d{10}\\b");
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @Test
    void everyPageSpeaksInWordsWithTheCaveatBesideGiveAccess() {
        List<String> paths = new ArrayList<>(List.of(
                "/?asOf=" + AS_OF,
                "/practices/DEMOEMIS?asOf=" + AS_OF,
                "/practices/DEMOTPP?asOf=" + AS_OF,
                "/practices/DEMOEMIS?recommendation=NOT_APPLICABLE&asOf=" + AS_OF,
                "/patients?asOf=" + AS_OF));
        for (Recommendation r : Recommendation.values()) {
            List<String> numbers = given().accept("application/json")
                    .get("/api/v1/practices/DEMOEMIS/access-recommendations?recommendation=" + r + "&asOf=" + AS_OF)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.nhsNumber", String.class);
            numbers.stream()
                    .filter(n -> n != null && n.matches("\\d{10}"))
                    .findFirst()
                    .ifPresent(n -> paths.add("/patients/" + n + "?asOf=" + AS_OF));
        }
        assertThat(paths).as("a patient page of most answers").hasSizeGreaterThan(8);

        for (String path : paths) {
            String html = given().accept("text/html")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertReadsAsWords(path, html);
        }
    }

    @Test
    void anErrorPageSaysWhatWentWrongWithoutTheApisCodes() {
        for (String path : new String[] {
            "/practices/DEMOEMIS?recommendation=maybe", "/practices/DEMOEMIS?flag=ACTIVE", "/practices/DEMOEMIS?page=x"
        }) {
            String html = given().accept("text/html")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .extract()
                    .asString();
            assertReadsAsWords(path, html);
            assertThat(visibleText(html))
                    .as(path)
                    .contains("There is a problem with the web address")
                    .doesNotContain("must be one of", "[");
        }
    }

    @Test
    void aNotEligiblePatientIsNamedByWhyInTheWorklist() {
        String html = given().accept("text/html")
                .get("/practices/DEMOEMIS?recommendation=NOT_APPLICABLE&asOf=" + AS_OF)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .containsAnyOf(">Not 16 yet</strong>", ">Deceased</strong>", ">Record no longer active</strong>");
        assertThat(html).doesNotContain(">Not eligible</strong>");
    }

    private static void assertReadsAsWords(String path, String html) {
        String text = visibleText(html);
        assertThat(CODE.matcher(text).results().map(m -> m.group()).toList())
                .as("%s shows no API id", path)
                .isEmpty();
        assertThat(UNSPACED_NHS_NUMBER
                        .matcher(text)
                        .results()
                        .map(m -> m.group())
                        .toList())
                .as("%s shows NHS numbers spaced", path)
                .isEmpty();
        assertThat(ISO_DAY.matcher(text).results().map(m -> m.group()).toList())
                .as("%s shows dates in words", path)
                .isEmpty();
        assertThat(text).as(path).doesNotContain("None", "null", "effectiveDateTime", "HAPI-", "Exception");
        if (text.contains("Give access")) {
            assertThat(text).as("%s: the caveat beside Give access", path).contains(Words.GIVE_ACCESS_CAVEAT);
        }
    }

    /** The text a person or a screen reader gets: tags gone, the technical details' expanders left out. */
    static String visibleText(String html) {
        String withoutTechnical = html.replaceAll(
                "(?s)<details class=\"nhsuk-details[^\"]*\">\\s*<summary[^>]*><span[^>]*>Technical details.*?</details>",
                "");
        return withoutTechnical
                .replaceAll("(?s)<title>.*?</title>", "")
                .replaceAll("(?s)<[^>]+>", " ")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }
}
