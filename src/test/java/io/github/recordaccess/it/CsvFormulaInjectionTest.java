package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Probe finding: values from outside (a FHIR identifier, a Patient id, a practice name) reached the CSVs verbatim, and
 * a spreadsheet would run a cell starting with {@code -} as a formula. Every CSV cell is defused by one {@code '}; the
 * registry's CSV still reads back as the same names.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class CsvFormulaInjectionTest {

    static final String CALC = "-2+3+cmd|' /C calc'!A0";
    static final String ADMIN = "/api/v1/admin/practices";
    static final PracticeFixture PRACTICE = practice();

    @InjectFhirServer
    FhirStub fhir;

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
        registry.replaceAll(List.of(new PracticeEntry("Q12345", "Formula Surgery", ClinicalSystem.TPP, null)));
    }

    /** Patients whose NHS numbers, as recorded, and ids are formulas, beside an ordinary one. */
    private static PracticeFixture practice() {
        PracticeFixture p = new PracticeFixture("Q12345", "org-csv");
        p.patient("inj-1", CALC, "1980-01-01");
        p.patient("inj-2", "=HYPERLINK(\"https://attacker.example\",\"x\")", "1980-01-01");
        p.patient("inj-3", "@SUM(1+1)", "1980-01-01");
        p.patient("-2-3-4", FhirFixtures.nhsNumber(1800), "1980-01-01");
        p.patient("ordinary", FhirFixtures.nhsNumber(1801), "1980-01-01");
        return p;
    }

    @Test
    void aFormulaFromFhirIsDefusedInTheWorklistCsvOfTheApiAndThePage() {
        String api = given().accept("text/csv")
                .queryParam("asOf", "2024-06-01")
                .when()
                .get("/api/v1/practices/Q12345/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String page = given().queryParam("asOf", "2024-06-01")
                .when()
                .get("/practices/Q12345/patients.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).isEqualTo(api);
        List<String> lines = api.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines)
                .anyMatch(l -> l.startsWith("'" + CALC + ",inj-1,Q12345,2024-06-01,REVIEW_REQUIRED,"))
                .anyMatch(l -> l.startsWith("\"'=HYPERLINK(\"\"https://attacker.example\"\",\"\"x\"\")\",inj-2,"))
                .anyMatch(l -> l.startsWith("'@SUM(1+1),inj-3,"))
                .anyMatch(l -> l.startsWith(FhirFixtures.nhsNumber(1800) + ",'-2-3-4,Q12345,"))
                .anyMatch(l -> l.startsWith(FhirFixtures.nhsNumber(1801) + ",ordinary,Q12345,"));
        // No line has a cell that starts like a formula.
        for (String line : lines) {
            for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
                String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(unquoted.isEmpty() ? ' ' : unquoted.charAt(0))
                        .as(line)
                        .isNotIn('=', '+', '-', '@', '\t', '\r');
            }
        }
    }

    @Test
    void aRegistryNameStartingWithAFormulaCharacterIsDefusedInTheRegistryCsv() {
        registry.replaceAll(List.of(
                new PracticeEntry("A00001", "=SUM(A1:A9)", ClinicalSystem.EMIS, LocalDate.of(2023, 10, 31)),
                new PracticeEntry("A00002", "-Minus Surgery", ClinicalSystem.TPP, null),
                new PracticeEntry("A00003", "@Mention Practice", ClinicalSystem.EMIS, null),
                new PracticeEntry("A00004", "+Plus Health Centre", ClinicalSystem.TPP, null),
                // Not a name an upload would take (no control characters), but a database may hold one.
                new PracticeEntry("A00005", "\tTabbed Surgery", ClinicalSystem.EMIS, null),
                new PracticeEntry("A00006", "Plain Surgery", ClinicalSystem.EMIS, null)));

        String csv = given().accept("text/csv")
                .when()
                .get(ADMIN)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(csv).isEqualTo("""
                        ods_code,name,system,go_live_date\r
                        A00001,'=SUM(A1:A9),EMIS,2023-10-31\r
                        A00002,'-Minus Surgery,TPP,\r
                        A00003,'@Mention Practice,EMIS,\r
                        A00004,'+Plus Health Centre,TPP,\r
                        A00005,'\tTabbed Surgery,EMIS,\r
                        A00006,Plain Surgery,EMIS,\r
                        """);
    }

    @Test
    void theRegistryCsvReadsBackAsTheSameNames() {
        List<String> names = List.of(
                "=SUM(A1:A9)",
                "-Minus Surgery",
                "@Mention Practice",
                "+Plus Health Centre",
                "'=Already Text Surgery",
                "''-Twice Quoted Surgery",
                "'Apostrophe Surgery",
                "O'Brien, Smith & Partners",
                "Plain Surgery");
        String json = given().contentType(ContentType.JSON)
                .body(names.stream()
                        .map(n -> "{\"odsCode\":\"B0000" + names.indexOf(n) + "\",\"name\":\"" + n.replace("\"", "\\\"")
                                + "\",\"system\":\"EMIS\"}")
                        .toList()
                        .toString())
                .when()
                .put(ADMIN)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        String csv = given().accept("text/csv")
                .when()
                .get(ADMIN)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> stored = given().contentType("text/csv")
                .body(csv)
                .when()
                .put(ADMIN)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("name", String.class);

        assertThat(stored).containsExactlyElementsOf(names);
        assertThat(given().when().get(ADMIN).then().extract().asString()).isEqualTo(json);
        assertThat(given().accept("text/csv").when().get(ADMIN).then().extract().asString())
                .isEqualTo(csv);
    }
}
