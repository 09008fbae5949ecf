package io.github.recordaccess.pages;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.web.PageHeaders;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without sign-in (dev mode, the tests) nobody is signed in: the header names nobody and offers no "Sign out". */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class PagesWithoutSignInShowNoUserTest {

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @Test
    void thePagesShowNoSignedInPersonAndNoSignOutLink() {
        // Three pages and an error page (no such patient): each as it should be, not merely some page.
        for (String[] page : new String[][] {
            {"/", "200"},
            {"/practices/DEMOEMIS", "200"},
            {"/patients/9990001243", "200"},
            {"/patients/9990000018", "404"}
        }) {
            given().accept("text/html")
                    .get(page[0])
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(Integer.parseInt(page[1]))
                    .contentType(startsWith("text/html"))
                    .body(containsString("nhsuk-header__service-name"))
                    .body(not(containsString("nhsuk-header__account")))
                    .body(not(containsString("/sign-out")))
                    .body(not(containsString("Signed in as")));
        }
    }

    @Test
    void signingOutWithoutASessionEndsOnTheSignedOutPage() {
        given().accept("text/html")
                .redirects()
                .follow(false)
                .get("/sign-out")
                .then()
                .statusCode(303)
                .header("Location", "/signed-out");
        given().accept("text/html")
                .get("/signed-out")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(PageHeaders.CONTENT_SECURITY_POLICY))
                .header("Cache-Control", "no-store")
                .body(containsString("<h1 class=\"nhsuk-heading-xl\">You have signed out</h1>"))
                .body(containsString("<a class=\"nhsuk-link\" href=\"/\">Sign in again</a>"))
                .body(not(containsString("nhsuk-header__account")));
    }
}
