package io.github.recordaccess.deploy;

import static io.github.recordaccess.fixtures.PackagedJar.freePort;
import static io.github.recordaccess.fixtures.PackagedJar.java;
import static io.github.recordaccess.fixtures.PackagedJar.production;
import static io.github.recordaccess.fixtures.PackagedJar.waitUntilReady;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.demo.SyntheticFhirServer;
import io.github.recordaccess.fixtures.PostgresServer;
import io.github.recordaccess.fixtures.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged application, run as production runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}. */
class PackagedApplicationIT {

    @Test
    void refusesToStartWithoutFhirBaseUrlInOneSentence() throws Exception {
        Path log = Files.createTempFile("no-fhir-url", ".log");
        Process process =
                java(log, "QUARKUS_HTTP_PORT", Integer.toString(freePort())).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines =
                Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        assertThat(process.exitValue()).isNotZero();
        assertThat(lines).anyMatch(l -> l.contains("FHIR_BASE_URL is not set"));
        assertThat(lines).noneMatch(l -> l.trim().startsWith("at ") || l.contains("Exception"));
    }

    @Test
    void refusesToStartWithoutTokenVerificationInOneSentence() throws Exception {
        Path log = Files.createTempFile("no-oidc", ".log");
        Process process = java(
                        log,
                        "FHIR_BASE_URL",
                        "http://127.0.0.1:1/fhir",
                        "QUARKUS_HTTP_PORT",
                        Integer.toString(freePort()))
                .start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines =
                Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        assertThat(process.exitValue()).isNotZero();
        assertThat(lines)
                .anyMatch(l -> l.contains("Token verification is not configured")
                        && l.contains("QUARKUS_OIDC_AUTH_SERVER_URL"));
    }

    @Test
    void refusesToStartWithAPrivateKeyThatCannotSignTheChosenAlgorithmWithoutQuotingIt() throws Exception {
        Path log = Files.createTempFile("bad-key", ".log");
        String key = java.util.Base64.getEncoder()
                .encodeToString(TestTokens.KEYS.getPrivate().getEncoded());
        Process process = java(
                        log,
                        "FHIR_BASE_URL",
                        "http://127.0.0.1:1/fhir",
                        "QUARKUS_HTTP_PORT",
                        Integer.toString(freePort()),
                        "QUARKUS_OIDC_TENANT_ENABLED",
                        "true",
                        "QUARKUS_OIDC_PUBLIC_KEY",
                        TestTokens.publicKey(),
                        "QUARKUS_OIDC_TOKEN_ISSUER",
                        TestTokens.ISSUER,
                        "FHIR_AUTH_TYPE",
                        "client-credentials",
                        "FHIR_AUTH_TOKEN_URL",
                        "http://127.0.0.1:1/token",
                        "FHIR_AUTH_CLIENT_ID",
                        "record-access",
                        "FHIR_AUTH_PRIVATE_KEY",
                        "-----BEGIN PRIVATE KEY-----\n" + key + "\n-----END PRIVATE KEY-----\n",
                        "FHIR_AUTH_SIGNATURE_ALGORITHM",
                        "ES384")
                .start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines =
                Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        assertThat(process.exitValue()).isNotZero();
        assertThat(lines)
                .anyMatch(l ->
                        l.contains("FHIR_AUTH_PRIVATE_KEY is not a PEM PKCS#8 EC private key") && l.contains("ES384"));
        assertThat(String.join("\n", lines)).doesNotContain(key.substring(40, 80));
    }

    @Test
    void servesFromTheJarWithJsonLogsAndNoPatientData() throws Exception {
        Path log = Files.createTempFile("prod", ".log");
        Path workingDir = Files.createTempDirectory("record-access-cwd");
        int port = freePort();
        try (SyntheticFhirServer fhir = SyntheticFhirServer.start(0, "/fhir", DemoPractices.resources())) {
            // The default data directory, data/, under a working directory of its own: H2 needs it made absolute.
            Process process = production(log, fhir.baseUrl(), port, "ACCESS_DATA_DIR", "data")
                    .directory(workingDir.toFile())
                    .start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + port;
                waitUntilReady(http, base + "/q/health/ready");

                URI summaryUri = URI.create(base + "/api/v1/practices/DEMOEMIS/summary");
                assertThat(http.send(HttpRequest.newBuilder(summaryUri).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode())
                        .as("production needs a token")
                        .isEqualTo(401);
                HttpResponse<String> summary = http.send(
                        HttpRequest.newBuilder(summaryUri)
                                .header("Authorization", "Bearer " + TestTokens.reader())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(summary.statusCode()).isEqualTo(200);
                assertThat(summary.body()).contains("\"patients\":197");

                // Dev mode's personas are not built into the jar: no route, with or without a token, and the cookie
                // they would set opens nothing.
                for (String token : new String[] {null, TestTokens.reader()}) {
                    HttpRequest.Builder personas = HttpRequest.newBuilder(URI.create(base + "/dev/personas"));
                    if (token != null) {
                        personas.header("Authorization", "Bearer " + token);
                    }
                    assertThat(http.send(personas.build(), HttpResponse.BodyHandlers.discarding())
                                    .statusCode())
                            .as("/dev/personas in production")
                            .isEqualTo(404);
                    assertThat(http.send(
                                            personas.POST(HttpRequest.BodyPublishers.ofString("persona=reader"))
                                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode())
                            .as("POST /dev/personas in production")
                            .isEqualTo(404);
                }
                assertThat(http.send(
                                        HttpRequest.newBuilder(summaryUri)
                                                .header("Cookie", "record-access-persona=reader")
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode())
                        .as("a persona cookie is no credential")
                        .isEqualTo(401);
            } finally {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("{"))
                .toList();
        assertThat(lines).isNotEmpty().anyMatch(l -> l.contains("Evaluated practice DEMOEMIS"));
        assertThat(lines).anyMatch(l -> l.contains("embedded H2 file database") && l.contains("one-replica setup"));
        assertThat(workingDir.resolve("data").resolve("record-access.mv.db")).exists();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            assertThat(json.readTree(line).has("message")).as(line).isTrue();
        }
        assertThat(Files.readString(log)).doesNotContainPattern("(?<!\\d)999\\d{7}(?!\\d)");
    }

    @Test
    void withADatasourceUrlTheSameJarKeepsTheRegistryInPostgresql() throws Exception {
        Path log = Files.createTempFile("postgres", ".log");
        Path dataDir = Files.createTempDirectory("record-access-unused");
        int port = freePort();
        String admin = "Bearer "
                + TestTokens.token(
                        TestTokens.ISSUER,
                        List.of(TestTokens.ADMIN_ROLE, TestTokens.ROLE),
                        java.time.Instant.now().plusSeconds(300),
                        TestTokens.KEYS);
        String database = PostgresServer.shared().newDatabase();
        try (SyntheticFhirServer fhir = SyntheticFhirServer.start(0, "/fhir", DemoPractices.resources())) {
            for (int start = 0; start < 2; start++) {
                Process process = production(
                                log,
                                fhir.baseUrl(),
                                port,
                                "ACCESS_DATA_DIR",
                                dataDir.toString(),
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                database,
                                "QUARKUS_DATASOURCE_USERNAME",
                                PostgresServer.USER,
                                "QUARKUS_DATASOURCE_PASSWORD",
                                PostgresServer.PASSWORD)
                        .start();
                try {
                    HttpClient http = HttpClient.newHttpClient();
                    String base = "http://127.0.0.1:" + port;
                    waitUntilReady(http, base + "/q/health/ready");
                    if (start == 0) {
                        HttpResponse<String> put = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/practices"))
                                        .header("Authorization", admin)
                                        .header("Content-Type", "text/csv")
                                        .PUT(HttpRequest.BodyPublishers.ofString(
                                                "ods_code,name,system,go_live_date\nDEMOTPP,Demo TPP Practice,TPP,\n"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
                    }
                    HttpResponse<String> overview = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/practices"))
                                    .header("Authorization", admin)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(overview.statusCode()).as(overview.body()).isEqualTo(200);
                    assertThat(overview.body())
                            .as("the registry, kept in PostgreSQL across a restart")
                            .contains("\"practiceOdsCode\":\"DEMOTPP\"")
                            .contains("\"patients\":173");
                } finally {
                    process.destroy();
                    process.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
        assertThat(Files.readString(log)).contains("Database: PostgreSQL");
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("no embedded database beside PostgreSQL").isEmpty();
        }
    }
}
