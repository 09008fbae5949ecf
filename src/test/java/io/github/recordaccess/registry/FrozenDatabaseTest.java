package io.github.recordaccess.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.agroal.api.AgroalDataSource;
import io.github.recordaccess.fixtures.OnOwnPostgres;
import io.github.recordaccess.fixtures.OwnPostgresResource;
import io.github.recordaccess.fixtures.PostgresFreeze;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL server that freezes (SIGSTOP: connections stay open, nothing answers) is a 503 database-unavailable
 * within seconds, for a request already holding a connection and for one that needs a new one, and the service
 * recovers by itself once it thaws, with nothing lost. The server is this class's own, so no other class sees it
 * frozen.
 */
@QuarkusTest
@TestProfile(OnOwnPostgres.class)
class FrozenDatabaseTest {

    static final String PATH = RegistryContract.PATH;
    /** The socket timeout (5 s by default) with room for a slow machine; a frozen server used to hang requests. */
    static final Duration BOUND = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource pool;

    @Inject
    RegistryDataSource database;

    @ConfigProperty(name = OwnPostgresResource.DATA_DIRECTORY)
    String dataDirectory;

    @Test
    void aFrozenDatabaseIsA503WithinSecondsAndTheServiceRecoversWhenItThaws() throws Exception {
        given().contentType("text/csv")
                .body(RegistryContract.CSV)
                .queryParam("allowEmpty", "true")
                .put(PATH)
                .then()
                .statusCode(200);
        // The same calls once before the freeze, so that the bound below measures the database, not a cold start.
        given().get(PATH).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Riverside Health Centre\",\"system\":\"TPP\"}")
                .put(PATH + "/Y02345")
                .then()
                .statusCode(200);

        try (Connection otherReplica = database.connection()) {
            // A change that is inside the database, waiting for another replica's, when the database freezes.
            otherReplica.setAutoCommit(false);
            try (Statement s = otherReplica.createStatement()) {
                s.execute("UPDATE registry_revision SET revision = revision + 1 WHERE id = 1");
            }
            AtomicLong answeredAt = new AtomicLong();
            CompletableFuture<ExtractableResponse<Response>> waiting = CompletableFuture.supplyAsync(() -> {
                ExtractableResponse<Response> answer = given().contentType("text/csv")
                        .body("ods_code,name,system,go_live_date\nC81001,Hill Surgery,TPP,\n")
                        .put(PATH)
                        .then()
                        .extract();
                answeredAt.set(System.nanoTime());
                return answer;
            });
            Thread.sleep(500);

            try (PostgresFreeze frozen = PostgresFreeze.of(Path.of(dataDirectory))) {
                long frozenAt = System.nanoTime();
                unavailable("a registry read on a pooled connection", () -> given().get(PATH));
                unavailable(
                        "a registry write",
                        () -> given().contentType(ContentType.JSON)
                                .body("{\"name\":\"Vale Practice\",\"system\":\"EMIS\"}")
                                .put(PATH + "/C81002"));
                ExtractableResponse<Response> held = waiting.get(BOUND.toSeconds(), TimeUnit.SECONDS);
                assertThat(held.statusCode())
                        .as("the change waiting inside the database")
                        .isEqualTo(503);
                assertThat(held.jsonPath().getString("type")).isEqualTo("/problems/database-unavailable");
                assertThat(Duration.ofNanos(answeredAt.get() - frozenAt)).isLessThan(BOUND);

                // No connection left in the pool: the next request must open one to the frozen server.
                pool.flush(AgroalDataSource.FlushMode.IDLE);
                Thread.sleep(500);
                unavailable("a registry read on a new connection", () -> given().get(PATH));
            }
            otherReplica.rollback();
        }

        given().when().get(PATH).then().statusCode(200).body("odsCode", contains("B82001", "Y02345"));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Vale Practice\",\"system\":\"EMIS\"}")
                .put(PATH + "/C81002")
                .then()
                .statusCode(201);
        given().when().get(PATH).then().statusCode(200).body("odsCode", contains("B82001", "C81002", "Y02345"));
    }

    private static void unavailable(String call, Supplier<Response> request) {
        long started = System.nanoTime();
        Response answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answer.statusCode()).as(call).isEqualTo(503);
        assertThat(answer.contentType()).as(call).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).as(call).isEqualTo("/problems/database-unavailable");
        assertThat(took).as(call).isLessThan(BOUND);
    }
}
