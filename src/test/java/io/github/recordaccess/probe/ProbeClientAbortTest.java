package io.github.recordaccess.probe;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.RawHttp;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Probe finding: a client that goes away, or sends an unbounded body, is not the service's fault. Uploads abandoned
 * part-way, a response the client stops reading and a chunked body over the upload limit were logged at ERROR and
 * audited as 500. Plain sockets, because ordinary clients finish what they start.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class ProbeClientAbortTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("V12345", "org-v", 1900);
    static final String UPLOAD = "/api/v1/admin/practices";
    static final List<PracticeEntry> REGISTRY =
            List.of(new PracticeEntry("V12345", "Vale Surgery", ClinicalSystem.EMIS, LocalDate.of(2023, 10, 31)));

    @InjectFhirServer
    FhirStub fhir;

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        registry.replaceAll(REGISTRY);
    }

    @Test
    void aChunkedUploadOverTheLimitIs413AndNeitherAnErrorNorA500() throws Exception {
        try (LogCapture capture = LogCapture.install()) {
            String head = "PUT " + UPLOAD + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Transfer-Encoding: chunked";
            RawHttp.Answer answer = RawHttp.sendUntilRefused(RestAssured.port, head, chunked(1300 * 1024), 10_000);

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.closed())
                    .as("the connection is closed, so the rest is not read")
                    .isTrue();
            List<JsonNode> events = awaitAuditEvent(capture);
            assertThat(events)
                    .allSatisfy(e -> assertThat(e.get("status").asInt()).isEqualTo(413));
            assertThat(capture.errors()).isEmpty();
            assertThat(capture.withStackTraces()).isEmpty();
        }
        assertThat(registry.all()).isEqualTo(REGISTRY);
    }

    @Test
    void anUploadAbandonedPartWayIsNeitherAnErrorNorA500AndChangesNothing() throws Exception {
        for (String framing : List.of("Content-Length: 5000", "Transfer-Encoding: chunked")) {
            try (LogCapture capture = LogCapture.install()) {
                String body = "ods_code,name,system,go_live_date\r\nA11111,Abandoned";
                byte[] sent = framing.startsWith("Transfer")
                        ? (Integer.toHexString(body.length() + 20) + "\r\n" + body).getBytes(StandardCharsets.US_ASCII)
                        : body.getBytes(StandardCharsets.US_ASCII);
                try (Socket socket = new Socket("localhost", RestAssured.port)) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("PUT " + UPLOAD + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n" + framing
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(sent);
                    out.flush();
                    Thread.sleep(200);
                }

                List<JsonNode> events = awaitAuditEvent(capture);
                assertThat(events)
                        .as(framing)
                        .singleElement()
                        .satisfies(e -> assertThat(e.get("status").asInt()).isEqualTo(400));
                assertThat(capture.errors()).as(framing).isEmpty();
                assertThat(capture.withStackTraces()).as(framing).isEmpty();
                assertThat(capture.lines())
                        .as(framing)
                        .anyMatch(
                                l -> l.contains("PUT /api/v1/admin/practices: the request body did not arrive whole"));
            }
            assertThat(registry.all()).as(framing).isEqualTo(REGISTRY);
        }
    }

    @Test
    void aClientThatLeavesBeforeOrDuringTheAnswerLeavesNoErrorAndNo500() throws Exception {
        // Every FHIR answer takes a moment, so the first client is gone before its list is written.
        fhir.server().setGlobalFixedDelay(150);
        try (LogCapture capture = LogCapture.install()) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream().write("""
                                GET /api/v1/practices/V12345/access-recommendations?asOf=2024-06-01 HTTP/1.1\r
                                Host: localhost\r
                                Accept: text/csv\r
                                X-Request-Id: gone-early\r
                                \r
                                """.getBytes(StandardCharsets.US_ASCII));
                Thread.sleep(100);
            }
            // And one that reads the status line of a long answer and leaves.
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream().write("""
                                GET /api/v1/practices/V12345/access-recommendations?asOf=2024-06-01 HTTP/1.1\r
                                Host: localhost\r
                                Accept: text/csv\r
                                X-Request-Id: reads-a-line\r
                                \r
                                """.getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII))
                        .isEqualTo("HTTP/1.1 200");
            }

            awaitAuditEvent(capture);
            Thread.sleep(500);

            // The answer the client read is audited as given; the one nobody was left to receive was never given.
            assertThat(AuditEvents.in(capture)).singleElement().satisfies(e -> {
                assertThat(e.get("requestId").asText()).isEqualTo("reads-a-line");
                assertThat(e.get("status").asInt()).isEqualTo(200);
            });
            assertThat(capture.errors()).isEmpty();
            assertThat(capture.withStackTraces()).isEmpty();
        } finally {
            fhir.server().setGlobalFixedDelay(0);
        }
    }

    /** A chunked body of {@code size} bytes of CSV-ish text. */
    private static byte[] chunked(int size) {
        StringBuilder body = new StringBuilder();
        char[] chunk = new char[16 * 1024];
        Arrays.fill(chunk, 'a');
        for (int sent = 0; sent < size; sent += chunk.length) {
            body.append(Integer.toHexString(chunk.length))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        return body.append("0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The audit events once the first has been written (the server finishes after the client has gone). */
    private static List<JsonNode> awaitAuditEvent(LogCapture capture) throws IOException, InterruptedException {
        for (int i = 0; i < 100 && AuditEvents.in(capture).isEmpty(); i++) {
            Thread.sleep(100);
        }
        List<JsonNode> events = AuditEvents.in(capture);
        assertThat(events).isNotEmpty();
        return events;
    }
}
