package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeAnswers;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An answer larger than fhir.max-response-size (2 MB in the tests) is a 502 fhir-response-too-large, found
 * out as it is read and in bounded memory: a huge page, one that says so in Content-Length, and a gzip bomb
 * (a small download that inflates past the bound).
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class OversizedAnswersTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("O22222", "org-o", 2500);
    static final String AS_OF = PracticeFixture.AS_OF.toString();

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    private static MappingBuilder the104Search() {
        return get(urlPathEqualTo(FhirStub.BASE_PATH + "/Observation"))
                .withQueryParam("code", equalTo("1364731000000104"))
                .withQueryParam("patient.general-practitioner", equalTo("Organization/org-o"))
                .atPriority(1);
    }

    /** A searchset whose one long string makes it {@code bytes} long. */
    private static byte[] bundleOf(int bytes) {
        String head = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"id\":\"";
        String tail = "\"}";
        return (head + "x".repeat(bytes - head.length() - tail.length()) + tail).getBytes(StandardCharsets.UTF_8);
    }

    private static void fails() {
        long start = System.nanoTime();
        PracticeAnswers.freshSummary("O22222", AS_OF)
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/fhir-response-too-large"))
                .body("detail", containsString("fhir.max-response-size"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aPageLargerThanTheBoundIs502() {
        fhir.server()
                .stubFor(the104Search()
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", FhirStub.FHIR_JSON)
                                .withBody(bundleOf(3 * 1024 * 1024))
                                .withChunkedDribbleDelay(64, 100)));

        fails();
        PracticeAnswers.neverProvisioned(
                "O22222", AS_OF, PRACTICE.patient(10).getIdentifierFirstRep().getValue());
    }

    @Test
    void aPageWithItsLengthDeclaredOverTheBoundIs502() {
        fhir.server()
                .stubFor(the104Search()
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", FhirStub.FHIR_JSON)
                                .withBody(bundleOf(3 * 1024 * 1024))));

        fails();
    }

    @Test
    void aGzipBombIsStoppedAsItInflates() throws IOException {
        // 64 MB of one character, about 64 kB compressed.
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            gzip.write("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"id\":\""
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 64; i++) {
                gzip.write(chunk);
            }
            gzip.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(compressed.size()).isLessThan(1024 * 1024);
        fhir.server()
                .stubFor(the104Search()
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", FhirStub.FHIR_JSON)
                                .withHeader("Content-Encoding", "gzip")
                                .withBody(compressed.toByteArray())));

        fails();
    }
}
