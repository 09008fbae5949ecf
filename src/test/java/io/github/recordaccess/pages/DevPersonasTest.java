package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dev mode's personas, on the demo practices with the pages and the API open (as in dev mode): until a persona is chosen
 * everything reads as before; a chosen persona is held to its scope in the pages and the API alike.
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class DevPersonasTest {

    private static final String COOKIE = "record-access-persona";

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @Test
    void thePageListsEveryPersonaAndNobodyIsChosenAtFirst() {
        String page = given().accept("text/html")
                .get("/dev/personas")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page)
                .contains("Act as a person", "This page does not exist in production")
                .contains("ICB analyst, figures only", "Staff of Demo EMIS Practice (DEMOEMIS)")
                .contains("Staff of Demo TPP Practice (DEMOTPP)", "ICB reader under a data-sharing agreement")
                .contains("Administrator")
                .contains("id=\"persona-none\" name=\"persona\" type=\"radio\" value=\"\" checked");
    }

    @Test
    void choosingAPersonaSetsAStrictHttpOnlyCookieAndGoesToTheOverview() {
        Response chosen = given().redirects()
                .follow(false)
                .formParam("persona", "demoemis_staff")
                .post("/dev/personas");

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.header("Location")).endsWith("/");
        assertThat(chosen.header("Set-Cookie"))
                .contains(COOKIE + "=demoemis_staff")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");

        Response none =
                given().redirects().follow(false).formParam("persona", "").post("/dev/personas");
        assertThat(none.header("Set-Cookie")).contains(COOKIE + "=;").containsIgnoringCase("Max-Age=0");
    }

    @Test
    void withoutAPersonaEverythingReadsAsBefore() {
        given().get("/api/v1/practices/DEMOTPP/access-recommendations").then().statusCode(200);
        given().accept("text/html").get("/practices/DEMOTPP").then().statusCode(200);
        given().get("/api/v1/history").then().statusCode(200);
    }

    @Test
    void practiceStaffSeeTheirOwnPracticeOnlyInThePagesAndTheApi() {
        given().cookie(COOKIE, "demoemis_staff")
                .redirects()
                .follow(false)
                .accept("text/html")
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", containsString("/practices/DEMOEMIS"));
        given().cookie(COOKIE, "demoemis_staff")
                .accept("text/html")
                .get("/practices/DEMOEMIS")
                .then()
                .statusCode(200)
                .body(containsString("/patients/999"));
        given().cookie(COOKIE, "demoemis_staff")
                .accept("text/html")
                .get("/practices/DEMOTPP")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"));
        given().cookie(COOKIE, "demoemis_staff")
                .get("/api/v1/practices/DEMOTPP/summary")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/outside-your-organisation"));
        given().cookie(COOKIE, "demoemis_staff")
                .get("/api/v1/practices")
                .then()
                .statusCode(200)
                .body("practices.practiceOdsCode", contains("DEMOEMIS"));
        given().cookie(COOKIE, "demoemis_staff").get("/api/v1/history").then().statusCode(403);
    }

    @Test
    void anIcbAnalystSeesFiguresAndNoPatient() {
        String page = given().cookie(COOKIE, "icb")
                .accept("text/html")
                .get("/practices/DEMOEMIS")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Patients by recommendation", "figures only")
                .doesNotContain("/patients/", "patients.csv", "#worklist")
                .doesNotContainPattern("(?<!\\d)999\\d{7}(?!\\d)");
        String overview = given().cookie(COOKIE, "icb")
                .accept("text/html")
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(overview).contains("DEMOEMIS", "DEMOTPP").doesNotContain("Find a patient");
        given().cookie(COOKIE, "icb")
                .get("/api/v1/practices/DEMOEMIS/access-recommendations")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        given().cookie(COOKIE, "icb")
                .accept("text/html")
                .get("/patients")
                .then()
                .statusCode(403);
        given().cookie(COOKIE, "icb")
                .get("/api/v1/practices/DEMOEMIS/checklist")
                .then()
                .statusCode(200)
                .body("steps.findAll { it.href != null }.size()", equalTo(0))
                .body("serviceSteps.findAll { it.href != null }.size()", equalTo(0));
    }

    @Test
    void anAdministratorReadsNoPages() {
        given().cookie(COOKIE, "admin")
                .accept("text/html")
                .get("/practices/DEMOEMIS")
                .then()
                .statusCode(403);
    }
}
