package io.github.recordaccess.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo calls in the README and in docs/ work against the demo: those shown with their output give that output (only
 * evaluatedAt may differ), and every other GET answers 200.
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "curl -s 'http://localhost:8080([^']+)' \\| python3 -m json\\.tool\\n```\\n```json\\n(.*?)\\n```",
            Pattern.DOTALL);

    @Inject
    PracticeRegistry registry;

    /** As dev mode registers them (DemoRegistrySeed). */
    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @AfterEach
    void clearTheRegistry() {
        registry.replaceAll(List.of());
    }

    /** A curl line's URL on the demo, single-quoted. */
    private static final Pattern CALL = Pattern.compile("(?m)^.*\\bcurl -s\\b(.*?)'http://localhost:8080([^']+)'.*$");

    /** A page to open on the demo: {@code <http://localhost:8080/…>}. */
    private static final Pattern LINK = Pattern.compile("<http://localhost:8080(/[^>]*)>");

    /** A header a call sends: {@code -H 'Name: value'} or {@code -H "Name: value"}. */
    private static final Pattern HEADER = Pattern.compile("-H ['\"]([^:'\"]+): ([^'\"]*)['\"]");

    static String documents() throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path doc :
                    docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                text.append('\n').append(Files.readString(doc));
            }
        }
        return text.toString();
    }

    @Test
    void everyDocumentedGetAnswersOnTheDemo() throws IOException {
        Matcher m = CALL.matcher(documents());
        int calls = 0;
        while (m.find()) {
            if (m.group(1).contains("-X ")) {
                continue; // a write: its own tests cover it
            }
            calls++;
            RequestSpecification request = given();
            Matcher header = HEADER.matcher(m.group(1));
            while (header.find()) {
                if (!header.group(1).equalsIgnoreCase("Authorization")) { // the demo needs no token
                    request.header(header.group(1), header.group(2));
                }
            }
            request.when().get(m.group(2)).then().statusCode(200);
        }
        Matcher link = LINK.matcher(documents());
        while (link.find()) {
            calls++;
            given().accept("text/html").when().get(link.group(1)).then().statusCode(200);
        }
        assertThat(calls).as("documented demo calls and pages").isGreaterThan(25);
    }

    @Test
    void everyDemoCallGivesTheShownOutput() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Matcher m = EXAMPLE.matcher(documents());
        int examples = 0;
        while (m.find()) {
            examples++;
            JsonNode shown = json.readTree(m.group(2));
            JsonNode actual = json.readTree(given().when()
                    .get(m.group(1))
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            if (shown instanceof ObjectNode o) {
                o.remove("evaluatedAt");
            }
            if (actual instanceof ObjectNode o) {
                o.remove("evaluatedAt");
            }
            assertThat(actual).as(m.group(1)).isEqualTo(shown);
        }
        assertThat(examples).isEqualTo(4);
    }
}
