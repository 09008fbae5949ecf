package io.github.recordaccess.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Administrators changing the registry at once, through HTTP, on whichever database the subclass's profile gives
 * the service: changes apply one at a time, so the registry always holds exactly one upload; a change that waits too
 * long for another is a 409 registry-changed and changes nothing; a database that is only busy is never a 503.
 * "Another replica" is a transaction of the test's own that holds the registry as a replica's change would.
 */
abstract class ConcurrentAdminsContract {

    static final String PATH = RegistryContract.PATH;
    static final int UPLOADS = 16;
    static final int PRACTICES = 300;

    @Inject
    RegistryDataSource database;

    @Inject
    DatabaseConfig config;

    private final ExecutorService admins = Executors.newFixedThreadPool(UPLOADS);

    @BeforeEach
    void emptyRegistry() {
        given().contentType(ContentType.JSON)
                .body("[]")
                .queryParam("allowEmpty", "true")
                .put(PATH)
                .then()
                .statusCode(200);
    }

    @AfterEach
    void stopAdmins() {
        admins.shutdownNow();
    }

    @Test
    void sixteenConcurrentUploadsOfTheirOwnPracticesEndWithExactlyOneWholeUpload() throws Exception {
        concurrentUploadsEndWithExactlyOneWholeUpload(false);
    }

    @Test
    void sixteenConcurrentUploadsSharingTheirCodesEndWithExactlyOneWholeUploadAndNo503() throws Exception {
        concurrentUploadsEndWithExactlyOneWholeUpload(true);
    }

    @Test
    void aChangeWaitsForAnotherReplicasUploadAndAppliesOnTopOfIt() throws Exception {
        putCsv(List.of("C81001,Old Name,EMIS,")).then().statusCode(200);

        Future<ExtractableResponse<Response>> change;
        try (Connection otherReplica = database.connection()) {
            otherReplica.setAutoCommit(false);
            execute(otherReplica, "UPDATE registry_revision SET revision = revision + 1 WHERE id = 1");
            execute(otherReplica, "DELETE FROM practice");
            execute(otherReplica, insert("C81001", "Other Replica's Name"));
            execute(otherReplica, insert("C81002", "Vale Practice"));

            change = admins.submit(() -> given().contentType(ContentType.JSON)
                    .body("{\"name\":\"Hill Surgery\",\"system\":\"TPP\"}")
                    .put(PATH + "/C81001")
                    .then()
                    .extract());
            Thread.sleep(500);
            assertThat(change).as("the change waits for the other replica's").isNotDone();
            otherReplica.commit();
        }

        // 200 "updated": it found the other replica's C81001, so it ran after that upload, not beside it.
        assertThat(change.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        given().when()
                .get(PATH)
                .then()
                .body("odsCode", contains("C81001", "C81002"))
                .body("name", contains("Hill Surgery", "Vale Practice"));
    }

    @Test
    void changesThatWaitLongerThanTheLockWaitAre409AndChangeNothing() throws Exception {
        putCsv(List.of("B82001,High Street Surgery,EMIS,2023-10-31")).then().statusCode(200);
        Duration lockWait = config.lockWait();

        List<Callable<ExtractableResponse<Response>>> changes = List.of(
                () -> putCsv(List.of("C81001,Hill Surgery,TPP,")).then().extract(),
                () -> given().contentType(ContentType.JSON)
                        .body("{\"name\":\"Hill Surgery\",\"system\":\"TPP\"}")
                        .put(PATH + "/C81001")
                        .then()
                        .extract(),
                () -> given().delete(PATH + "/B82001").then().extract());
        List<ExtractableResponse<Response>> answers = new ArrayList<>();
        long started = System.nanoTime();
        try (Connection otherReplica = database.connection()) {
            otherReplica.setAutoCommit(false);
            execute(otherReplica, "UPDATE registry_revision SET revision = revision + 1 WHERE id = 1");
            for (Future<ExtractableResponse<Response>> answer : admins.invokeAll(changes)) {
                answers.add(answer.get());
            }
            otherReplica.rollback();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("type")).isEqualTo("/problems/registry-changed");
            assertThat(answer.jsonPath().getString("detail")).contains("was not applied", "Read the registry");
        });
        assertThat(took)
                .as("each waited the lock wait (a change in this replica may wait it twice), and no longer")
                .isBetween(lockWait.minusMillis(100), lockWait.multipliedBy(2).plusSeconds(4));
        given().when().get(PATH).then().body("odsCode", contains("B82001"));
    }

    private void concurrentUploadsEndWithExactlyOneWholeUpload(boolean sharedCodes) throws Exception {
        List<List<String>> uploads = IntStream.range(0, UPLOADS)
                .mapToObj(upload -> IntStream.range(0, PRACTICES)
                        .mapToObj(i -> String.format(
                                "%s%03d,Upload %d practice %d,%s,%s",
                                sharedCodes ? "P00" : "U" + (10 + upload),
                                i,
                                upload,
                                i,
                                i % 2 == 0 ? "EMIS" : "TPP",
                                i % 3 == 0 ? "" : "2024-01-" + (10 + upload)))
                        .toList())
                .toList();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        for (int upload = 0; upload < UPLOADS; upload++) {
            List<String> lines = uploads.get(upload);
            boolean asJson = upload % 2 == 1;
            answers.add(admins.submit(() -> {
                go.await();
                return (asJson ? putJson(lines) : putCsv(lines)).then().extract();
            }));
        }
        go.countDown();

        List<List<String>> applied = new ArrayList<>();
        for (int upload = 0; upload < UPLOADS; upload++) {
            ExtractableResponse<Response> answer = answers.get(upload).get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode())
                    .as("upload %d: %s", upload, answer.asString())
                    .isIn(200, 409);
            if (answer.statusCode() == 200) {
                assertThat(stored(answer))
                        .as("upload %d answers what it stored", upload)
                        .isEqualTo(uploads.get(upload));
                applied.add(uploads.get(upload));
            } else {
                assertThat(answer.jsonPath().getString("type")).isEqualTo("/problems/registry-changed");
            }
        }
        assertThat(applied).as("at least one upload was applied").isNotEmpty();
        List<String> registry =
                stored(given().when().get(PATH).then().statusCode(200).extract());
        assertThat(registry).hasSize(PRACTICES);
        assertThat(applied).as("the registry is exactly one applied upload").contains(registry);
    }

    /** The answer's entries as the upload's CSV lines. */
    private static List<String> stored(ExtractableResponse<Response> answer) {
        List<String> codes = answer.path("odsCode");
        List<String> names = answer.path("name");
        List<String> systems = answer.path("system");
        List<String> dates = answer.path("goLiveDate");
        return IntStream.range(0, codes.size())
                .mapToObj(i -> codes.get(i) + "," + names.get(i) + "," + systems.get(i) + ","
                        + (dates.get(i) == null ? "" : dates.get(i)))
                .toList();
    }

    private static Response putCsv(List<String> lines) {
        return given().contentType("text/csv")
                .body("ods_code,name,system,go_live_date\n" + String.join("\n", lines) + "\n")
                .put(PATH);
    }

    private static Response putJson(List<String> lines) {
        String array = lines.stream()
                .map(line -> line.split(",", -1))
                .map(f -> "{\"odsCode\":\"" + f[0] + "\",\"name\":\"" + f[1] + "\",\"system\":\"" + f[2]
                        + "\",\"goLiveDate\":" + (f[3].isEmpty() ? "null" : "\"" + f[3] + "\"") + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return given().contentType(ContentType.JSON).body(array).put(PATH);
    }

    private static String insert(String odsCode, String name) {
        return "INSERT INTO practice (ods_code, practice_name, clinical_system, go_live_date, updated_at) VALUES ('"
                + odsCode + "', '" + name.replace("'", "''") + "', 'EMIS', NULL, CURRENT_TIMESTAMP)";
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
