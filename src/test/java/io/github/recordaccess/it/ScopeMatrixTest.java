package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.ScopeCaller.NONE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.demo.SyntheticNhsNumbers;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.DemoPatients;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.RouteMethods;
import io.github.recordaccess.fixtures.ScopeCaller;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.web.Routes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23's matrix for the API: every route of {@link Routes#API} with every method its resource answers, asked by
 * every kind of caller ({@link ScopeCaller}: no token, admin only, DEMOEMIS staff, DEMOTPP staff as the practice
 * role for another practice, a practice role without an organisation, an ICB analyst, a reader), against the
 * demo practices. The table below is keyed by method and route template: a route (or method) added to the service
 * without a row here fails {@link #everyRouteAndMethodHasARow()} and its own cells. Every refusal (401, 403, and the
 * 404 given because of scope) answers a problem and leaves exactly one {@code access-refused} audit event naming the
 * route template, the caller's roles and organisations and the reason (and, for the scoped 404, the NHS number asked
 * for); everything else leaves none.
 */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@WithTestResource(SyntheticFhirResource.class)
class ScopeMatrixTest {

    static final String EMIS_ODS = DemoPractices.EMIS_ODS;
    static final String TPP_ODS = DemoPractices.TPP_ODS;
    /** Put in the registry by the admin cells, and taken out again after each. */
    static final String ADMIN_ODS = "SCOPEM1";
    /** An ODS code no practice has, here or on the demo FHIR server. */
    static final String UNKNOWN_ODS = "NOSUCH23";
    /** A valid NHS number no demo patient has. */
    static final String UNKNOWN_NHS = SyntheticNhsNumbers.of(880_000);

    static final String PROBLEM = "application/problem+json";

    /** Rows: each route template (and method), then rows for a query or an unknown ODS code. */
    static final Map<String, Row> ROWS = rows();

    private static String emisPatient;
    private static String registry;

    @Inject
    PracticeRegistry practices;

    @BeforeEach
    void theDemoPracticesAreRegistered() {
        if (!practices.all().equals(DemoPractices.REGISTRY)) {
            practices.replaceAll(DemoPractices.REGISTRY);
        }
    }

    @AfterEach
    void theAdminCellsLeaveTheDemoPracticesRegistered() {
        theDemoPracticesAreRegistered();
    }

    @Test
    void everyRouteAndMethodHasARow() {
        SortedSet<String> routes = RouteMethods.keys(Routes.API);
        assertThat(ROWS.keySet()).as("a row for every route and method").containsAll(routes);
        assertThat(ROWS.values())
                .as("every row is for a route of the API")
                .allSatisfy(row -> assertThat(routes).contains(RouteMethods.key(row.method(), row.template())));
    }

    static Stream<Arguments> cells() {
        SortedSet<String> keys = new TreeSet<>(ROWS.keySet());
        keys.addAll(RouteMethods.keys(Routes.API));
        List<Arguments> cells = new ArrayList<>();
        for (String key : keys) {
            Row row = ROWS.get(key);
            for (ScopeCaller caller : ScopeCaller.values()) {
                if (row == null || row.cells().containsKey(caller)) {
                    cells.add(Arguments.of(key, caller));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachCallerGetsWhatTheirScopeAllows(String key, ScopeCaller caller) throws Exception {
        Row row = ROWS.get(key);
        if (row == null) {
            fail("No row for " + key + " in ScopeMatrixTest: say what each kind of caller gets from the new route");
        }
        Expect expect = row.cells().get(caller);
        String path = row.path(emisPatient());
        row.before(practices);
        Response response;
        List<JsonNode> events;
        List<String> ordinary;
        try (LogCapture capture = LogCapture.install()) {
            response = request(row, caller, path);
            events = AuditEvents.in(capture);
            ordinary = AuditEvents.ordinary(capture);
        }

        String cell = key + " as " + caller + ": ";
        String body = response.asString();
        if (expect.status() == Expect.ANY_SUCCESS) {
            assertThat(response.statusCode()).as(cell + body).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(cell + body).isEqualTo(expect.status());
        }
        if (response.statusCode() >= 400) {
            assertThat(response.contentType()).as(cell + "a problem").startsWith(PROBLEM);
        }
        if (expect.type() != null) {
            assertThat(response.jsonPath().getString("type")).as(cell + body).isEqualTo("/problems/" + expect.type());
        }
        expect.check().verify(response, caller);
        refusalsAreAudited(events, row, caller, expect);
        if (row.template().equals(Routes.PATIENT_RECOMMENDATION)) {
            assertThat(ordinary).as("no NHS number in ordinary logs").noneMatch(line -> line.contains(emisPatient()));
        }
    }

    private static void refusalsAreAudited(List<JsonNode> events, Row row, ScopeCaller caller, Expect expect) {
        List<JsonNode> refused = events.stream()
                .filter(e -> e.path("type").asText().equals("access-refused"))
                .toList();
        if (!expect.refusal()) {
            assertThat(refused).as("no access-refused event").isEmpty();
            return;
        }
        assertThat(refused).as("one access-refused event").hasSize(1);
        JsonNode event = refused.get(0);
        assertThat(event.path("status").asInt()).isEqualTo(expect.status());
        assertThat(event.path("path").asText()).as("the route template").isEqualTo(row.template());
        assertThat(event.path("reason").asText()).isNotBlank();
        JsonNode who = event.path("caller");
        if (caller == NONE) {
            assertThat(who.path("sub").asText()).isEqualTo("anonymous");
        } else {
            assertThat(strings(who.path("roles"))).containsExactlyInAnyOrderElementsOf(caller.roles());
            assertThat(strings(who.path("organisations")))
                    .as("caller.organisations")
                    .containsExactlyInAnyOrderElementsOf(caller.organisations());
        }
        if (expect.scoped()) {
            assertThat(event.path("nhsNumber").asText())
                    .as("the NHS number asked for")
                    .isEqualTo(emisPatient());
        }
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as("an array: " + array).isTrue();
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Response request(Row row, ScopeCaller caller, String path) {
        RequestSpecification request = given().accept(ContentType.JSON);
        String token = caller.token();
        if (token != null) {
            request.auth().oauth2(token);
        }
        row.query().forEach(request::queryParam);
        String body = row.body();
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(row.method(), path);
    }

    /** A patient of DEMOEMIS with a plain record, from the reader's DEMOEMIS list. */
    static String emisPatient() {
        if (emisPatient == null) {
            emisPatient = DemoPatients.plainNhsNumber(EMIS_ODS);
        }
        return emisPatient;
    }

    /** The registry as the admin API gives it: what the admin cells PUT back, so nothing changes. */
    static String registryAsUploaded() {
        if (registry == null) {
            registry = given().auth()
                    .oauth2(TestTokens.admin())
                    .accept(ContentType.JSON)
                    .get(Routes.ADMIN_PRACTICES)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
        }
        return registry;
    }

    // The table.

    private static Map<String, Row> rows() {
        Map<String, Row> rows = new TreeMap<>();
        Expect e401 = Expect.of(401);
        Expect e403 = Expect.of(403);
        Expect ok = Expect.of(200);
        Expect outside = Expect.problem(403, "outside-your-organisation");

        add(
                rows,
                Row.of("GET", Routes.PATIENT_RECOMMENDATION),
                e401,
                e403,
                Expect.of(200, practiceOf(EMIS_ODS)),
                Expect.scopedNotFound(),
                e403,
                e403,
                Expect.of(200, practiceOf(EMIS_ODS)));
        add(
                rows,
                Row.of("GET", Routes.PRACTICE_RECOMMENDATIONS),
                e401,
                e403,
                ok,
                outside,
                e403,
                Expect.problem(403, "forbidden"),
                ok);
        for (String figures : List.of(Routes.PRACTICE_SUMMARY, Routes.PRACTICE_CHECKLIST, Routes.PRACTICE_HISTORY)) {
            add(rows, Row.of("GET", figures), e401, e403, ok, outside, e403, ok, ok);
        }
        add(
                rows,
                Row.of("GET", Routes.OVERVIEW),
                e401,
                e403,
                Expect.of(200, onlyPractices(EMIS_ODS)),
                Expect.of(200, onlyPractices(TPP_ODS)),
                e403,
                Expect.of(200, everyDemoPractice()),
                Expect.of(200, everyDemoPractice()));
        add(rows, Row.of("GET", Routes.HISTORY), e401, e403, e403, e403, e403, ok, ok);

        Expect admin = Expect.of(Expect.ANY_SUCCESS);
        // Reading the registry (names, systems, go-live dates) is for the ICB and the reader too, not practice staff.
        add(
                rows,
                Row.of("GET", Routes.ADMIN_PRACTICES),
                e401,
                admin,
                e403,
                e403,
                e403,
                Expect.of(200, everyRegisteredPractice()),
                Expect.of(200, everyRegisteredPractice()));
        add(
                rows,
                Row.of("PUT", Routes.ADMIN_PRACTICES).withBody(ScopeMatrixTest::registryAsUploaded),
                e401,
                admin,
                e403,
                e403,
                e403,
                e403,
                e403);
        add(
                rows,
                Row.of("PUT", Routes.ADMIN_PRACTICE)
                        .at(ADMIN_ODS)
                        .withBody(() -> "{\"name\":\"Scope matrix practice\",\"system\":\"EMIS\"}"),
                e401,
                admin,
                e403,
                e403,
                e403,
                e403,
                e403);
        add(
                rows,
                Row.of("DELETE", Routes.ADMIN_PRACTICE).at(ADMIN_ODS).registeringFirst(),
                e401,
                admin,
                e403,
                e403,
                e403,
                e403,
                e403);
        add(rows, Row.of("POST", Routes.ADMIN_SNAPSHOTS), e401, admin, e403, e403, e403, e403, e403);

        // The overview asked for one practice by name: outside the caller's scope it is refused, not filtered.
        add(
                rows,
                Row.of("GET", Routes.OVERVIEW).query("ods", EMIS_ODS),
                null,
                null,
                Expect.of(200, onlyPractices(EMIS_ODS)),
                outside,
                null,
                Expect.of(200, onlyPractices(EMIS_ODS)),
                Expect.of(200, onlyPractices(EMIS_ODS)));
        // An unknown ODS code: refused before any lookup for a practice caller, not found for a reader.
        for (String route : List.of(
                Routes.PRACTICE_RECOMMENDATIONS,
                Routes.PRACTICE_SUMMARY,
                Routes.PRACTICE_CHECKLIST,
                Routes.PRACTICE_HISTORY)) {
            boolean lookedUp = route.equals(Routes.PRACTICE_RECOMMENDATIONS) || route.equals(Routes.PRACTICE_SUMMARY);
            add(
                    rows,
                    Row.of("GET", route).at(UNKNOWN_ODS),
                    null,
                    null,
                    outside,
                    null,
                    null,
                    null,
                    lookedUp ? Expect.problem(404, "practice-not-found") : null);
        }
        return rows;
    }

    private static void add(
            Map<String, Row> rows,
            Row row,
            Expect none,
            Expect admin,
            Expect emis,
            Expect tpp,
            Expect noorg,
            Expect icb,
            Expect reader) {
        Map<ScopeCaller, Expect> cells = new EnumMap<>(ScopeCaller.class);
        cells.put(ScopeCaller.NONE, none);
        cells.put(ScopeCaller.ADMIN, admin);
        cells.put(ScopeCaller.EMIS, emis);
        cells.put(ScopeCaller.TPP, tpp);
        cells.put(ScopeCaller.NOORG, noorg);
        cells.put(ScopeCaller.ICB, icb);
        cells.put(ScopeCaller.READER, reader);
        cells.values().removeIf(java.util.Objects::isNull);
        Row full = row.withCells(cells);
        if (rows.put(full.key(), full) != null) {
            throw new IllegalStateException("two rows for " + full.key());
        }
    }

    // What some cells check beyond the status.

    private static Check practiceOf(String odsCode) {
        return (response, caller) ->
                assertThat(response.jsonPath().getString("practiceOdsCode")).isEqualTo(odsCode);
    }

    private static Check onlyPractices(String odsCode) {
        return (response, caller) -> assertThat(response.jsonPath().getList("practices.practiceOdsCode"))
                .as("the practices in the caller's scope, and no other")
                .containsExactly(odsCode);
    }

    private static Check everyRegisteredPractice() {
        return (response, caller) -> assertThat(response.jsonPath().getList("odsCode"))
                .as("the whole registry")
                .containsExactlyInAnyOrder(EMIS_ODS, TPP_ODS);
    }

    private static Check everyDemoPractice() {
        return (response, caller) -> assertThat(response.jsonPath().getList("practices.practiceOdsCode"))
                .as("every registered practice")
                .containsExactlyInAnyOrder(EMIS_ODS, TPP_ODS);
    }

    /** The 404 for a patient registered elsewhere says what an unknown number's says: nothing about the person. */
    private static Check sameAsUnknownNumber() {
        return (response, caller) -> {
            Response unknown = request(Row.of("GET", Routes.PATIENT_RECOMMENDATION), caller, patientPath(UNKNOWN_NHS));
            assertThat(unknown.statusCode()).isEqualTo(404);
            for (String field : List.of("type", "title", "status", "detail")) {
                assertThat(response.jsonPath().getString(field))
                        .as(field + " as for an unknown NHS number")
                        .isEqualTo(unknown.jsonPath().getString(field));
            }
            assertThat(response.asString()).doesNotContain(EMIS_ODS, "Demo EMIS");
        };
    }

    static String patientPath(String nhsNumber) {
        return Routes.PATIENT_RECOMMENDATION.replace("{nhsNumber}", nhsNumber);
    }

    /** What one cell checks beyond its status and problem type. */
    @FunctionalInterface
    interface Check {
        Check NOTHING = (response, caller) -> {};

        void verify(Response response, ScopeCaller caller);
    }

    /**
     * One cell: the status ({@link #ANY_SUCCESS} for 2xx), the problem type if any, whether it is a 404 given because
     * of scope, and what else to check.
     */
    record Expect(int status, String type, boolean scoped, Check check) {
        static final int ANY_SUCCESS = -1;

        static Expect of(int status) {
            return new Expect(status, null, false, Check.NOTHING);
        }

        static Expect of(int status, Check check) {
            return new Expect(status, null, false, check);
        }

        static Expect problem(int status, String type) {
            return new Expect(status, type, false, Check.NOTHING);
        }

        static Expect scopedNotFound() {
            return new Expect(404, "patient-not-found", true, sameAsUnknownNumber());
        }

        /** A refusal, which leaves one access-refused event: 401, 403, or a 404 given because of scope. */
        boolean refusal() {
            return status == 401 || status == 403 || scoped;
        }
    }

    /** One row: a request (method, route template, ODS code, query, body) and what each caller gets from it. */
    record Row(
            String method,
            String template,
            String odsCode,
            Map<String, String> query,
            java.util.function.Supplier<String> bodies,
            boolean registerFirst,
            Map<ScopeCaller, Expect> cells) {

        static Row of(String method, String template) {
            return new Row(method, template, EMIS_ODS, Map.of(), () -> null, false, Map.of());
        }

        Row at(String ods) {
            return new Row(method, template, ods, query, bodies, registerFirst, cells);
        }

        Row query(String name, String value) {
            return new Row(method, template, odsCode, Map.of(name, value), bodies, registerFirst, cells);
        }

        Row withBody(java.util.function.Supplier<String> body) {
            return new Row(method, template, odsCode, query, body, registerFirst, cells);
        }

        Row registeringFirst() {
            return new Row(method, template, odsCode, query, bodies, true, cells);
        }

        Row withCells(Map<ScopeCaller, Expect> expected) {
            return new Row(method, template, odsCode, query, bodies, registerFirst, expected);
        }

        /** "GET /api/v1/practices" for a route's own row; with the query or the ODS code when they make another. */
        String key() {
            StringBuilder key = new StringBuilder(RouteMethods.key(method, template));
            query.forEach(
                    (name, value) -> key.append('?').append(name).append('=').append(value));
            if (template.contains("{odsCode}") && !odsCode.equals(EMIS_ODS) && !odsCode.equals(ADMIN_ODS)) {
                key.append(" (unknown ODS code ").append(odsCode).append(')');
            }
            return key.toString();
        }

        String path(String nhsNumber) {
            return template.replace("{odsCode}", odsCode).replace("{nhsNumber}", nhsNumber);
        }

        String body() {
            return bodies.get();
        }

        void before(PracticeRegistry practices) {
            if (registerFirst) {
                practices.put(new PracticeEntry(odsCode, "Scope matrix practice", ClinicalSystem.EMIS, null));
            }
        }
    }
}
