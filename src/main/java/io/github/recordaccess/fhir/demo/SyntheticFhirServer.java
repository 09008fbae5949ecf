package io.github.recordaccess.fhir.demo;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.recordaccess.fhir.demo.FhirStore.Stored;
import io.github.recordaccess.rules.FuzzyDate;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * A small in-memory FHIR R4 server for the offline demo and the benchmark. It answers the standard
 * searches this service makes the way HAPI FHIR JPA does: searchset Bundles with {@code total},
 * {@code next} links of the form {@code [base]?_getpages=…}, {@code POST [type]/_search}, and 400 with
 * an OperationOutcome for any parameter it does not support, so a wrong search fails loudly.
 */
public final class SyntheticFhirServer implements AutoCloseable {

    private static final int DEFAULT_COUNT = 20;
    private static final int MAX_COUNT = 5000;
    private static final int KEPT_SEARCHES = 2000;
    private static final Map<String, Set<String>> SUPPORTED = Map.of(
            "Organization", Set.of("identifier"),
            "Patient", Set.of("identifier", "general-practitioner"),
            "Observation", Set.of("code", "patient", "patient.general-practitioner", "date"),
            "Condition", Set.of("code", "patient", "patient.general-practitioner", "recorded-date"));
    private static final Set<String> CONTROL = Set.of("_count", "_summary", "_format", "_total");

    private final FhirStore store;
    private final HttpServer http;
    private final ExecutorService executor;
    private final String basePath;
    private final Map<String, List<Stored>> searches = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Stored>> eldest) {
            return size() > KEPT_SEARCHES;
        }
    });
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytesSent = new AtomicLong();
    private volatile long latencyMillis;

    private SyntheticFhirServer(FhirStore store, HttpServer http, String basePath) {
        this.store = store;
        this.http = http;
        this.basePath = basePath;
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "synthetic-fhir");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.createContext(basePath, this::handle);
    }

    /** Starts on loopback; port 0 picks a free port. */
    public static SyntheticFhirServer start(int port, String basePath, Collection<? extends Resource> resources) throws IOException {
        // Without TCP_NODELAY the JDK server's split header/body writes meet delayed ACKs: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        FhirStore store = new FhirStore(FhirContext.forR4Cached());
        store.addAll(resources);
        SyntheticFhirServer server = new SyntheticFhirServer(store,
                HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64), basePath);
        server.http.start();
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + basePath;
    }

    public long requests() {
        return requests.get();
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    /** Adds a fixed delay to every answer, to model a database-backed server (benchmark only). */
    public void setLatency(java.time.Duration latency) {
        this.latencyMillis = latency.toMillis();
    }

    public void resetCounters() {
        requests.set(0);
        bytesSent.set(0);
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring(basePath.length());
            Map<String, List<String>> params = parse(exchange.getRequestURI().getRawQuery());
            if ("POST".equals(exchange.getRequestMethod())) {
                parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).forEach(
                        (k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            }
            String[] parts = path.replaceAll("^/+|/+$", "").split("/");
            if (path.replace("/", "").isEmpty() && params.containsKey("_getpages")) {
                page(exchange, params);
            } else if (parts.length == 1 && parts[0].equals("metadata")) {
                send(exchange, 200, CAPABILITY);
            } else if (parts.length == 1 && SUPPORTED.containsKey(parts[0]) && "GET".equals(exchange.getRequestMethod())
                    || parts.length == 2 && parts[1].equals("_search") && SUPPORTED.containsKey(parts[0])) {
                search(exchange, parts[0], params);
            } else if (parts.length == 2 && SUPPORTED.containsKey(parts[0])) {
                Stored stored = store.read(parts[0], parts[1]);
                if (stored == null) {
                    send(exchange, 404, outcome("not-found", parts[0] + "/" + parts[1] + " is not known"));
                } else {
                    send(exchange, 200, stored.json());
                }
            } else {
                send(exchange, 404, outcome("not-supported", "Unknown path " + path));
            }
        } catch (BadRequest e) {
            send(exchange, 400, outcome("invalid", e.getMessage()));
        } catch (RuntimeException e) {
            send(exchange, 500, outcome("exception", e.getClass().getSimpleName()));
        }
    }

    private void search(HttpExchange exchange, String type, Map<String, List<String>> params) throws IOException {
        for (String name : params.keySet()) {
            if (!CONTROL.contains(name) && !SUPPORTED.get(type).contains(name)) {
                throw new BadRequest("Unknown search parameter \"" + name + "\" for resource type \"" + type + "\"");
            }
        }
        List<Stored> matches = find(type, params);
        if ("count".equals(single(params, "_summary"))) {
            send(exchange, 200, "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":" + matches.size() + "}");
            return;
        }
        int count = count(params);
        String id = UUID.randomUUID().toString();
        if (matches.size() > count) {
            searches.put(id, matches);
        }
        send(exchange, 200, bundle(id, matches, 0, count, true));
    }

    private void page(HttpExchange exchange, Map<String, List<String>> params) throws IOException {
        String id = single(params, "_getpages");
        List<Stored> matches = searches.get(id);
        if (matches == null) {
            send(exchange, 410, outcome("not-found", "Search " + id + " has expired or never existed"));
            return;
        }
        int offset = Integer.parseInt(single(params, "_getpagesoffset"));
        send(exchange, 200, bundle(id, matches, offset, count(params), false));
    }

    private List<Stored> find(String type, Map<String, List<String>> params) {
        Set<Stored> found = null;
        if (params.containsKey("identifier")) {
            found = union(values(params, "identifier"), token -> store.withIdentifier(type, token));
        }
        if (params.containsKey("general-practitioner")) {
            found = intersect(found, union(values(params, "general-practitioner"), store::patientsOf));
        }
        if (params.containsKey("code")) {
            found = intersect(found, union(values(params, "code"), token -> store.codedWith(type, token)));
        }
        if (params.containsKey("patient")) {
            found = intersect(found, union(values(params, "patient"), ref -> store.codedOf(type, ref.substring(ref.lastIndexOf('/') + 1))));
        }
        if (found == null) {
            found = new LinkedHashSet<>(store.all(type));
        }
        List<Stored> matches = new ArrayList<>(found);
        if (params.containsKey("patient.general-practitioner")) {
            Set<String> practices = Set.copyOf(values(params, "patient.general-practitioner"));
            matches.removeIf(s -> !practices.contains(practiceOfSubject(s.resource())));
        }
        for (String dateParam : List.of("date", "recorded-date")) {
            if (params.containsKey(dateParam)) {
                LocalDate day = LocalDate.parse(single(params, dateParam));
                matches.removeIf(s -> !withinDay(dateOf(s.resource()), day));
            }
        }
        return matches;
    }

    private String practiceOfSubject(Resource resource) {
        String subject = resource instanceof Observation o ? o.getSubject().getReference() : ((Condition) resource).getSubject().getReference();
        Stored patient = store.read("Patient", subject.substring(subject.lastIndexOf('/') + 1));
        return patient == null ? null : ((Patient) patient.resource()).getGeneralPractitionerFirstRep().getReference();
    }

    /** Observation {@code date} searches effective[x]; Condition {@code recorded-date} searches recordedDate. */
    private static FuzzyDate dateOf(Resource resource) {
        Type value = resource instanceof Observation o ? o.getEffective() : ((Condition) resource).getRecordedDateElement();
        if (value instanceof Period period) {
            value = period.getStartElement();
        }
        return value instanceof BaseDateTimeType date && date.getValueAsString() != null ? FuzzyDate.parse(date.getValueAsString()) : null;
    }

    /** FHIR {@code eq} on a day: the resource's whole date range lies within the day. */
    private static boolean withinDay(FuzzyDate date, LocalDate day) {
        return date != null && !date.start().isBefore(FuzzyDate.startOf(day)) && !date.end().isAfter(FuzzyDate.startOf(day.plusDays(1)));
    }

    private String bundle(String id, List<Stored> matches, int offset, int count, boolean first) {
        int end = Math.min(matches.size(), offset + count);
        StringBuilder json = new StringBuilder(256 + (end - offset) * 512)
                .append("{\"resourceType\":\"Bundle\",\"id\":\"").append(id).append("\",\"type\":\"searchset\"");
        if (first) {
            json.append(",\"total\":").append(matches.size());
        }
        if (end < matches.size()) {
            json.append(",\"link\":[{\"relation\":\"next\",\"url\":\"").append(baseUrl()).append("?_getpages=").append(id)
                    .append("&_getpagesoffset=").append(end).append("&_count=").append(count).append("&_bundletype=searchset\"}]");
        }
        if (end > offset) {
            json.append(",\"entry\":[");
            for (int i = offset; i < end; i++) {
                Stored s = matches.get(i);
                json.append(i > offset ? "," : "").append("{\"fullUrl\":\"").append(baseUrl()).append('/').append(s.type()).append('/')
                        .append(s.id()).append("\",\"resource\":").append(s.json()).append(",\"search\":{\"mode\":\"match\"}}");
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    private static int count(Map<String, List<String>> params) {
        String value = single(params, "_count");
        return value == null ? DEFAULT_COUNT : Math.max(1, Math.min(MAX_COUNT, Integer.parseInt(value)));
    }

    private static Set<Stored> union(List<String> values, java.util.function.Function<String, List<Stored>> lookup) {
        Set<Stored> union = new LinkedHashSet<>();
        values.forEach(v -> union.addAll(lookup.apply(v)));
        return union;
    }

    private static Set<Stored> intersect(Set<Stored> found, Set<Stored> more) {
        if (found == null) {
            return more;
        }
        found.retainAll(more);
        return found;
    }

    /** Comma-separated values of every occurrence of a parameter (OR within, AND across). */
    private static List<String> values(Map<String, List<String>> params, String name) {
        List<String> values = new ArrayList<>();
        for (String value : params.get(name)) {
            for (String v : value.split(",")) {
                values.add(v.trim());
            }
        }
        return values;
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/fhir+json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        bytesSent.addAndGet(bytes.length);
    }

    private static String outcome(String code, String diagnostics) {
        return "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"" + code
                + "\",\"diagnostics\":\"" + diagnostics.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}";
    }

    private static final String CAPABILITY = "{\"resourceType\":\"CapabilityStatement\",\"status\":\"active\",\"date\":\"2024-01-01\","
            + "\"kind\":\"instance\",\"fhirVersion\":\"4.0.1\",\"format\":[\"json\"],\"rest\":[{\"mode\":\"server\"}]}";

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
