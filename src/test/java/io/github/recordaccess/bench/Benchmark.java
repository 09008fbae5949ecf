package io.github.recordaccess.bench;

import io.github.recordaccess.demo.SyntheticFhirServer;
import io.github.recordaccess.demo.SyntheticPractice;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Measures, side by side in one run against one loopback FHIR stub: (1) the service's practice summary
 * end to end over HTTP, (2) a naive one-search-per-patient client, (3) the lower bound (the minimal pages
 * fetched and parsed, no evaluation); then a bounded load test. Every process runs with the same heap
 * limit; peak heap is the sum of the heap pools' peak use. Run with bench/run.sh.
 */
public final class Benchmark {

    static final int HEAP_MB = Integer.getInteger("bench.heapMb", 256);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final int WARMUPS = Integer.getInteger("bench.warmups", 3);
    static final int PAGE_SIZE = Integer.getInteger("bench.pageSize", 500);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 4);
    static final long LATENCY_MS = Long.getLong("bench.latencyMs", 0);
    static final boolean NAIVE = Boolean.parseBoolean(System.getProperty("bench.naive", "true"));
    static final int LOAD_SECONDS = Integer.getInteger("bench.loadSeconds", 15);
    /** Share of the measured practices' patients registered through a PractitionerRole (see BenchRegistrations). */
    static final double ROLE_SHARE = Double.parseDouble(System.getProperty("bench.roleShare", "0.1"));

    static final String JAR = System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar");
    static final Path OUT = Path.of(System.getProperty("bench.out", "target/bench"));

    record Measure(String practice, String approach, long wallMs, long requests, long bytes, long peakHeap) {}

    // JMX over RMI to the benchmark's own child JVM on loopback: no user input reaches the JNDI lookup.
    @SuppressWarnings("BanJNDI")
    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        List<Integer> sizes = List.of(
                        System.getProperty("bench.sizes", "10000,50000").split(","))
                .stream()
                .map(Integer::parseInt)
                .toList();
        List<Resource> resources = new ArrayList<>(SyntheticPractice.generate(spec("BENCHW", 2_000, 20_000)));
        Map<Integer, Long> listed = new java.util.HashMap<>();
        for (int size : sizes) {
            List<Resource> practice = BenchRegistrations.apply(
                    SyntheticPractice.generate(spec(ods(size), size, 100_000 + 100_000 * sizes.indexOf(size))),
                    org(size),
                    ROLE_SHARE);
            listed.put(size, BenchRegistrations.registered(practice));
            resources.addAll(practice);
        }
        List<Measure> measures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        try (SyntheticFhirServer fhir = SyntheticFhirServer.start(0, "/fhir", resources)) {
            resources = null;
            fhir.setLatency(Duration.ofMillis(LATENCY_MS));
            int port = freePort();
            int jmx = freePort();
            Process service = startService(fhir.baseUrl(), port, jmx);
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String base = "http://127.0.0.1:" + port;
            waitUntilReady(http, base);
            try (JMXConnector connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmx + "/jmxrmi"))) {
                MBeanServerConnection mbeans = connector.getMBeanServerConnection();
                for (int i = 0; i < 3; i++) {
                    summary(http, base, "BENCHW", true);
                }
                for (int size : sizes) {
                    String ods = ods(size);
                    // Both the service and the lower-bound client warm up WARMUPS times on the measured practice.
                    for (int i = 0; i < WARMUPS; i++) {
                        summary(http, base, ods, true);
                    }
                    List<Measure> runs = new ArrayList<>();
                    for (int i = 0; i < RUNS; i++) {
                        resetPeaks(mbeans);
                        fhir.resetCounters();
                        long start = System.nanoTime();
                        String body = summary(http, base, ods, true);
                        long wall = (System.nanoTime() - start) / 1_000_000;
                        if (!body.contains("\"patients\":" + listed.get(size) + ",")) {
                            // Every route's patients must be found, or the comparison means nothing.
                            throw new IllegalStateException("summary of " + ods + " missed patients: " + body);
                        }
                        runs.add(new Measure(ods, "service", wall, fhir.requests(), fhir.bytesSent(), peak(mbeans)));
                    }
                    measures.add(median(runs));
                    measures.add(median(client(
                            fhir,
                            "lower bound",
                            LowerBoundClient.class,
                            ods,
                            List.of(
                                    fhir.baseUrl(),
                                    org(size),
                                    Integer.toString(PAGE_SIZE),
                                    Integer.toString(CONCURRENCY),
                                    Integer.toString(WARMUPS),
                                    Integer.toString(RUNS)))));
                    if (NAIVE && size == sizes.get(0)) {
                        measures.add(median(client(
                                fhir,
                                "naive",
                                NaiveClient.class,
                                ods,
                                List.of(fhir.baseUrl(), org(size), Integer.toString(PAGE_SIZE), "300"))));
                    }
                }
                report.append(table(measures, sizes));
                if (LOAD_SECONDS > 0) {
                    String ods = ods(sizes.get(0));
                    summary(http, base, ods, false);
                    List<String> nhs = nhsNumbersOf(sizes.get(0));
                    report.append("\n")
                            .append(load(
                                    http, "summary (warm cache)", i -> base + "/api/v1/practices/" + ods + "/summary"));
                    report.append(load(
                            http,
                            "patient (practice cached)",
                            i -> base + "/api/v1/patients/" + nhs.get(i % nhs.size()) + "/access-recommendation"));
                }
            } finally {
                service.destroy();
                service.waitFor(30, TimeUnit.SECONDS);
            }
        }
        String header = String.format(
                "Benchmark %s: %s, %d cores, Java %s, service heap -Xmx%dm, %d warm-up runs, page size %d, %d requests in flight, stub latency %d ms, %.0f%% of patients registered through a PractitionerRole%n%n",
                LocalDate.now(java.time.ZoneId.of("Europe/London")),
                System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                HEAP_MB,
                WARMUPS,
                PAGE_SIZE,
                CONCURRENCY,
                LATENCY_MS,
                100 * ROLE_SHARE);
        String text = header + report;
        Files.writeString(OUT.resolve("results.md"), text);
        System.out.println(text);
    }

    static SyntheticPractice.Spec spec(String ods, int patients, int firstSerial) {
        return new SyntheticPractice.Spec(
                ods,
                ods.equals("BENCHW") ? "bench-w" : "bench-" + patients,
                "Benchmark practice " + ods,
                patients,
                firstSerial,
                7L * patients,
                0.08,
                LocalDate.of(2023, 10, 20),
                patients / 100);
    }

    static String ods(int size) {
        return "BENCH" + size / 1000 + "K";
    }

    static String org(int size) {
        return "bench-" + size;
    }

    /** Numbers the patient endpoint answers 200 for: not the demo's record without one, nor its duplicate registration (409). */
    static List<String> nhsNumbersOf(int size) {
        List<String> nhs = new ArrayList<>();
        for (Resource r : SyntheticPractice.generate(spec(ods(size), size, 100_000))) {
            if (r instanceof Patient p && p.hasIdentifier()) {
                nhs.add(p.getIdentifierFirstRep().getValue());
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (String n : nhs) {
            if (!seen.add(n)) {
                shared.add(n);
            }
        }
        nhs.removeAll(shared);
        Collections.shuffle(nhs, new java.util.Random(1));
        return nhs.subList(0, Math.min(2000, nhs.size()));
    }

    static Process startService(String fhirBaseUrl, int port, int jmx) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                java(),
                "-Xmx" + HEAP_MB + "m",
                "-XX:+UseG1GC",
                "-Dcom.sun.management.jmxremote.port=" + jmx,
                "-Dcom.sun.management.jmxremote.rmi.port=" + jmx,
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-jar",
                JAR);
        builder.environment()
                .putAll(Map.of(
                        "FHIR_BASE_URL",
                        fhirBaseUrl,
                        "QUARKUS_HTTP_PORT",
                        Integer.toString(port),
                        "FHIR_PAGE_SIZE",
                        Integer.toString(PAGE_SIZE),
                        "FHIR_MAX_CONCURRENT_REQUESTS",
                        Integer.toString(CONCURRENCY),
                        "FHIR_READ_TIMEOUT",
                        "600s",
                        "QUARKUS_HTTP_IDLE_TIMEOUT",
                        "600s",
                        // Each timed run must evaluate afresh: no reuse of an evaluation younger than min-refresh.
                        "ACCESS_CACHE_MIN_REFRESH",
                        "0s",
                        // Loopback only, synthetic data: no identity provider in the benchmark.
                        "QUARKUS_HTTP_AUTH_PERMISSION_API_POLICY",
                        "permit"));
        return builder.redirectErrorStream(true)
                .redirectOutput(OUT.resolve("service.log").toFile())
                .start();
    }

    static List<Measure> client(SyntheticFhirServer fhir, String approach, Class<?> main, String ods, List<String> args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Xmx" + HEAP_MB + "m",
                "-XX:+UseG1GC",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
        Path log = OUT.resolve(main.getSimpleName() + "-" + ods + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(approach + " failed; see " + log);
        }
        List<Measure> runs = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("RESULT ")) {
                String[] f = line.split(" ", -1);
                runs.add(new Measure(
                        ods,
                        approach,
                        Long.parseLong(f[1]),
                        Long.parseLong(f[2]),
                        Long.parseLong(f[3]),
                        Long.parseLong(f[4])));
            }
        }
        return runs;
    }

    static String summary(HttpClient http, String base, String ods, boolean fresh) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/practices/" + ods + "/summary"))
                .timeout(Duration.ofMinutes(10));
        if (fresh) {
            request.header("Cache-Control", "no-cache");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "summary of " + ods + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String load(HttpClient http, String name, java.util.function.IntFunction<String> url) throws Exception {
        int threads = 8;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long[] failures = new long[threads];
        for (int t = 0; t < threads; t++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            int id = t;
            Thread worker = new Thread(() -> {
                int i = id;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        int status = http.send(
                                        HttpRequest.newBuilder(URI.create(url.apply(i)))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status != 200) {
                            failures[id]++;
                        }
                    } catch (Exception e) {
                        failures[id]++;
                    }
                    mine.add(System.nanoTime() - start);
                    i += threads;
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        long failed = java.util.Arrays.stream(failures).sum();
        return String.format(
                "| %s | %d | %d s | %.0f | %.1f | %.1f | %d |%n",
                name,
                threads,
                LOAD_SECONDS,
                all.size() / (double) LOAD_SECONDS,
                all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6,
                failed);
    }

    static String table(List<Measure> measures, List<Integer> sizes) {
        StringBuilder t = new StringBuilder("| practice | approach | wall (median of " + RUNS
                + ") | FHIR requests | bytes | peak heap |\n|---|---|---|---|---|---|\n");
        for (Measure m : measures) {
            t.append(String.format(
                    "| %s | %s | %,d ms | %,d | %.1f MB | %.0f MB |%n",
                    m.practice(), m.approach(), m.wallMs(), m.requests(), m.bytes() / 1e6, m.peakHeap() / 1048576.0));
        }
        t.append('\n');
        for (int size : sizes) {
            Measure service = find(measures, ods(size), "service");
            Measure lower = find(measures, ods(size), "lower bound");
            t.append(String.format(
                    "- %s: service / lower bound = %.2f×%n", ods(size), service.wallMs() / (double) lower.wallMs()));
            Measure naive = find(measures, ods(size), "naive");
            if (naive != null) {
                t.append(String.format(
                        "- %s: naive / service = %.1f×%n", ods(size), naive.wallMs() / (double) service.wallMs()));
            }
        }
        t.append(
                "\n| load | clients | duration | requests/s | p50 ms | p99 ms | failed |\n|---|---|---|---|---|---|---|\n");
        return t.toString();
    }

    static Measure find(List<Measure> measures, String practice, String approach) {
        return measures.stream()
                .filter(m -> m.practice().equals(practice) && m.approach().equals(approach))
                .findFirst()
                .orElse(null);
    }

    static Measure median(List<Measure> runs) {
        List<Measure> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingLong(Measure::wallMs));
        Measure mid = sorted.get(sorted.size() / 2);
        long peak = runs.stream().mapToLong(Measure::peakHeap).max().orElse(0);
        return new Measure(mid.practice(), mid.approach(), mid.wallMs(), mid.requests(), mid.bytes(), peak);
    }

    static void resetPeaks(MBeanServerConnection mbeans) throws IOException {
        ManagementFactory.getPlatformMXBean(mbeans, MemoryMXBean.class).gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getPlatformMXBeans(mbeans, MemoryPoolMXBean.class)) {
            pool.resetPeakUsage();
        }
    }

    static long peak(MBeanServerConnection mbeans) throws IOException {
        return ClientRun.peakHeap(ManagementFactory.getPlatformMXBeans(mbeans, MemoryPoolMXBean.class));
    }

    static void waitUntilReady(HttpClient http, String base) throws Exception {
        for (int i = 0; i < 240; i++) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not become ready; see " + OUT.resolve("service.log"));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
