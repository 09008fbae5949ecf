package io.github.recordaccess.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry API, through HTTP, on whichever database the subclass's profile gives the service. */
abstract class RegistryContract {

    static final String PATH = "/api/v1/admin/practices";
    static final String CSV = """
            ods_code,name,system,go_live_date\r
            B82001,"Dr Ahmed, Brown & Partners",EMIS,2023-10-31\r
            y02345,Riverside Health Centre,tpp,\r
            """;

    /**
     * Words that would mean a column could hold a patient's NHS number, name or birth date. A column named
     * for patients may only be a count of them ({@code eligible_patients}), and must be a number.
     */
    static final Pattern PATIENT_DATA = Pattern.compile(
            "nhs|patient(?!s$)|birth|dob|forename|surname|family|given|address|postcode|phone|email|gender");

    @Inject
    RegistryDataSource database;

    @BeforeEach
    void emptyRegistry() {
        given().contentType(ContentType.JSON)
                .body("[]")
                .queryParam("allowEmpty", "true")
                .when()
                .put(PATH)
                .then()
                .statusCode(200);
    }

    abstract String expectedDatabase();

    @Test
    void theServiceUsesTheExpectedDatabase() throws SQLException {
        try (Connection c = database.connection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void aCsvUploadReplacesTheRegistryAndReadsBackAsJsonAndCsv() {
        given().contentType(ContentType.JSON)
                .body("[{\"odsCode\":\"A00001\",\"name\":\"Gone Surgery\",\"system\":\"EMIS\"}]")
                .put(PATH)
                .then()
                .statusCode(200);

        given().contentType("text/csv")
                .body(CSV)
                .when()
                .put(PATH)
                .then()
                .statusCode(200)
                .body("odsCode", contains("B82001", "Y02345"))
                .body("[0].name", equalTo("Dr Ahmed, Brown & Partners"))
                .body("[0].system", equalTo("EMIS"))
                .body("[0].goLiveDate", equalTo("2023-10-31"))
                .body("[1].system", equalTo("TPP"))
                .body("[1].goLiveDate", nullValue());

        String csv = given().accept("text/csv")
                .when()
                .get(PATH)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).isEqualTo("""
                        ods_code,name,system,go_live_date\r
                        B82001,"Dr Ahmed, Brown & Partners",EMIS,2023-10-31\r
                        Y02345,Riverside Health Centre,TPP,\r
                        """);
        given().contentType("text/csv")
                .body(csv)
                .put(PATH)
                .then()
                .statusCode(200)
                .body("", hasSize(2));
    }

    @Test
    void aJsonUploadReplacesTheRegistry() {
        given().contentType(ContentType.JSON)
                .body(
                        "[{\"odsCode\":\"C81001\",\"name\":\"Hill Surgery\",\"system\":\"TPP\",\"goLiveDate\":\"2024-01-15\"},"
                                + "{\"odsCode\":\"C81002\",\"name\":\"Vale Practice\",\"system\":\"EMIS\",\"goLiveDate\":null}]")
                .when()
                .put(PATH)
                .then()
                .statusCode(200);

        given().when()
                .get(PATH)
                .then()
                .statusCode(200)
                .body("odsCode", contains("C81001", "C81002"))
                .body("[0].goLiveDate", equalTo("2024-01-15"));
    }

    @Test
    void oneBadCsvLineRefusesTheWholeUploadListingEveryBadLine() {
        given().contentType("text/csv").body(CSV).put(PATH).then().statusCode(200);

        given().contentType("text/csv")
                .body("""
                        ods_code,name,system,go_live_date
                        C81001,Hill Surgery,TPP,2024-01-15
                        C8-1002,Vale Practice,EMIS,
                        C81003,Brook Practice,EMISS,
                        C81004,Moor Practice,EMIS,31/10/2023
                        C81001,Hill Surgery again,TPP,
                        ,,,
                        C81006,Short line
                        """)
                .when()
                .put(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-registry"))
                .body("detail", containsString("nothing was changed"))
                .body("errors", hasSize(8))
                .body("errors[0]", startsWith("line 3: ODS code 'C8-1002'"))
                .body("errors[1]", equalTo("line 4: system 'EMISS' is not EMIS or TPP"))
                .body("errors[2]", startsWith("line 5: go-live date '31/10/2023' is not a date"))
                .body("errors[3]", equalTo("line 6: ODS code C81001 is already on line 2"))
                .body("errors", hasItem(startsWith("line 7: ODS code ''")))
                .body("errors", hasItem(startsWith("line 7: name must be")))
                .body("errors", hasItem(startsWith("line 7: system ''")))
                .body("errors[7]", startsWith("line 8: expected 4 fields"));

        given().when().get(PATH).then().body("odsCode", contains("B82001", "Y02345"));
    }

    @Test
    void aCsvWithoutTheHeaderIsRefused() {
        given().contentType("text/csv")
                .body("B82001,High Street,EMIS,\n")
                .when()
                .put(PATH)
                .then()
                .statusCode(400)
                .body("errors[0]", startsWith("line 1: the header must be ods_code,name,system,go_live_date"));
    }

    @Test
    void badJsonEntriesAreAllListedAndNothingChanges() {
        given().contentType("text/csv").body(CSV).put(PATH).then().statusCode(200);

        given().contentType(ContentType.JSON)
                .body("[{\"odsCode\":\"C81001\",\"name\":\"Hill\",\"system\":\"TPP\"},"
                        + "{\"odsCode\":\"C81002\",\"system\":\"EMIS\",\"goLive\":\"2024-01-01\"},"
                        + "\"C81003\"]")
                .when()
                .put(PATH)
                .then()
                .statusCode(400)
                .body(
                        "errors",
                        contains(
                                "entry 2: unknown field 'goLive' (fields: odsCode, name, system, goLiveDate)",
                                "entry 2: name must be 1 to 200 characters on one line",
                                "entry 3: must be a JSON object"));
        given().contentType(ContentType.JSON)
                .body("{\"not\":\"an array\"}")
                .put(PATH)
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON).body("[{").put(PATH).then().statusCode(400);

        given().when().get(PATH).then().body("odsCode", contains("B82001", "Y02345"));
    }

    @Test
    void anUploadThatWouldEmptyTheRegistryIsRefusedUnlessAllowEmptyIsTrue() {
        given().contentType("text/csv").body(CSV).put(PATH).then().statusCode(200);

        for (String csv : List.of("ods_code,name,system,go_live_date\r\n", "ods_code,name,system,go_live_date\n\n\n")) {
            given().contentType("text/csv")
                    .body(csv)
                    .when()
                    .put(PATH)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-registry"))
                    .body("errors", contains(containsString("?allowEmpty=true")));
        }
        given().contentType(ContentType.JSON)
                .body("[]")
                .when()
                .put(PATH)
                .then()
                .statusCode(400)
                .body("errors[0]", containsString("would empty the registry"));
        given().contentType(ContentType.JSON)
                .body("[]")
                .queryParam("allowEmpty", "false")
                .when()
                .put(PATH)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-registry"));
        for (String misspelt : List.of("allowempty=true", "allowEmpty=yes", "allowEmpty=")) {
            given().contentType(ContentType.JSON)
                    .body("[]")
                    .when()
                    .put(PATH + "?" + misspelt)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("/problems/invalid-parameter"));
        }
        given().when().get(PATH).then().body("odsCode", contains("B82001", "Y02345"));

        given().contentType("text/csv")
                .body("ods_code,name,system,go_live_date\r\n")
                .queryParam("allowEmpty", "true")
                .when()
                .put(PATH)
                .then()
                .statusCode(200)
                .body("", empty());
        given().when().get(PATH).then().body("", empty());
    }

    @Test
    void goLiveDatesBefore1990OrAfter2100AreFaultsNamingTheirLine() {
        given().contentType("text/csv").body(CSV).put(PATH).then().statusCode(200);

        given().contentType("text/csv")
                .body("""
                        ods_code,name,system,go_live_date
                        C81001,Hill Surgery,TPP,1990-01-01
                        C81002,Vale Practice,EMIS,+999999999-12-31
                        C81003,Brook Practice,EMIS,1989-12-31
                        C81004,Moor Practice,TPP,2101-01-01
                        C81005,Dale Practice,TPP,2100-12-31
                        """)
                .when()
                .put(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-registry"))
                .body(
                        "errors",
                        contains(
                                "line 3: go-live date '+999999999-12-31' is not between 1990-01-01 and 2100-12-31",
                                "line 4: go-live date '1989-12-31' is not between 1990-01-01 and 2100-12-31",
                                "line 5: go-live date '2101-01-01' is not between 1990-01-01 and 2100-12-31"));
        given().contentType(ContentType.JSON)
                .body(
                        "[{\"odsCode\":\"C81001\",\"name\":\"Hill\",\"system\":\"TPP\",\"goLiveDate\":\"+999999999-12-31\"}]")
                .when()
                .put(PATH)
                .then()
                .statusCode(400)
                .body("errors", contains(startsWith("entry 1: go-live date '+999999999-12-31' is not between")));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Hill Surgery\",\"system\":\"TPP\",\"goLiveDate\":\"0000-01-01\"}")
                .when()
                .put(PATH + "/C81001")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-registry"))
                .body("errors", contains(startsWith("the practice: go-live date '0000-01-01' is not between")));

        given().when().get(PATH).then().body("odsCode", contains("B82001", "Y02345"));
        given().contentType("text/csv")
                .body("""
                        ods_code,name,system,go_live_date
                        C81001,Hill Surgery,TPP,1990-01-01
                        C81005,Dale Practice,TPP,2100-12-31
                        """)
                .when()
                .put(PATH)
                .then()
                .statusCode(200)
                .body("goLiveDate", contains("1990-01-01", "2100-12-31"));
    }

    @Test
    void onePracticeIsRegisteredUpdatedAndRemoved() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Hill Surgery\",\"system\":\"TPP\"}")
                .when()
                .put(PATH + "/c81001")
                .then()
                .statusCode(201)
                .body("odsCode", equalTo("C81001"))
                .body("goLiveDate", nullValue());
        given().contentType(ContentType.JSON)
                .body(
                        "{\"odsCode\":\"C81001\",\"name\":\"Hill Surgery\",\"system\":\"TPP\",\"goLiveDate\":\"2024-03-01\"}")
                .when()
                .put(PATH + "/C81001")
                .then()
                .statusCode(200)
                .body("goLiveDate", equalTo("2024-03-01"));
        given().when()
                .get(PATH)
                .then()
                .body("odsCode", contains("C81001"))
                .body("[0].goLiveDate", equalTo("2024-03-01"));

        given().contentType(ContentType.JSON)
                .body("{\"odsCode\":\"C81009\",\"name\":\"Hill Surgery\",\"system\":\"TPP\"}")
                .when()
                .put(PATH + "/C81001")
                .then()
                .statusCode(400)
                .body("errors[0]", containsString("not the ODS code in the path"));

        given().when().delete(PATH + "/C81001").then().statusCode(204);
        given().when().get(PATH).then().body("", empty());
        given().when()
                .delete(PATH + "/C81001")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/practice-not-registered"));
    }

    @Test
    void theSchemaHasNoColumnThatCouldHoldPatientData() throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        try (Connection c = database.connection();
                ResultSet rows = c.getMetaData().getColumns(null, null, "%", "%")) {
            while (rows.next()) {
                String schema = String.valueOf(rows.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (schema.equals("public") && !table.equals("flyway_schema_history")) {
                    columns.add(table + "." + column);
                    if (column.endsWith("patients")) {
                        counts.add(rows.getInt("DATA_TYPE"));
                    }
                }
            }
        }
        assertThat(columns).as("the service's own columns").contains("practice.ods_code", "practice.go_live_date");
        assertThat(columns)
                .as("no column for an NHS number, a patient's name or birth date")
                .noneMatch(column -> PATIENT_DATA.matcher(column).find())
                .allMatch(column -> !column.contains("name") || column.endsWith(".practice_name"));
        assertThat(counts).as("columns named for patients are counts").containsOnly(java.sql.Types.INTEGER);
    }
}
