package io.github.recordaccess.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed input is refused with a 400 problem before the FHIR server is asked anything. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class BadInputTest {

    static final String PATIENT = "/api/v1/patients/%s/access-recommendation";
    static final String LIST = "/api/v1/practices/A12345/access-recommendations";
    static final String SUMMARY = "/api/v1/practices/A12345/summary";
    static final String CHECKLIST = "/api/v1/practices/A12345/checklist";
    static final String OVERVIEW = "/api/v1/practices";

    @InjectFhirServer
    FhirStub fhir;

    /** Tomorrow in London, when the table is built (not when the class loads). */
    static java.time.LocalDate tomorrow() {
        return java.time.LocalDate.now(io.github.recordaccess.rules.FuzzyDate.LONDON)
                .plusDays(1);
    }

    @BeforeEach
    void reset() {
        fhir.reset();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                row("NHS number too short", PATIENT.formatted("999000001"), ""),
                row("NHS number too long", PATIENT.formatted("99900000188"), ""),
                row("NHS number with letters", PATIENT.formatted("99900000AB"), ""),
                row("NHS number with a bad check digit", PATIENT.formatted("9990000019"), ""),
                row("NHS number whose check digit would be 10", PATIENT.formatted("9990000000"), ""),
                row(
                        "NHS number in Arabic-Indic digits",
                        PATIENT.formatted("%D9%A9%D9%A9%D9%A9%D9%A0%D9%A0%D9%A0%D9%A0%D9%A0%D9%A1%D9%A8"),
                        ""),
                row("NHS number with spaces", PATIENT.formatted("999%20000%200018"), ""),
                row("asOf on the patient endpoint", PATIENT.formatted("9990000018"), "asOf=2023-02-30"),
                row("ODS code too short", "/api/v1/practices/A1/summary", ""),
                row("ODS code too long", "/api/v1/practices/A1234567890/summary", ""),
                row("ODS code with punctuation", "/api/v1/practices/A12-45/summary", ""),
                row("ODS code injection", "/api/v1/practices/A1'%20OR%201=1/summary", ""),
                row("asOf not a date", SUMMARY, "asOf=yesterday"),
                row("asOf 30 February", SUMMARY, "asOf=2023-02-30"),
                row("asOf without day", SUMMARY, "asOf=2024-06"),
                row("asOf with time", SUMMARY, "asOf=2024-06-01T00:00:00Z"),
                row("asOf far future", SUMMARY, "asOf=9999-12-31"),
                row("asOf before 2000", SUMMARY, "asOf=1999-12-31"),
                row("asOf repeated", SUMMARY, "asOf=2024-06-01&asOf=2024-06-02"),
                row("unknown recommendation", LIST, "recommendation=GIVE_ACCESS"),
                row("lower-case recommendation", LIST, "recommendation=provision_access"),
                row("negative page", LIST, "page=-1"),
                row("huge page", LIST, "page=99999999999999999999"),
                row("size zero", LIST, "size=0"),
                row("size over 1000", LIST, "size=1001"),
                row("size not a number", LIST, "size=ten"),
                row("repeated size", LIST, "size=1&size=2"),
                row("unknown reason", LIST, "reason=GIVE_ACCESS"),
                row("lower-case flag", LIST, "flag=active_104"),
                row("unknown action", LIST, "action=NOTHING"),
                row("bulkCoded104 not a boolean", LIST, "bulkCoded104=1"),
                row("turning16Within zero", LIST, "turning16Within=0"),
                row("turning16Within over a year", LIST, "turning16Within=367"),
                row("turning16Within not a number", LIST, "turning16Within=soon"),
                row("repeated action", LIST, "action=NO_ACTION&action=AT_SIXTEEN"),
                row("empty action", LIST, "action="),
                row("unknown system", CHECKLIST, "system=VISION&live=true"),
                row("live not a boolean", CHECKLIST, "system=EMIS&live=yes"),
                row("live in capitals", CHECKLIST, "system=EMIS&live=TRUE"),
                row("system in lower case", CHECKLIST, "system=emis&live=true"),
                row("NHS number with a plus sign", PATIENT.formatted("%2B999000001"), ""),
                row("negative NHS number", PATIENT.formatted("-999000001"), ""),
                row("huge NHS number", PATIENT.formatted("99999999999999999999999999999999"), ""),
                row(
                        "NHS number in full-width digits",
                        PATIENT.formatted(
                                "%EF%BC%99%EF%BC%99%EF%BC%99%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%98"),
                        ""),
                row("NHS number with a NUL byte", PATIENT.formatted("999000001%00"), ""),
                row("size as a decimal", LIST, "size=1.5"),
                row("size in hex", LIST, "size=0x10"),
                row("page with a space", LIST, "page=%201"),
                row("empty recommendation", LIST, "recommendation="),
                row("empty asOf", SUMMARY, "asOf="),
                row("empty page", LIST, "page="),
                row("empty live", CHECKLIST, "system=EMIS&live="),
                row("empty ods", OVERVIEW, "ods="),
                row("script in recommendation", LIST, "recommendation=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
                row("asOf in Arabic-Indic digits", SUMMARY, "asOf=%D9%A2%D9%A0%D9%A2%D9%A4-06-01"),
                row("overview with a short ODS code", OVERVIEW, "ods=A12345,A1"),
                row("overview with an empty ODS code", OVERVIEW, "ods=A12345,"),
                row("overview with SQL in ODS", OVERVIEW, "ods=A12345%3BDROP%20TABLE"),
                row(
                        "overview with too many practices",
                        OVERVIEW,
                        "ods="
                                + java.util.stream.IntStream.range(0, 501)
                                        .mapToObj(i -> String.format("Q%05d", i))
                                        .collect(java.util.stream.Collectors.joining(","))),
                row("overview with a bad asOf", OVERVIEW, "asOf=2024-13-01"),
                row("overview with ods repeated", OVERVIEW, "ods=A12345&ods=B12345"),
                // No future asOf on any endpoint: no record can say what will be coded.
                row("asOf tomorrow on the patient endpoint", PATIENT.formatted("9990000018"), "asOf=" + tomorrow()),
                row("asOf tomorrow on the list", LIST, "asOf=" + tomorrow()),
                row("asOf tomorrow on the summary", SUMMARY, "asOf=" + tomorrow()),
                row("asOf tomorrow on the checklist", CHECKLIST, "asOf=" + tomorrow()),
                row("asOf tomorrow on the overview", OVERVIEW, "ods=A12345&asOf=" + tomorrow()),
                row(
                        "asOf next year on the summary",
                        SUMMARY,
                        "asOf=" + tomorrow().plusYears(1)));
    }

    @org.junit.jupiter.api.Test
    void aFutureAsOfIsRefusedSayingWhy() {
        given().queryParam("asOf", tomorrow().toString())
                .when()
                .get(SUMMARY)
                .then()
                .statusCode(400)
                .body("detail", containsString("must not be after today"));
    }

    /** asOf, from and to are one day type, and each refusal names the parameter that was sent. */
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/practices/A12345/summary                  | asOf",
                "/api/v1/patients/9990000018/access-recommendation | asOf",
                "/api/v1/practices/A12345/history                  | from",
                "/api/v1/practices/A12345/history                  | to",
                "/api/v1/history                                   | from",
                "/api/v1/history                                   | to"
            })
    void aDayBefore2000IsRefusedNamingItsParameter(String path, String name) {
        given().queryParam(name, "1999-12-31")
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body(
                        "detail",
                        startsWith(name + " must be a real calendar date YYYY-MM-DD from 2000-01-01 to today."));
        org.assertj.core.api.Assertions.assertThat(fhir.fhirRequests()).isEmpty();
    }

    private static Arguments row(String name, String path, String query) {
        return Arguments.of(name, path, query);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWith400Problem(String name, String path, String query) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        request.when()
                .get(query.isEmpty() ? path : path + "?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("status", equalTo(400))
                .body("detail", not(containsString("Exception")));
        org.assertj.core.api.Assertions.assertThat(fhir.fhirRequests()).as(name).isEmpty();
    }
}
