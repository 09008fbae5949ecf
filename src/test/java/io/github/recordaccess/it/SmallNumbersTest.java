package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.FhirFixtures.childProtectionPlan;
import static io.github.recordaccess.fixtures.FhirFixtures.nhsNumber;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.security.Scope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small numbers (issue 23): an ICB analyst (figures only) is not told a named practice's count of a sensitive group
 * when it is from 1 to {@code access.scope.small-number} (7), so that the count cannot point at a child. The summary's
 * {@code safeguardingConcerns} is then null with {@code safeguardingConcernsFewerThan: 8}; the checklist's TURNING_16
 * step leaves its {@code safeguardingConcerns} out with the same {@code safeguardingConcernsFewerThan}; and for that
 * caller no checklist step links to a worklist. 0 and 8 or more show as they are. The practice's own staff and a reader
 * see the real numbers and the links. One practice per count, each with {@code n} children turning 16 within the
 * checklist's 90 days on a child protection plan (so both counts are {@code n}), one such child without a concern and
 * one adult.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(SecuredProfile.class)
class SmallNumbersTest {

    static final String AS_OF = PracticeFixture.AS_OF.toString();
    /** 16 on 2024-07-01, within 90 days of AS_OF. */
    static final String TURNING_16 = "2008-07-01";

    static final List<Integer> COUNTS = List.of(0, 1, 7, 8);
    static final Map<Integer, PracticeFixture> PRACTICES = practices();

    @InjectFhirServer
    FhirStub fhir;

    @jakarta.inject.Inject
    PracticeRegistry registry;

    /** Who asks: an ICB analyst, the practice's own staff, a reader. */
    enum Caller {
        ICB,
        OWN_STAFF,
        READER;

        String token(String odsCode) {
            return switch (this) {
                case ICB -> TestTokens.withScope(List.of(Scope.ICB), List.of());
                case OWN_STAFF -> TestTokens.withScope(List.of(Scope.PRACTICE), List.of(odsCode));
                case READER -> TestTokens.withScope(List.of(Scope.READER), List.of());
            };
        }

        boolean figuresOnly() {
            return this == ICB;
        }
    }

    @BeforeEach
    void servedAndRegistered() {
        fhir.reset();
        for (PracticeFixture practice : PRACTICES.values()) {
            fhir.serve(practice, WireMockFhirResource.PAGE_SIZE);
            // Registered, as the ICB's figures are for registered practices; not live, so no go-live steps.
            registry.put(new PracticeEntry(
                    practice.odsCode(), "Small numbers " + practice.odsCode(), ClinicalSystem.EMIS, null));
        }
    }

    @AfterEach
    void unregistered() {
        PRACTICES.values().forEach(p -> registry.delete(p.odsCode()));
    }

    static Stream<Arguments> countsAndCallers() {
        List<Arguments> cases = new ArrayList<>();
        for (int count : COUNTS) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(count, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} concerns, asked by {1}")
    @MethodSource("countsAndCallers")
    void theSummaryHidesASmallCountOfConcernsFromFiguresOnlyCallers(int count, Caller caller) {
        String ods = PRACTICES.get(count).odsCode();
        JsonPath summary = given().auth()
                .oauth2(caller.token(ods))
                .queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/practices/" + ods + "/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> fields = summary.getMap("$");
        if (hidden(count, caller)) {
            assertThat(fields)
                    .containsEntry("safeguardingConcerns", null)
                    .containsEntry("safeguardingConcernsFewerThan", 8);
        } else {
            assertThat(fields)
                    .containsEntry("safeguardingConcerns", count)
                    .doesNotContainKey("safeguardingConcernsFewerThan");
        }
        assertThat(summary.getInt("patients")).as("the other figures stay").isEqualTo(count + 2);
    }

    @ParameterizedTest(name = "{0} concerns, asked by {1}")
    @MethodSource("countsAndCallers")
    void theTurning16StepHidesASmallCountOfConcernsAndFiguresOnlyStepsLinkNowhere(int count, Caller caller) {
        String ods = PRACTICES.get(count).odsCode();
        JsonPath checklist = given().auth()
                .oauth2(caller.token(ods))
                .queryParam("asOf", AS_OF)
                .when()
                .get("/api/v1/practices/" + ods + "/checklist")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> turning16 = checklist.getMap("serviceSteps.find { it.id == 'TURNING_16' }");
        assertThat(turning16).as("the TURNING_16 step").isNotNull().containsEntry("patients", count + 1);
        if (hidden(count, caller)) {
            assertThat(turning16)
                    .doesNotContainKey("safeguardingConcerns")
                    .containsEntry("safeguardingConcernsFewerThan", 8);
        } else {
            assertThat(turning16)
                    .containsEntry("safeguardingConcerns", count)
                    .doesNotContainKey("safeguardingConcernsFewerThan");
        }

        List<Map<String, Object>> steps = new ArrayList<>(checklist.getList("steps"));
        steps.addAll(checklist.getList("serviceSteps"));
        steps.add(checklist.getMap("closingDuty"));
        if (caller.figuresOnly()) {
            assertThat(steps)
                    .as("counts without links to worklists")
                    .allSatisfy(step -> assertThat(step).doesNotContainKeys("href", "safeguardingConcernsHref"));
            assertThat(steps)
                    .as("the counts stay")
                    .anySatisfy(step -> assertThat(step).containsKey("patients"));
        } else {
            assertThat(turning16).containsKeys("href", "safeguardingConcernsHref");
        }
    }

    private static boolean hidden(int count, Caller caller) {
        return caller.figuresOnly() && count >= 1 && count <= 7;
    }

    private static Map<Integer, PracticeFixture> practices() {
        Map<Integer, PracticeFixture> practices = new java.util.TreeMap<>();
        int serial = 8500;
        for (int count : COUNTS) {
            String ods = "SMN00" + count;
            PracticeFixture practice = new PracticeFixture(ods, "org-smn" + count);
            practice.patient("org-smn" + count + "-adult", nhsNumber(serial++), "1980-01-01");
            practice.patient("org-smn" + count + "-child", nhsNumber(serial++), TURNING_16);
            for (int i = 0; i < count; i++) {
                var child = practice.patient("org-smn" + count + "-cp" + i, nhsNumber(serial++), TURNING_16);
                practice.observation(child, childProtectionPlan(), "2023-02-01");
            }
            practices.put(count, practice);
        }
        return practices;
    }
}
