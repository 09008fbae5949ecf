package io.github.recordaccess.bench;

import io.github.recordaccess.fixtures.PackagedJar;
import io.github.recordaccess.fixtures.PostgresServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The history endpoints over a large history: 200 practices x 365 daily points in PostgreSQL, read back
 * by the packaged service; and the overview page, whose trend lines read all of it, beside the overview API. Medians of 5 timed calls after 20 warm-ups. Appends to target/bench/history.md.
 */
public final class HistoryBenchmark {

    static final int PRACTICES = Integer.getInteger("bench.history.practices", 200);
    static final int DAYS = Integer.getInteger("bench.history.days", 365);
    static final int RUNS = 5;
    /** Calls before the timed ones, so that the JIT has compiled the path being measured. */
    static final int WARMUPS = 20;

    static final Path OUT = Path.of(System.getProperty("bench.out", "target/bench"));

    private HistoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        String database = PostgresServer.shared().newDatabase();
        int port = PackagedJar.freePort();
        Path log = OUT.resolve("history-service.log");
        Process service = PackagedJar.java(
                        log,
                        "FHIR_BASE_URL",
                        "http://127.0.0.1:1/fhir",
                        "QUARKUS_HTTP_PORT",
                        Integer.toString(port),
                        "QUARKUS_OIDC_TENANT_ENABLED",
                        "false",
                        "QUARKUS_HTTP_AUTH_PERMISSION_API_POLICY",
                        "permit",
                        "QUARKUS_HTTP_AUTH_PERMISSION_ADMIN_POLICY",
                        "permit",
                        "QUARKUS_HTTP_AUTH_PERMISSION_PAGES_POLICY",
                        "permit",
                        "FHIR_RETRY_MAX_RETRIES",
                        "0",
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        database,
                        "QUARKUS_DATASOURCE_USERNAME",
                        PostgresServer.USER,
                        "QUARKUS_DATASOURCE_PASSWORD",
                        PostgresServer.PASSWORD,
                        "ACCESS_SNAPSHOT_CRON",
                        "off")
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            PackagedJar.waitUntilReady(http, base + "/q/health/live");
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            LocalDate from = today.minusDays(DAYS - 1L);
            long loadMs = load(database, from);
            String range = "?from=" + from + "&to=" + today;

            double practice = median(http, base + "/api/v1/practices/P00001/history" + range, "application/json");
            double practiceCsv = median(http, base + "/api/v1/practices/P00001/history" + range, "text/csv");
            double icb = median(http, base + "/api/v1/history" + range, "application/json");
            double icbCsv = median(http, base + "/api/v1/history" + range, "text/csv");
            long allStart = System.nanoTime();
            for (int p = 1; p <= PRACTICES; p++) {
                get(http, base + "/api/v1/practices/" + ods(p) + "/history" + range, "application/json");
            }
            double allPractices = (System.nanoTime() - allStart) / 1e6;

            // The overview, page and API, reads each practice's latest stored figures (no FHIR server is needed; there
            // is none here); the page also reads every practice's year for its trend lines, which the API does not.
            register(http, base);
            String overview = get(http, base + "/api/v1/practices", "application/json");
            long stored = overview.split("\"figuresFrom\":\"STORED\"", -1).length - 1L;
            if (stored != PRACTICES) {
                throw new IllegalStateException("the overview read " + stored + " practices from stored figures, not "
                        + PRACTICES + ": the benchmark would time something else");
            }
            double overviewApi = median(http, base + "/api/v1/practices", "application/json");
            double overviewPage = median(http, base + "/", "text/html");

            String text = String.format(
                    Locale.ROOT,
                    "%n## History (%d practices x %d days = %d points, PostgreSQL, loaded in %d ms)%n%n"
                            + "| call | median of %d (ms) |%n|---|---|%n"
                            + "| one practice's history, %d points, JSON | %.1f |%n"
                            + "| one practice's history, CSV | %.1f |%n"
                            + "| ICB history over all %d points, JSON | %.1f |%n"
                            + "| ICB history, CSV | %.1f |%n"
                            + "| every practice's history, %d calls one after another (total, one run) | %.1f |%n"
                            + "| overview API, %d practices, from their stored figures (no history read) | %.1f |%n"
                            + "| overview page, %d practices from their stored figures, each with its trend line over %d days"
                            + " | %.1f |%n",
                    PRACTICES,
                    DAYS,
                    PRACTICES * DAYS,
                    loadMs,
                    RUNS,
                    DAYS,
                    practice,
                    practiceCsv,
                    PRACTICES * DAYS,
                    icb,
                    icbCsv,
                    PRACTICES,
                    allPractices,
                    PRACTICES,
                    overviewApi,
                    PRACTICES,
                    DAYS,
                    overviewPage);
            System.out.print(text);
            Files.writeString(OUT.resolve("history.md"), text);
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Registers the practices, so that the overview shows them all. */
    private static void register(HttpClient http, String base) throws Exception {
        StringBuilder csv = new StringBuilder("ods_code,name,system,go_live_date\n");
        for (int p = 1; p <= PRACTICES; p++) {
            csv.append(ods(p)).append(",Practice ").append(p).append(",EMIS,2023-10-31\n");
        }
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/practices"))
                        .header("Content-Type", "text/csv")
                        .PUT(HttpRequest.BodyPublishers.ofString(csv.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("registry upload answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** Writes the points straight into the table, as the daily snapshot would have over a year. */
    private static long load(String database, LocalDate from) throws Exception {
        long start = System.nanoTime();
        Random random = new Random(7);
        String sql = "INSERT INTO snapshot_point (ods_code, snapshot_date, evaluated_at, status, demo, patients, "
                + "eligible_patients, provision_access, offer_opt_in, opted_out, not_applicable, review_required, "
                + "flag_none, flag_active_104, flag_not_indicated_106, flag_rescinded_by_106, flag_undetermined, "
                + "bulk_coded_104, excluded_percent, action_plan_required, cohort_routes) "
                + "VALUES (?, ?, ?, 'OK', FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = DriverManager.getConnection(database, PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int p = 1; p <= PRACTICES; p++) {
                for (int d = 0; d < DAYS; d++) {
                    LocalDate day = from.plusDays(d);
                    int patients = 5_000 + random.nextInt(10_000);
                    int notApplicable = patients / 5;
                    int eligible = patients - notApplicable;
                    int offer = random.nextInt(eligible / 2);
                    int opted = random.nextInt(100);
                    int review = random.nextInt(50);
                    List<Object> values = new ArrayList<>(List.of(
                            ods(p),
                            Date.valueOf(day),
                            Timestamp.from(day.atTime(2, 0)
                                    .atZone(ZoneId.of("Europe/London"))
                                    .toInstant()),
                            patients,
                            eligible,
                            eligible - offer - opted - review,
                            offer,
                            opted,
                            notApplicable,
                            review,
                            patients - offer,
                            offer,
                            0,
                            0,
                            0,
                            offer / 3,
                            Math.round(1000.0 * offer / eligible) / 10.0,
                            100.0 * offer / eligible > 50,
                            // Every registration route searched (as StoredRoutes writes it): the overview trusts
                            // the point and reads it, as it would the nightly snapshot's.
                            "ORGANIZATION\tsearched\t\nPRACTITIONER_ROLE\tsearched\t\nODS_IDENTIFIER\tsearched\t"));
                    for (int i = 0; i < values.size(); i++) {
                        insert.setObject(i + 1, values.get(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (var analyze = c.createStatement()) {
                analyze.execute("ANALYZE snapshot_point"); // what autovacuum does after such a load
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double median(HttpClient http, String url, String accept) throws Exception {
        for (int i = 0; i < WARMUPS; i++) {
            get(http, url, accept);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            get(http, url, accept);
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(RUNS / 2);
    }

    private static String get(HttpClient http, String url, String accept) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.body().length() < 100) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String ods(int practice) {
        return String.format(Locale.ROOT, "P%05d", practice);
    }
}
