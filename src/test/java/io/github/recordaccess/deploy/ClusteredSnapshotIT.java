package io.github.recordaccess.deploy;

import static io.github.recordaccess.fixtures.PackagedJar.freePort;
import static io.github.recordaccess.fixtures.PackagedJar.production;
import static io.github.recordaccess.fixtures.PackagedJar.waitUntilReady;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.demo.SyntheticFhirServer;
import io.github.recordaccess.fixtures.PostgresServer;
import io.github.recordaccess.fixtures.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service share one real PostgreSQL with a snapshot every 3 seconds: each
 * tick evaluates each practice exactly once, on one instance, and the ticks go on when an instance stops.
 */
class ClusteredSnapshotIT {

    private static final String CRON = "*/3 * * * * ?";
    private static final int PRACTICES = DemoPractices.REGISTRY.size();

    record Tick(String key, int points, int distinctPractices, String instance, Instant claimedAt) {}

    @Test
    void eachTickRunsOnceOnOneInstanceAndTicksGoOnWhenAnInstanceStops() throws Exception {
        String database = PostgresServer.shared().newDatabase();
        String admin = "Bearer "
                + TestTokens.token(
                        TestTokens.ISSUER,
                        List.of(TestTokens.ADMIN_ROLE),
                        Instant.now().plusSeconds(600),
                        TestTokens.KEYS);
        HttpClient http = HttpClient.newHttpClient();
        try (SyntheticFhirServer fhir = SyntheticFhirServer.start(0, "/fhir", DemoPractices.resources())) {
            int portA = freePort();
            int portB = freePort();
            Process a = start(fhir, database, portA, "a");
            Process b = null;
            try {
                waitUntilReady(http, "http://127.0.0.1:" + portA + "/q/health/ready");
                HttpResponse<String> put = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/api/v1/admin/practices"))
                                .header("Authorization", admin)
                                .header("Content-Type", "text/csv")
                                .PUT(HttpRequest.BodyPublishers.ofString("""
                                        ods_code,name,system,go_live_date
                                        DEMOEMIS,Demo EMIS Practice,EMIS,2023-10-31
                                        DEMOTPP,Demo TPP Practice,TPP,
                                        """))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
                b = start(fhir, database, portB, "b");
                waitUntilReady(http, "http://127.0.0.1:" + portB + "/q/health/ready");
                Instant bothUp = Instant.now();

                List<Tick> together = waitForTicks(database, bothUp, 3);
                a.destroy();
                assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
                Instant aStopped = Instant.now();
                List<Tick> after = waitForTicks(database, aStopped.plusSeconds(3), 2);

                for (Tick tick : together) {
                    assertThat(tick.points()).as("points of tick " + tick.key()).isEqualTo(PRACTICES);
                    assertThat(tick.distinctPractices())
                            .as("practices of tick " + tick.key())
                            .isEqualTo(PRACTICES);
                }
                for (Tick tick : after) {
                    assertThat(tick.points()).as("points of tick " + tick.key()).isEqualTo(PRACTICES);
                    assertThat(tick.instance()).as("only b is left").startsWith("b-");
                }
            } finally {
                a.destroy();
                if (b != null) {
                    b.destroy();
                    b.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static Process start(SyntheticFhirServer fhir, String database, int port, String name) throws Exception {
        Path log = Files.createTempFile("cluster-" + name, ".log");
        return production(
                        log,
                        fhir.baseUrl(),
                        port,
                        "HOSTNAME",
                        name,
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        database,
                        "QUARKUS_DATASOURCE_USERNAME",
                        PostgresServer.USER,
                        "QUARKUS_DATASOURCE_PASSWORD",
                        PostgresServer.PASSWORD,
                        "ACCESS_SNAPSHOT_CRON",
                        CRON)
                .start();
    }

    /** The first {@code count} ticks claimed after {@code since}, once each has stored its points. */
    private static List<Tick> waitForTicks(String database, Instant since, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<Tick> ticks = ticksSince(database, since);
            // A tick stores its points in one transaction when its evaluations end: wait until they are in.
            if (ticks.size() >= count && ticks.subList(0, count).stream().allMatch(t -> t.points() > 0)) {
                return ticks.subList(0, count);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("fewer than " + count + " ticks within 60 s after " + since);
    }

    private static List<Tick> ticksSince(String database, Instant since) throws SQLException {
        String sql = "SELECT t.tick_key, t.instance_id, t.claimed_at, COUNT(p.id) AS points, "
                + "COUNT(DISTINCT p.ods_code) AS practices FROM snapshot_tick t "
                + "LEFT JOIN snapshot_point p ON p.tick = t.tick_key WHERE t.claimed_at > ? "
                + "GROUP BY t.tick_key, t.instance_id, t.claimed_at ORDER BY t.tick_key";
        Map<String, Tick> ticks = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(database, PostgresServer.USER, PostgresServer.PASSWORD);
                var select = c.prepareStatement(sql)) {
            select.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ticks.put(
                            rows.getString("tick_key"),
                            new Tick(
                                    rows.getString("tick_key"),
                                    rows.getInt("points"),
                                    rows.getInt("practices"),
                                    rows.getString("instance_id"),
                                    rows.getTimestamp("claimed_at").toInstant()));
                }
            }
        }
        return new ArrayList<>(ticks.values());
    }
}
