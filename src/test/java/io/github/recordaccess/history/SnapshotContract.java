package io.github.recordaccess.history;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.recordaccess.fhir.CohortRoute;
import io.github.recordaccess.fhir.CohortRouteStatus;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.web.Routes;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshots, their history and the gauges, through HTTP, on whichever database the subclass's profile gives. */
abstract class SnapshotContract {

    static final String SNAPSHOTS = "/api/v1/admin/snapshots";
    static final PracticeFixture STANDARD = PracticeFixture.standard("A12345", "org-a", 1);

    @InjectFhirServer
    FhirStub fhir;

    @Inject
    ExcludedShares excludedShares;

    @Inject
    PracticeRegistry registry;

    @Inject
    SnapshotStore store;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void practices() {
        fhir.reset();
        fhir.serve(STANDARD, PAGE_SIZE);
        fhir.search("Organization", Map.of("identifier", FhirStub.odsTokens("Z99999")), List.of(), PAGE_SIZE);
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Organization"))
                        .atPriority(1)
                        .withQueryParam(
                                "identifier",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(FhirStub.odsTokens("ERR001")))
                        .willReturn(aResponse().withStatus(500)));
        registry.replaceAll(List.of(
                new PracticeEntry("A12345", "Standard Surgery", ClinicalSystem.EMIS, LocalDate.of(2023, 10, 31)),
                new PracticeEntry("ERR001", "Failing Surgery", ClinicalSystem.TPP, null),
                new PracticeEntry("Z99999", "Unknown Surgery", ClinicalSystem.TPP, null)));
        store.pruneBefore(today.plusDays(1));
    }

    @AfterEach
    void emptyRegistry() {
        registry.replaceAll(List.of());
        store.pruneBefore(today.plusDays(1));
    }

    @Test
    void aSnapshotStoresOnePointPerPracticeWithTheSummarysFiguresAndFailuresAsErrors() {
        given().when()
                .post(SNAPSHOTS)
                .then()
                .statusCode(200)
                .body("date", equalTo(today.toString()))
                .body("practicesOk", equalTo(1))
                .body("practicesError", equalTo(2));

        JsonPath summary = given().queryParam("asOf", today.toString())
                .get("/api/v1/practices/A12345/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath history = given().get("/api/v1/practices/A12345/history")
                .then()
                .statusCode(200)
                .body("practiceOdsCode", equalTo("A12345"))
                .body("from", equalTo(today.minusYears(1).toString()))
                .body("to", equalTo(today.toString()))
                .body("points", hasSize(1))
                .extract()
                .jsonPath();
        assertThat(history.getString("points[0].date")).isEqualTo(today.toString());
        assertThat(history.getString("points[0].status")).isEqualTo("OK");
        for (String field : List.of(
                "patients",
                "eligiblePatients",
                "recommendations",
                "flags",
                "bulkCoded104",
                "excludedPercent",
                "actionPlanRequired")) {
            assertThat(history.getString("points[0]." + field)).as(field).isEqualTo(summary.getString(field));
        }

        given().get("/api/v1/practices/ERR001/history")
                .then()
                .statusCode(200)
                .body("points[0].status", equalTo("ERROR"))
                .body("points[0].problem.type", equalTo("/problems/fhir-error-response"))
                .body("points[0]", not(hasKey("patients")))
                .body("points[0]", not(hasKey("recommendations")));
        given().get("/api/v1/practices/Z99999/history")
                .then()
                .body("points[0].problem.type", equalTo("/problems/practice-not-found"));
    }

    @Test
    void aSnapshotRunLeavesOneSnapshotRunAuditEventAndNoRegistryChange() throws Exception {
        List<JsonNode> events;
        try (LogCapture capture = LogCapture.install()) {
            given().post(SNAPSHOTS).then().statusCode(200);
            events = AuditEvents.in(capture);
        }

        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("snapshot-run");
        assertThat(events.get(0).path("endpoint").asText()).isEqualTo(Routes.ADMIN_SNAPSHOTS);
        assertThat(events.get(0).path("method").asText()).isEqualTo("POST");
        assertThat(events.get(0).path("status").asInt()).isEqualTo(200);
    }

    @Inject
    SnapshotSchedule schedule;

    @Test
    void aScheduledRunLeavesOneSnapshotRunAuditEventByTheScheduler() throws Exception {
        Instant fireTime =
                Instant.now().plusSeconds(3600 * 24 * 365).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        io.quarkus.scheduler.ScheduledExecution execution = new io.quarkus.scheduler.ScheduledExecution() {
            @Override
            public io.quarkus.scheduler.Trigger getTrigger() {
                return null;
            }

            @Override
            public Instant getFireTime() {
                return fireTime;
            }

            @Override
            public Instant getScheduledFireTime() {
                return fireTime;
            }
        };
        List<JsonNode> events;
        try (LogCapture capture = LogCapture.install()) {
            schedule.tick(execution);
            events = AuditEvents.in(capture);
        }

        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly("snapshot-run");
        JsonNode event = events.get(0);
        assertThat(event.path("caller").path("sub").asText()).isEqualTo("scheduler");
        assertThat(event.path("tick").asText()).isEqualTo(fireTime.toString());
        assertThat(event.path("run").path("date").asText()).isEqualTo(today.toString());
        assertThat(event.path("run").path("practicesOk").asInt()
                        + event.path("run").path("practicesError").asInt())
                .as("every registered practice")
                .isEqualTo(registry.all().size());
    }

    @Test
    void theIcbHistoryTotalsTheOkPracticesOfEachDay() {
        given().post(SNAPSHOTS).then().statusCode(200);
        JsonPath summary = given().queryParam("asOf", today.toString())
                .get("/api/v1/practices/A12345/summary")
                .then()
                .extract()
                .jsonPath();
        store.insert(
                List.of(SnapshotPoint.ok(
                        "B00002",
                        today.minusDays(7),
                        Instant.now().minusSeconds(7 * 86400),
                        new Figures(
                                10,
                                8,
                                Map.of(
                                        io.github.recordaccess.rules.Recommendation.OFFER_OPT_IN, 5,
                                        io.github.recordaccess.rules.Recommendation.PROVISION_ACCESS, 3,
                                        io.github.recordaccess.rules.Recommendation.NOT_APPLICABLE, 2),
                                Map.of(io.github.recordaccess.rules.AccessFlag.ACTIVE_104, 5),
                                5,
                                62.5,
                                true,
                                List.of()),
                        false)),
                null);

        given().queryParam("from", today.minusDays(7).toString())
                .get("/api/v1/history")
                .then()
                .statusCode(200)
                .body("points.date", contains(today.minusDays(7).toString(), today.toString()))
                .body("points[0].practicesOk", equalTo(1))
                .body("points[0].practicesOverActionPlanLine", equalTo(1))
                .body("points[0].totals.excludedPercent", equalTo(62.5f))
                .body("points[1].practicesOk", equalTo(1))
                .body("points[1].practicesError", equalTo(2))
                .body("points[1].totals.patients", equalTo(summary.getInt("patients")))
                .body("points[1].totals.eligiblePatients", equalTo(summary.getInt("eligiblePatients")))
                .body("points[1].totals.recommendations", equalTo(summary.getMap("recommendations")))
                .body("points[1].totals.flags", equalTo(summary.getMap("flags")))
                .body("points[1].totals.bulkCoded104", equalTo(summary.getInt("bulkCoded104")))
                .body("points[1].totals.excludedPercent", equalTo(summary.getFloat("excludedPercent")));
    }

    @Test
    void theOverviewsTrendLinesReadEachDaysLatestPointWhenItIsOk() {
        Instant morning = Instant.now().minusSeconds(3600);
        Instant evening = Instant.now();
        LocalDate day1 = today.minusDays(3);
        LocalDate day2 = today.minusDays(2);
        LocalDate day3 = today.minusDays(1);
        store.insert(
                List.of(
                        SnapshotPoint.ok("S00001", day1, morning, excluded(10.0), false),
                        SnapshotPoint.ok("S00001", day1, evening, excluded(20.0), false),
                        SnapshotPoint.ok("S00001", day2, morning, excluded(30.0), false),
                        SnapshotPoint.error("S00001", day2, evening, "/problems/fhir-unavailable", "down"),
                        SnapshotPoint.ok("S00001", day3, morning, excluded(40.0), false),
                        SnapshotPoint.ok("S00002", day1, morning, excluded(5.5), false),
                        SnapshotPoint.ok("S00002", today.minusYears(2), morning, excluded(99.0), false)),
                null);
        assertThat(excludedShares.between(today.minusYears(1), today).stream()
                        .filter(s -> s.odsCode().startsWith("S0000"))
                        .toList())
                .containsExactly(
                        new ExcludedShares.ExcludedShare("S00001", day1, 20.0),
                        new ExcludedShares.ExcludedShare("S00001", day3, 40.0),
                        new ExcludedShares.ExcludedShare("S00002", day1, 5.5));
    }

    private static Figures excluded(double percent) {
        return new Figures(100, 100, Map.of(), Map.of(), 0, percent, percent > 50, List.of());
    }

    @Test
    void aSnapshotStoresTheRoutesItSearchedAndAStoredPointReadsThemBack() {
        given().post(SNAPSHOTS).then().statusCode(200);
        JsonPath summary = given().queryParam("asOf", today.toString())
                .get("/api/v1/practices/A12345/summary")
                .then()
                .extract()
                .jsonPath();
        List<CohortRouteStatus> stored =
                store.latestOnOrBefore(today).get("A12345").figures().cohortRoutes();
        assertThat(stored).as("every OK point says which routes were searched").isNotNull();
        assertThat(stored)
                .extracting(r -> r.route().name())
                .containsExactlyElementsOf(summary.getList("cohortRoutes.route", String.class));
        assertThat(stored)
                .extracting(CohortRouteStatus::searched)
                .containsExactlyElementsOf(summary.getList("cohortRoutes.searched", Boolean.class));
        assertThat(store.latestOnOrBefore(today).get("ERR001").figures()).isNull();

        // A route not searched, its detail (tabs and line breaks made spaces), a point with no routes, and one stored
        // before the column existed (NULL: unknown): each reads back as it was written, on this database.
        List<CohortRouteStatus> missed = List.of(
                new CohortRouteStatus(CohortRoute.ORGANIZATION, true, "Patient?general-practitioner=Organization/x"),
                new CohortRouteStatus(CohortRoute.ODS_IDENTIFIER, false, "refused:\tthe server\nsaid no"));
        store.insert(
                List.of(
                        SnapshotPoint.ok("R00001", today, Instant.now(), withRoutes(missed), false),
                        SnapshotPoint.ok("R00002", today, Instant.now(), withRoutes(List.of()), false),
                        SnapshotPoint.ok("R00003", today, Instant.now(), withRoutes(null), false)),
                null);
        Map<String, SnapshotPoint> latest = store.latestOnOrBefore(today);
        assertThat(latest.get("R00001").figures().cohortRoutes())
                .containsExactly(
                        missed.get(0),
                        new CohortRouteStatus(CohortRoute.ODS_IDENTIFIER, false, "refused: the server said no"));
        assertThat(latest.get("R00002").figures().cohortRoutes()).isEmpty();
        assertThat(latest.get("R00003").figures().cohortRoutes()).isNull();
    }

    private static Figures withRoutes(List<CohortRouteStatus> routes) {
        return new Figures(10, 10, Map.of(), Map.of(), 0, 0.0, false, routes);
    }

    @Test
    void aDaySnapshotTwiceShowsItsLatestPoint() {
        given().post(SNAPSHOTS).then().statusCode(200);
        String first =
                given().get("/api/v1/practices/A12345/history").then().extract().path("points[0].evaluatedAt");
        given().post(SNAPSHOTS).then().statusCode(200);
        given().get("/api/v1/practices/A12345/history")
                .then()
                .body("points", hasSize(1))
                .body("points[0].evaluatedAt", not(equalTo(first)));
    }

    @Test
    void pointsOlderThanTheRetentionArePruned() {
        store.insert(
                List.of(
                        SnapshotPoint.error(
                                "A12345", today.minusYears(3).minusDays(1), Instant.now(), "/problems/x", "old"),
                        SnapshotPoint.error(
                                "A12345", today.minusYears(3).plusDays(1), Instant.now(), "/problems/x", "kept")),
                null);
        given().post(SNAPSHOTS).then().statusCode(200).body("pruned", equalTo(1));
        given().queryParam("from", today.minusYears(5).toString())
                .get("/api/v1/practices/A12345/history")
                .then()
                .body("points.date", contains(today.minusYears(3).plusDays(1).toString(), today.toString()));
    }

    @Test
    void bothHistoriesAnswerCsv() {
        given().post(SNAPSHOTS).then().statusCode(200);
        String practice = given().accept("text/csv")
                .get("/api/v1/practices/ERR001/history")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(practice.split("\r\n")).hasSize(2);
        assertThat(practice)
                .startsWith("date,evaluated_at,status,demo,patients,eligible_patients,provision_access,")
                .contains(",ERROR,false,")
                .contains("/problems/fhir-error-response");
        String icb = given().accept("text/csv")
                .get("/api/v1/history")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(icb.split("\r\n")).hasSize(2);
        assertThat(icb)
                .startsWith("date,practices_ok,practices_error,practices_over_action_plan_line,patients,")
                .contains(today + ",1,2,");
    }

    @Test
    void fromAndToAreChecked() {
        for (String path : List.of("/api/v1/history", "/api/v1/practices/A12345/history")) {
            given().queryParam("from", "2024-02-01")
                    .queryParam("to", "2024-01-01")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("must not be after to"));
            given().queryParam("from", today.minusYears(5).minusDays(1).toString())
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("detail", containsString("at most 5 years"));
            given().queryParam("to", today.plusDays(1).toString())
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("detail", containsString("to must not be after today"));
            given().queryParam("from", "2024-02-30")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("detail", containsString("from"));
            // One day type for asOf, from and to: nothing before 2000-01-01.
            given().queryParam("from", "1999-12-31")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("/problems/invalid-parameter"))
                    .body("detail", startsWith("from must be a real calendar date YYYY-MM-DD from 2000-01-01"));
            given().queryParam("to", "1999-12-31")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body("detail", startsWith("to must be a real calendar date YYYY-MM-DD from 2000-01-01"));
            given().queryParam("from", "2000-01-01")
                    .queryParam("to", "2004-12-31")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("from", equalTo("2000-01-01"));
            given().queryParam("since", "2024-01-01").get(path).then().statusCode(400);
        }
    }

    @Test
    void theGaugesShowEachPracticesNewestOkPointAndTheSnapshotsAge() {
        given().post(SNAPSHOTS).then().statusCode(200);
        JsonPath summary = given().queryParam("asOf", today.toString())
                .get("/api/v1/practices/A12345/summary")
                .then()
                .extract()
                .jsonPath();
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .contains("practice_excluded_percent{practice=\"A12345\"} " + summary.getDouble("excludedPercent"))
                .contains("practice_patients{practice=\"A12345\",recommendation=\"OFFER_OPT_IN\"} "
                        + summary.getDouble("recommendations.OFFER_OPT_IN"))
                .contains("practice_action_plan_required{practice=\"A12345\"} 0.0")
                .doesNotContain("practice=\"ERR001\"")
                .containsPattern("(?m)^snapshot_age_seconds [0-9.]+(E-?[0-9]+)?$")
                .containsPattern("(?m)^practice_evaluations_seconds_count\\{outcome=\"success\"} [1-9]");
    }
}
