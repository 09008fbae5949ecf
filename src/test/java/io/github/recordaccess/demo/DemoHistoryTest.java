package io.github.recordaccess.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dev mode's demo history: a year of weekly points per demo practice, evaluated from the demo records, marked demo. */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class DemoHistoryTest {

    @Inject
    DemoHistorySeed seed;

    @Test
    void aYearOfWeeklyDemoPointsIsWrittenOnce() {
        assertThat(seed.seedIfMissing()).isEqualTo(2 * DemoHistorySeed.WEEKS);
        assertThat(seed.seedIfMissing()).isZero();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        var history = given().queryParam(
                        "from", today.minusWeeks(DemoHistorySeed.WEEKS).toString())
                .get("/api/v1/practices/DEMOEMIS/history")
                .then()
                .statusCode(200)
                .body("points", hasSize(DemoHistorySeed.WEEKS))
                .body("points.demo", everyItem(equalTo(true)))
                .body("points.status", everyItem(equalTo("OK")))
                .extract()
                .jsonPath();
        assertThat(history.getString("points[0].date"))
                .isEqualTo(today.minusWeeks(52).toString());
        // The bulk-coding day (2023-10-20) lies before the year, so every week counts the same bulk 104s.
        List<Integer> patients = history.getList("points.patients", Integer.class);
        assertThat(patients).allMatch(n -> n > 0 && n <= 197);
        given().get("/api/v1/history")
                .then()
                .statusCode(200)
                .body("points", hasSize(DemoHistorySeed.WEEKS))
                .body("points[0].practicesOk", equalTo(2));
    }
}
