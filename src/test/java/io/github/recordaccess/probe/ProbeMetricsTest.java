package io.github.recordaccess.probe;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.RawHttp;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Probe finding 1: the public metrics must never carry a raw path, and so never an NHS number. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class ProbeMetricsTest {

    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");
    /** A route template: literal segments and {name} parameters, or the one constant for everything else. */
    private static final Pattern TEMPLATE_OR_CONSTANT =
            Pattern.compile("UNMATCHED|(/([A-Za-z][A-Za-z0-9-]*|\\{[A-Za-z]+\\}))+");

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(Probe.PRACTICE, PAGE_SIZE);
        fhir.serveNoOtherOrganizations();
    }

    @Test
    void requestsThatMatchNoRouteLeaveNoPathInTheMetrics() throws Exception {
        String nhs = Probe.STRANGER;
        String reader = TestTokens.reader();
        given().auth()
                .oauth2(reader)
                .when()
                .get(Probe.patientPath(nhs) + "/extra")
                .then()
                .statusCode(404);
        given().auth().oauth2(reader).when().post(Probe.patientPath(nhs)).then().statusCode(405);
        given().auth()
                .oauth2(reader)
                .when()
                .get("/api/v1/patients/" + nhs)
                .then()
                .statusCode(404);
        given().when().get(Probe.patientPath(nhs)).then().statusCode(401);
        given().when().get("/nothing/here/" + nhs).then().statusCode(404);
        given().auth()
                .oauth2(reader)
                .when()
                .get("/api/v1/practices/ZZ" + nhs.substring(0, 6) + "/summary")
                .then()
                .statusCode(404);
        RawHttp.get(
                RestAssured.port,
                "/api/v1/patients/" + nhs + "%00/access-recommendation",
                "Authorization: Bearer " + reader);

        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(metrics)
                .doesNotContainPattern(Probe.ANY_NHS_NUMBER)
                .doesNotContain("\u0000")
                .doesNotContain("%00");
        Set<String> uris = uriLabels(metrics);
        assertThat(uris)
                .contains("UNMATCHED")
                .allMatch(uri -> TEMPLATE_OR_CONSTANT.matcher(uri).matches(), "is a template or UNMATCHED");
        assertThat(metrics)
                .as("no exception class names in labels")
                .doesNotContainPattern("=\"[A-Za-z.]*(Exception|Error)\"");
        assertThat(metrics).as("no JVM version details").doesNotContain("jvm_info");
    }

    @Test
    void manyDistinctUnmatchedPathsDoNotCrowdOutRealRoutes() {
        String reader = TestTokens.reader();
        for (int i = 0; i < 60; i++) {
            given().when()
                    .get(Probe.patientPath(FhirFixtures.nhsNumber(5000 + i)))
                    .then()
                    .statusCode(401);
            given().auth()
                    .oauth2(reader)
                    .when()
                    .post(Probe.patientPath(FhirFixtures.nhsNumber(6000 + i)))
                    .then()
                    .statusCode(405);
            given().when().get("/crowd/" + i).then().statusCode(404);
        }
        given().auth()
                .oauth2(TestTokens.reader())
                .queryParam("asOf", "2024-03-03")
                .when()
                .get(Probe.SUMMARY)
                .then()
                .statusCode(200);

        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(uriLabels(metrics))
                .contains("/api/v1/practices/{odsCode}/summary")
                .noneMatch(uri -> uri.startsWith("/crowd"));
    }

    private static Set<String> uriLabels(String metrics) {
        Set<String> uris = new TreeSet<>();
        Matcher m = URI_LABEL.matcher(metrics);
        while (m.find()) {
            uris.add(m.group(1));
        }
        return uris;
    }
}
