package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.TlsFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** HTTPS to the FHIR server through a configured trust store, with no "trust all" anywhere in the service. */
@QuarkusTest
@WithTestResource(TlsFhirResource.class)
class TlsTrustStoreTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("L12345", "org-l", 1400);

    @InjectFhirServer
    FhirStub fhir;

    @Test
    void theServiceReachesAnHttpsFhirServerTrustedOnlyThroughTheConfiguredStore() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);

        given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/L12345/summary")
                .then()
                .statusCode(200)
                .body("patients", equalTo(11));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theJvmsDefaultTrustDoesNotTrustThatServer() {
        String base = ConfigProvider.getConfig().getValue("fhir.base-url", String.class);

        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "/metadata"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    }
}
