package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A practice's worklists: every filter through HTTP, combined with AND, with paging and totals after
 * filtering, as JSON and CSV. The standard practice as of 2024-06-01: p02 and p03 bulk-coded 104s, p04
 * rescinded by a 106, p05 a 103, p06 under 16 with a 104, p07 no birth date, p08 conflicting codes,
 * p09 deceased, p11 an individual 104.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class WorklistApiTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("W12345", "org-w", 900);
    static final String LIST = "/api/v1/practices/W12345/access-recommendations";

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                row("reason=BULK_CODED_104", "p02", "p03"),
                row("reason=ACTIVE_104", "p02", "p03", "p06", "p11"),
                row("reason=UNDER_16", "p06"),
                row("flag=RESCINDED_BY_106", "p04"),
                row("flag=UNDETERMINED", "p08"),
                row("flag=ACTIVE_104", "p02", "p03", "p06", "p11"),
                row("bulkCoded104=true", "p02", "p03"),
                row("bulkCoded104=false", "p01", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "p11"),
                row("recommendation=OFFER_OPT_IN&bulkCoded104=false", "p11"),
                row("flag=ACTIVE_104&reason=UNDER_16", "p06"),
                row("recommendation=PROVISION_ACCESS&flag=NONE", "p01", "p10"),
                row("reason=BULK_CODED_104&flag=RESCINDED_BY_106"),
                row("action=OFFER_ACCESS_ON_REQUEST&bulkCoded104=true", "p02", "p03"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void eachFilterListsThePatientsItMatches(String query, List<String> patients) {
        given().urlEncodingEnabled(false)
                .when()
                .get(LIST + "?asOf=2024-06-01&size=1000&" + query)
                .then()
                .statusCode(200)
                .body("total", equalTo(patients.size()))
                .body(
                        "items.patientId",
                        equalTo(patients.stream().map(p -> "org-w-" + p).toList()));
    }

    @Test
    void turning16WithinCountsDaysFromAsOfToTheSixteenthBirthdayInclusive() {
        // p06 was born on 2010-03-01: 16 on 2026-03-01, 59 days after 2026-01-01.
        for (Map.Entry<Integer, List<String>> c : Map.of(
                        59, List.of("org-w-p06"), 58, List.<String>of(), 366, List.of("org-w-p06"))
                .entrySet()) {
            given().queryParam("asOf", "2026-01-01")
                    .queryParam("turning16Within", c.getKey())
                    .when()
                    .get(LIST)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(c.getValue().size()))
                    .body("items.patientId", equalTo(c.getValue()))
                    .body("items.eligibleFrom", equalTo(c.getValue().isEmpty() ? List.of() : List.of("2026-03-01")));
        }
        // As of 2024-06-01 the birthday is 638 days away: beyond the largest window.
        given().queryParam("asOf", "2024-06-01")
                .queryParam("turning16Within", 366)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void pagesAndTotalsCountOnlyTheMatchingPatients() {
        List<String> all = given().queryParam("asOf", "2024-06-01")
                .queryParam("bulkCoded104", "false")
                .queryParam("size", 1000)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.nhsNumber");
        assertThat(all).hasSize(9);

        given().queryParam("asOf", "2024-06-01")
                .queryParam("bulkCoded104", "false")
                .queryParam("page", 1)
                .queryParam("size", 4)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo(9))
                .body("page", equalTo(1))
                .body("items.nhsNumber", equalTo(all.subList(4, 8)));
        given().queryParam("asOf", "2024-06-01")
                .queryParam("bulkCoded104", "false")
                .queryParam("page", 2)
                .queryParam("size", 4)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("total", equalTo(9))
                .body("items.nhsNumber", equalTo(all.subList(8, 9)));
    }

    @Test
    void csvTakesTheFiltersAndItsActionsColumnCarriesTheIds() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", "2024-06-01")
                .queryParam("reason", "BULK_CODED_104")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "nhs_number,patient_id,practice_ods_code,as_of,recommendation,flag,reasons,eligible_from,bulk_coded_104,actions,"
                                + "nhs_number_verification,recommendation_label,flag_label,reasons_label,actions_label");
        assertThat(lines.subList(1, lines.size()))
                .hasSize(2)
                .allMatch(l -> l.endsWith(",W12345,2024-06-01,OFFER_OPT_IN,ACTIVE_104,ACTIVE_104;BULK_CODED_104,,true,"
                        + "OFFER_ACCESS_ON_REQUEST;REVIEW_BULK_CODED_104,,Access on request only (104),104 in force,"
                        + "Enhanced review indicated (104);104 added in bulk,"
                        + "Offer access on request;Review the 104 added in bulk"));
    }

    @Test
    void csvPagesAfterFilteringToo() {
        String csv = given().accept("text/csv")
                .queryParam("asOf", "2024-06-01")
                .queryParam("flag", "ACTIVE_104")
                .queryParam("size", 3)
                .queryParam("page", 1)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(csv.lines().skip(1)).singleElement().asString().contains(",org-w-p11,");
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(
                        "reason=ACTIVE",
                        "reason must be one of [DECEASED,",
                        "UNRESOLVED_MERGE, UNVERIFIED_NHS_NUMBER, RECORDED_ELSEWHERE, SAFEGUARDING_CONCERN]"),
                Arguments.of("reason=bulk_coded_104", "reason must be one of", "UNDER_16"),
                Arguments.of("flag=ACTIVE", "flag must be one of [NONE, ACTIVE_104,", "UNDETERMINED]"),
                Arguments.of(
                        "action=GIVE_ACCESS",
                        "action must be one of [PROVIDE_ACCESS,",
                        "AT_SIXTEEN, REVIEW_INHERITED_104, CONSIDER_104_SAFEGUARDING]"),
                Arguments.of("action=provide_access", "action must be one of", "CHECK_EXISTING_ACCESS"),
                Arguments.of("bulkCoded104=yes", "bulkCoded104 must be true or false", "bulkCoded104"),
                Arguments.of("bulkCoded104=TRUE", "bulkCoded104 must be true or false", "bulkCoded104"),
                Arguments.of("bulkCoded104=null", "bulkCoded104 must be true or false", "bulkCoded104"),
                Arguments.of(
                        "turning16Within=0", "turning16Within must be a whole number of days from 1 to 366", "366"),
                Arguments.of(
                        "turning16Within=367", "turning16Within must be a whole number of days from 1 to 366", "1"),
                Arguments.of("turning16Within=-5", "turning16Within must be a whole number of days from 1 to 366", "1"),
                Arguments.of(
                        "turning16Within=90d", "turning16Within must be a whole number of days from 1 to 366", "1"),
                Arguments.of("turning16Within=", "turning16Within is empty", "turning16Within"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aBadFilterValueIsA400NamingTheParameterAndItsValues(String query, String detail, String alsoNamed) {
        given().urlEncodingEnabled(false)
                .when()
                .get(LIST + "?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("detail", containsString(detail))
                .body("detail", containsString(alsoNamed));
        assertThat(fhir.fhirRequests()).isEmpty();
    }

    private static Arguments row(String query, String... patients) {
        return Arguments.of(query, List.of(patients));
    }
}
