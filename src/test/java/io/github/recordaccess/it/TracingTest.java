package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With tracing switched on, every FHIR request of one API call carries that call's trace (W3C traceparent). */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "none");
        }
    }

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-0[01]");
    static final PracticeFixture PRACTICE = PracticeFixture.standard("T12345", "org-t", 1600);

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    @Test
    void eachFhirRequestCarriesTheTraceOfTheCallThatMadeIt() {
        String nhs = PRACTICE.patient(0).getIdentifierFirstRep().getValue();
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/patients/" + nhs + "/access-recommendation")
                .then()
                .statusCode(200);

        Set<String> traces = fhir.fhirRequests().stream()
                .map(r -> r.getHeader("traceparent"))
                .peek(header -> assertThat(header).matches(TRACEPARENT))
                .map(header -> header.split("-", -1)[1])
                .collect(Collectors.toSet());
        assertThat(fhir.fhirRequests()).isNotEmpty();
        assertThat(traces).hasSize(1);
    }

    @Test
    void thePracticeSearchesRunOnOtherThreadsAndStillCarryTheTrace() {
        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/T12345/summary")
                .then()
                .statusCode(200);

        assertThat(fhir.fhirRequests())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("traceparent")).matches(TRACEPARENT));
        assertThat(fhir.fhirRequests().stream()
                        .map(r -> r.getHeader("traceparent").split("-", -1)[1])
                        .distinct())
                .hasSize(1);
    }
}
