package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.github.recordaccess.fixtures.SecuredProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Production security without sign-in configured for the pages: they refuse everyone, as a page; never open. */
@QuarkusTest
@TestProfile(SecuredProfile.class)
class PagesClosedWithoutSignInTest {

    @Test
    void withoutSignInThePagesRefuseEveryone() {
        for (String page : new String[] {
            "/",
            "/practices.csv",
            "/practices/DEMOEMIS",
            "/practices/DEMOEMIS/patients.csv",
            "/patients",
            "/patients?nhsNumber=9990001243",
            "/patients/9990001243"
        }) {
            given().accept("text/html")
                    .get(page)
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(401)
                    .body(not(containsString("DEMOEMIS,")))
                    .contentType(startsWith("text/html"))
                    .body(not(containsString("Demo EMIS")));
        }
    }

    @Test
    void theFrontEndStaysPublic() {
        given().get("/static/app/pages.js").then().statusCode(200);
    }
}
