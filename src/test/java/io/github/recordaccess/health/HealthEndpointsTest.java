package io.github.recordaccess.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@io.quarkus.test.common.WithTestResource(io.github.recordaccess.fixtures.WireMockFhirResource.class)
class HealthEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/live", "/q/health/started"})
    void probesAnswerUp(String path) {
        given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
    }
}
