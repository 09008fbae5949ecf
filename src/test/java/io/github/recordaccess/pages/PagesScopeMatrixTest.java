package io.github.recordaccess.pages;

import static io.github.recordaccess.fixtures.ScopeCaller.EMIS;
import static io.github.recordaccess.fixtures.ScopeCaller.NONE;
import static io.github.recordaccess.fixtures.ScopeCaller.TPP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.demo.SyntheticNhsNumbers;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.DemoPatients;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.OpenApiParameters;
import io.github.recordaccess.fixtures.RouteMethods;
import io.github.recordaccess.fixtures.ScopeCaller;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.web.Routes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23's matrix for the pages: every route of {@link Routes#PAGES} with every method its resource answers, for a
 * person signed in (through the local OIDC server, with the ID token's {@code roles} and {@code ods_codes}) as each
 * kind of caller of {@link ScopeCaller}, or not signed in ({@code NONE}: sent to the provider). A practice's staff land
 * on their practice; an ICB analyst sees figures only (no NHS number, no patient rows, no NHS-number search, no
 * worklist links or downloads). Refusals are HTML pages with the problem's status, and each leaves one
 * {@code access-refused} event. No page a practice's staff get holds a patient of the other demo practice.
 *
 * <p>The application is PagesSignInTest's (its profile reads the web tenant's roles from {@code groups}), so the ID
 * tokens carry the roles under both names.
 */
@QuarkusTest
@TestProfile(PagesSignInTest.SignIn.class)
@WithTestResource(SyntheticFhirResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class PagesScopeMatrixTest {

    static final String EMIS_ODS = DemoPractices.EMIS_ODS;
    static final String TPP_ODS = DemoPractices.TPP_ODS;
    static final String UNKNOWN_NHS = SyntheticNhsNumbers.of(880_000);
    static final Pattern WORKLIST_LINK = Pattern.compile(
            "href=\"[^\"]*[?&](amp;)?(recommendation|reason|flag|action|bulkCoded104|turning16Within)=");

    static final Map<String, Row> ROWS = rows();

    private static final Map<ScopeCaller, ProviderSignIn.Session> SESSIONS = new EnumMap<>(ScopeCaller.class);
    private static String emisPatient;
    private static Map<String, Pattern> patientsOnlyAt;

    @TestHTTPResource("/")
    URI root;

    @OidcWireMock
    WireMockServer provider;

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void theDemoPracticesAreRegistered() {
        if (!registry.all().equals(DemoPractices.REGISTRY)) {
            registry.replaceAll(DemoPractices.REGISTRY);
        }
    }

    @Test
    void everyPageAndMethodHasARow() {
        SortedSet<String> routes = RouteMethods.keys(Routes.PAGES);
        assertThat(ROWS.keySet()).as("a row for every page and method").containsAll(routes);
        assertThat(ROWS.keySet())
                .as("every row is for a page")
                .allSatisfy(key -> assertThat(routes).contains(key));
    }

    static Stream<Arguments> cells() {
        SortedSet<String> keys = new TreeSet<>(ROWS.keySet());
        keys.addAll(RouteMethods.keys(Routes.PAGES));
        List<Arguments> cells = new ArrayList<>();
        for (String key : keys) {
            for (ScopeCaller caller : ScopeCaller.values()) {
                cells.add(Arguments.of(key, caller));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachPersonGetsWhatTheirScopeAllows(String key, ScopeCaller caller) throws Exception {
        Row row = ROWS.get(key);
        if (row == null) {
            fail("No row for " + key + " in PagesScopeMatrixTest: say what each kind of person gets from the new page");
        }
        Expect expect = row.cells().get(caller);
        ProviderSignIn.Session session = session(caller);
        URI uri = root.resolve(row.path(emisPatient()));
        HttpResponse<String> page;
        List<JsonNode> events;
        List<String> ordinary;
        try (LogCapture capture = LogCapture.install()) {
            page = row.method().equals("POST") ? session.post(uri, expect.follow()) : session.get(uri, expect.follow());
            events = AuditEvents.in(capture);
            ordinary = AuditEvents.ordinary(capture);
        }
        assertThat(ordinary).as("no NHS number in ordinary logs").noneMatch(line -> line.contains(emisPatient()));

        assertThat(page.statusCode())
                .as(key + " as " + caller + ": " + page.body())
                .isEqualTo(expect.status());
        if (expect.location() != null) {
            String location = page.headers().firstValue("Location").orElse("");
            assertThat(URI.create(location).getPath())
                    .as(key + " as " + caller + ": Location")
                    .isEqualTo(expect.location());
        }
        if (expect.status() >= 400) {
            assertThat(page.headers().firstValue("Content-Type"))
                    .as("a page")
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        }
        expect.check().verify(page, this);
        if (caller == EMIS || caller == TPP) {
            String other = caller == EMIS ? TPP_ODS : EMIS_ODS;
            Matcher leak = patientsOnlyAt(other).matcher(page.body());
            assertThat(leak.find() ? leak.group() : null)
                    .as("a patient of " + other + " on a page for its neighbour's staff")
                    .isNull();
        }
        audited(events, row, caller, expect);
    }

    /** The pages a practice's staff can ask for, with every filter the worklist documents: none shows DEMOTPP's. */
    @Test
    void demoEmisStaffSeeNoDemoTppPatientOnAnyPage() throws Exception {
        ProviderSignIn.Session emis = session(EMIS);
        Pattern tpp = patientsOnlyAt(TPP_ODS);
        Map<String, List<String>> filters = OpenApiParameters.queryValues(
                OpenApiParameters.document(), Routes.PRACTICE_RECOMMENDATIONS, "get", Map.of());
        filters.remove("size");
        List<String> asked = new ArrayList<>(List.of("/", "/?asOf=" + OpenApiParameters.PAST_DAY, "/practices.csv"));
        for (String practice : List.of(EMIS_ODS, TPP_ODS)) {
            for (String page : List.of("/practices/" + practice, "/practices/" + practice + "/patients.csv")) {
                asked.add(page);
                filters.forEach((name, values) -> values.forEach(v -> asked.add(page + "?" + name + "=" + v)));
            }
            for (String step : List.of("RESOLVE_RECORDS", "TURNING_16", "PROVIDE_ACCESS_TO_REMAINING_PATIENTS")) {
                asked.add("/practices/" + practice + "/steps/" + step);
            }
        }
        DemoPatients.of(TPP_ODS).stream()
                .map(DemoPatients.Listed::nhsNumber)
                .filter(n -> n != null && n.matches("\\d{10}"))
                .limit(5)
                .forEach(n -> {
                    asked.add("/patients/" + n);
                    asked.add("/patients?nhsNumber=" + URLEncoder.encode(n, StandardCharsets.UTF_8));
                });

        List<String> leaks = new ArrayList<>();
        for (String path : asked) {
            HttpResponse<String> page = emis.get(root.resolve(path), true);
            Matcher leak = tpp.matcher(page.body());
            if (leak.find()) {
                leaks.add(path + " -> " + page.statusCode() + " holds DEMOTPP's " + leak.group());
            }
            assertThat(page.statusCode()).as(path).isLessThan(500);
        }
        assertThat(leaks)
                .as("pages that show DEMOEMIS's staff a DEMOTPP patient")
                .isEmpty();
    }

    private void audited(List<JsonNode> events, Row row, ScopeCaller caller, Expect expect) {
        List<JsonNode> refused = events.stream()
                .filter(e -> e.path("type").asText().equals("access-refused"))
                .toList();
        if (expect.audit() == Audit.NO_REFUSAL) {
            assertThat(refused).as("no access-refused event").isEmpty();
        } else if (expect.audit() == Audit.REFUSAL) {
            assertThat(refused).as("one access-refused event").hasSize(1);
            JsonNode event = refused.get(0);
            assertThat(event.path("status").asInt()).isEqualTo(expect.status());
            assertThat(event.path("path").asText()).isEqualTo(row.template());
            assertThat(event.path("reason").asText()).isNotBlank();
            assertThat(texts(event.path("caller").path("roles"))).containsExactlyInAnyOrderElementsOf(caller.roles());
            assertThat(texts(event.path("caller").path("organisations")))
                    .containsExactlyInAnyOrderElementsOf(caller.organisations());
            if (expect.status() == 404) {
                assertThat(event.path("nhsNumber").asText()).isEqualTo(emisPatient());
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The person's browser, signed in once for the whole class (not signed in at all for NONE). */
    private ProviderSignIn.Session session(ScopeCaller caller) throws Exception {
        if (!SESSIONS.containsKey(caller)) {
            if (caller == NONE) {
                SESSIONS.put(caller, ProviderSignIn.Session.signedOut());
            } else {
                Map<String, Object> claims = new LinkedHashMap<>();
                claims.put("roles", caller.roles());
                claims.put("groups", caller.roles());
                if (!caller.organisations().isEmpty()) {
                    claims.put("ods_codes", caller.organisations());
                }
                try (ProviderSignIn provider = new ProviderSignIn(this.provider, root)) {
                    String user = "scope-" + caller.name().toLowerCase(java.util.Locale.ROOT);
                    SESSIONS.put(
                            caller, provider.signIn(user, claims, null, "/").session());
                }
            }
        }
        return SESSIONS.get(caller);
    }

    /** DEMOEMIS's count of patients with a safeguarding concern, as a reader's summary gives it. */
    static int demoEmisConcerns() {
        return given().auth()
                .oauth2(TestTokens.reader())
                .get(Routes.PRACTICE_SUMMARY.replace("{odsCode}", EMIS_ODS))
                .then()
                .statusCode(200)
                .extract()
                .path("safeguardingConcerns");
    }

    static String emisPatient() {
        if (emisPatient == null) {
            emisPatient = DemoPatients.plainNhsNumber(EMIS_ODS);
        }
        return emisPatient;
    }

    /** The NHS numbers and Patient ids of {@code odsCode}'s patients that the other demo practice does not have. */
    static Pattern patientsOnlyAt(String odsCode) {
        if (patientsOnlyAt == null) {
            patientsOnlyAt = Map.of(
                    EMIS_ODS, anyOf(DemoPatients.onlyAt(EMIS_ODS, TPP_ODS)),
                    TPP_ODS, anyOf(DemoPatients.onlyAt(TPP_ODS, EMIS_ODS)));
        }
        return patientsOnlyAt.get(odsCode);
    }

    private static Pattern anyOf(Set<String> identifiers) {
        return Pattern.compile("(?<![A-Za-z0-9-])(?:"
                + identifiers.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![A-Za-z0-9-])");
    }

    // The table.

    private static Map<String, Row> rows() {
        Map<String, Row> rows = new TreeMap<>();
        Expect login = Expect.signIn();
        Expect e403 = Expect.refused(403);
        Expect ok = Expect.ok(Check.NOTHING);

        add(
                rows,
                Row.of("GET", Routes.PAGE_OVERVIEW),
                login,
                e403,
                Expect.redirect(303, "/practices/" + EMIS_ODS),
                Expect.redirect(303, "/practices/" + TPP_ODS),
                e403,
                Expect.ok(everyPractice().and(noSearchForm())),
                Expect.ok(everyPractice().and(searchForm())));
        add(
                rows,
                Row.of("GET", Routes.PAGE_OVERVIEW_CSV),
                login,
                e403,
                Expect.ok(csvOf(EMIS_ODS)),
                Expect.ok(csvOf(TPP_ODS)),
                e403,
                Expect.ok(csvOf(EMIS_ODS, TPP_ODS)),
                Expect.ok(csvOf(EMIS_ODS, TPP_ODS)));
        add(
                rows,
                Row.of("GET", Routes.PAGE_PRACTICE),
                login,
                e403,
                Expect.ok(patientRows()),
                e403,
                e403,
                Expect.ok(figuresOnly()),
                Expect.ok(patientRows()));
        add(rows, Row.of("GET", Routes.PAGE_WORKLIST_CSV), login, e403, ok, e403, e403, e403, ok);
        // Computing DEMOEMIS's figures again: only for those who may see them, and (as here, with no form token) not
        // even for them: a post without the page's token computes nothing.
        Expect notConfirmed = new Expect(
                403,
                false,
                null,
                Audit.NO_REFUSAL,
                (page, test) -> assertThat(page.body()).contains("Refresh not confirmed"));
        add(
                rows,
                Row.of("POST", Routes.PAGE_PRACTICE_REFRESH),
                login,
                e403,
                notConfirmed,
                e403,
                e403,
                notConfirmed,
                notConfirmed);
        // A step's own worklist is patient-level, as the worklist is: figures-only callers see its count only.
        add(
                rows,
                Row.of("GET", Routes.PAGE_STEP),
                login,
                e403,
                Expect.ok(patientRows()),
                e403,
                e403,
                e403,
                Expect.ok(patientRows()));
        add(rows, Row.of("GET", Routes.PAGE_PATIENT_SEARCH), login, e403, ok, ok, e403, e403, ok);
        add(rows, Row.of("GET", Routes.PAGE_PATIENT), login, e403, ok, Expect.scopedNotFound(), e403, e403, ok);

        // Signing out, and the page it ends on, are for everyone; a form post without the form's token signs nobody
        // out.
        Expect signedOut = Expect.followed(200);
        add(
                rows,
                Row.of("GET", Routes.SIGN_OUT),
                signedOut,
                signedOut,
                signedOut,
                signedOut,
                signedOut,
                signedOut,
                signedOut);
        Expect unconfirmed = new Expect(403, false, null, Audit.UNCHECKED, Check.NOTHING);
        add(
                rows,
                Row.of("POST", Routes.SIGN_OUT),
                signedOut,
                unconfirmed,
                unconfirmed,
                unconfirmed,
                unconfirmed,
                unconfirmed,
                unconfirmed);
        add(
                rows,
                Row.of("GET", Routes.SIGNED_OUT),
                signedOut,
                signedOut,
                signedOut,
                signedOut,
                signedOut,
                signedOut,
                signedOut);
        // Dev mode's personas do not exist where sign-in protects the pages.
        Expect absent = new Expect(404, false, null, Audit.UNCHECKED, Check.NOTHING);
        for (String method : List.of("GET", "POST")) {
            add(rows, Row.of(method, Routes.DEV_PERSONAS), absent, absent, absent, absent, absent, absent, absent);
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
        rows.put(RouteMethods.key(row.method(), row.template()), new Row(row.method(), row.template(), cells));
    }

    // What some cells check beyond the status.

    private static Check everyPractice() {
        return (page, test) -> assertThat(page.body()).contains("/practices/" + EMIS_ODS, "/practices/" + TPP_ODS);
    }

    private static Check searchForm() {
        return (page, test) -> assertThat(page.body()).contains("action=\"/patients\"", "name=\"nhsNumber\"");
    }

    private static Check noSearchForm() {
        return (page, test) -> assertThat(page.body()).doesNotContain("action=\"/patients\"", "name=\"nhsNumber\"");
    }

    /** The overview's CSV lists exactly these practices. */
    private static Check csvOf(String... odsCodes) {
        return (page, test) -> assertThat(page.body()
                        .lines()
                        .skip(1)
                        .map(line -> line.split(",", -1)[0])
                        .toList())
                .as("the practices in the CSV")
                .containsExactlyInAnyOrder(odsCodes);
    }

    private static Check patientRows() {
        return (page, test) -> assertThat(page.body()).contains("/patients/", "patients.csv");
    }

    /**
     * Figures only: the practice's counts, but no NHS number, no patient rows or links to them, no worklist links, no
     * CSV download; a small count of concerns says "fewer than 8".
     */
    private static Check figuresOnly() {
        return (page, test) -> {
            String body = page.body();
            assertThat(body).contains("Demo EMIS Practice");
            Matcher number = patientsOnlyAt(EMIS_ODS).matcher(body);
            assertThat(number.find() ? number.group() : null)
                    .as("an NHS number or patient id")
                    .isNull();
            assertThat(body)
                    .as("no patient rows, patient links or downloads")
                    .doesNotContain("href=\"/patients/", "patients.csv", ">NHS number</th>", "Download CSV", "/steps/");
            assertThat(body)
                    .as("the task list with its counts")
                    .contains("nhsuk-task-list__status")
                    .containsPattern("nhsuk-u-margin-bottom-0\">\\d+ patients?");
            Matcher link = WORKLIST_LINK.matcher(body);
            assertThat(link.find() ? link.group() : null)
                    .as("a link to a worklist")
                    .isNull();
            assertThat(body).as("no NHS-number search").doesNotContain("name=\"nhsNumber\"");
            assertThat(demoEmisConcerns())
                    .as("the demo's DEMOEMIS safeguarding concerns, a small number")
                    .isBetween(1, 7);
            assertThat(body).as("a small count hidden").contains("fewer than 8");
        };
    }

    /** What one cell checks beyond its status. */
    @FunctionalInterface
    interface Check {
        Check NOTHING = (page, test) -> {};

        void verify(HttpResponse<String> page, PagesScopeMatrixTest test) throws Exception;

        default Check and(Check next) {
            return (page, test) -> {
                verify(page, test);
                next.verify(page, test);
            };
        }
    }

    /** What a cell's audit should hold: one access-refused event, none, or (for what scope does not decide) unchecked. */
    enum Audit {
        REFUSAL,
        NO_REFUSAL,
        UNCHECKED
    }

    /** One cell: the status (after redirects within the service when {@code follow}), the Location, the audit. */
    record Expect(int status, boolean follow, String location, Audit audit, Check check) {

        static Expect ok(Check check) {
            return new Expect(200, false, null, Audit.NO_REFUSAL, check);
        }

        static Expect refused(int status) {
            return new Expect(status, false, null, Audit.REFUSAL, Check.NOTHING);
        }

        static Expect redirect(int status, String location) {
            return new Expect(status, false, location, Audit.NO_REFUSAL, Check.NOTHING);
        }

        /** Not signed in: sent to the identity provider. */
        static Expect signIn() {
            return new Expect(302, false, "/auth/realms/quarkus", Audit.UNCHECKED, Check.NOTHING);
        }

        static Expect followed(int status) {
            return new Expect(status, true, null, Audit.UNCHECKED, Check.NOTHING);
        }

        /** The page of an unknown NHS number, word for word but for the number: nothing about the person. */
        static Expect scopedNotFound() {
            return new Expect(404, false, null, Audit.REFUSAL, (page, test) -> {
                HttpResponse<String> unknown =
                        test.session(TPP).get(test.root.resolve("/patients/" + UNKNOWN_NHS), false);
                assertThat(unknown.statusCode()).isEqualTo(404);
                // The number is in the page as asked for and spaced, in the search box kept for another try.
                assertThat(main(page.body())
                                .replace(emisPatient(), "NHS-NUMBER")
                                .replace(spaced(emisPatient()), "NHS-NUMBER"))
                        .isEqualTo(main(unknown.body())
                                .replace(UNKNOWN_NHS, "NHS-NUMBER")
                                .replace(spaced(UNKNOWN_NHS), "NHS-NUMBER"));
                assertThat(page.body()).doesNotContain("Demo EMIS", EMIS_ODS);
            });
        }

        private static String spaced(String nhsNumber) {
            return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
        }

        private static String main(String page) {
            int start = page.indexOf("<main");
            int end = page.indexOf("</main>");
            assertThat(start).as("a page with a main part").isNotNegative();
            return page.substring(start, end);
        }
    }

    /** One row: a page (method and route template) and what each kind of person gets from it. */
    record Row(String method, String template, Map<ScopeCaller, Expect> cells) {

        static Row of(String method, String template) {
            return new Row(method, template, Map.of());
        }

        String path(String nhsNumber) {
            return template.replace("{odsCode}", EMIS_ODS)
                    .replace("{nhsNumber}", nhsNumber)
                    .replace("{stepId}", "PROVIDE_ACCESS_TO_REMAINING_PATIENTS");
        }
    }
}
