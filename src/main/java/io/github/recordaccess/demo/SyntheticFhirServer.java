package io.github.recordaccess.demo;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.recordaccess.demo.FhirStore.Stored;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.Resource;

/**
 * A small in-memory FHIR R4 server for the offline demo and the benchmark. It answers the standard
 * searches this service makes the way HAPI FHIR JPA does: searchset Bundles with {@code total},
 * {@code next} links of the form {@code [base]?_getpages=…}, {@code POST [type]/_search}, and 400 with
 * an OperationOutcome for any parameter it does not support, so a wrong search fails loudly.
 */
public final class SyntheticFhirServer implements AutoCloseable {

    private final FhirStore store;
    private final SyntheticSearch search;
    private final HttpServer http;
    private final ExecutorService executor;
    private final String basePath;
    private final KeptSearches searches = new KeptSearches();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bytesSent = new AtomicLong();
    private volatile long latencyMillis;

    private SyntheticFhirServer(FhirStore store, HttpServer http, String basePath) {
        this.store = store;
        this.search = new SyntheticSearch(store);
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
    public static SyntheticFhirServer start(int port, String basePath, Collection<? extends Resource> resources)
            throws IOException {
        // Without TCP_NODELAY the JDK server's split header/body writes meet delayed ACKs: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        FhirStore store = new FhirStore(FhirContext.forR4Cached());
        store.addAll(resources);
        SyntheticFhirServer server = new SyntheticFhirServer(
                store, HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64), basePath);
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
        // Closed only after the catch blocks have answered: a failure is a 500, never a dropped connection.
        try (exchange) {
            answer(exchange);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath().substring(basePath.length());
            Map<String, List<String>> params =
                    SyntheticSearch.parse(exchange.getRequestURI().getRawQuery());
            if ("POST".equals(exchange.getRequestMethod())) {
                SyntheticSearch.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                        .forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>())
                                .addAll(v));
            }
            String[] parts = path.replaceAll("^/+|/+$", "").split("/", -1);
            boolean known = SyntheticSearch.SUPPORTED.containsKey(parts[0]);
            boolean get = "GET".equals(exchange.getRequestMethod());
            if (path.replace("/", "").isEmpty() && params.containsKey("_getpages")) {
                page(exchange, params);
            } else if (parts.length == 1 && parts[0].equals("metadata")) {
                send(exchange, 200, SyntheticResponses.CAPABILITY);
            } else if (known && ((parts.length == 1 && get) || (parts.length == 2 && parts[1].equals("_search")))) {
                search(exchange, parts[0], params);
            } else if (known && parts.length == 2) {
                Stored stored = store.read(parts[0], parts[1]);
                String unknown = SyntheticResponses.outcome("not-found", parts[0] + "/" + parts[1] + " is not known");
                send(exchange, stored == null ? 404 : 200, stored == null ? unknown : stored.json());
            } else {
                send(exchange, 404, SyntheticResponses.outcome("not-supported", "Unknown path " + path));
            }
        } catch (BadRequest e) {
            send(exchange, 400, SyntheticResponses.outcome("invalid", e.getMessage()));
        } catch (RuntimeException e) {
            send(
                    exchange,
                    500,
                    SyntheticResponses.outcome("exception", e.getClass().getSimpleName()));
        }
    }

    private void search(HttpExchange exchange, String type, Map<String, List<String>> params) throws IOException {
        for (String name : params.keySet()) {
            if (!SyntheticSearch.supports(type, name)) {
                throw new BadRequest("Unknown search parameter \"" + name + "\" for resource type \"" + type + "\"");
            }
        }
        List<Stored> matches = search.find(type, params);
        if ("count".equals(SyntheticSearch.single(params, "_summary"))) {
            send(
                    exchange,
                    200,
                    "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":" + matches.size() + "}");
            return;
        }
        int count = SyntheticSearch.pageSize(params);
        String id = UUID.randomUUID().toString();
        if (matches.size() > count) {
            searches.keep(id, matches);
        }
        send(exchange, 200, SyntheticResponses.bundle(baseUrl(), id, matches, 0, count, true));
    }

    private void page(HttpExchange exchange, Map<String, List<String>> params) throws IOException {
        String id = SyntheticSearch.single(params, "_getpages");
        List<Stored> matches = searches.get(id);
        if (matches == null) {
            send(
                    exchange,
                    410,
                    SyntheticResponses.outcome("not-found", "Search " + id + " has expired or never existed"));
            return;
        }
        int offset = Integer.parseInt(SyntheticSearch.single(params, "_getpagesoffset"));
        send(
                exchange,
                200,
                SyntheticResponses.bundle(baseUrl(), id, matches, offset, SyntheticSearch.pageSize(params), false));
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

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
