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
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's demo calls give the output the README shows (only evaluatedAt may differ). */
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

    @Test
    void everyDemoCallGivesTheShownOutput() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
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
