package io.github.recordaccess.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.fhir.FhirFactsMapper;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.ActionAdvisor;
import io.github.recordaccess.rules.BulkCodingDetector;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.FuzzyDate;
import io.github.recordaccess.rules.MergeLinks;
import io.github.recordaccess.rules.OrganizationIdentity;
import io.github.recordaccess.rules.PatientFacts;
import io.github.recordaccess.rules.PracticeContext;
import io.github.recordaccess.rules.RecommendationEngine;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service against the demo's synthetic FHIR server: every answer equals the engine applied
 * directly to the generated resources, so the demo server answers every search correctly, paging included.
 */
@QuarkusTest
@WithTestResource(SyntheticFhirResource.class)
class DemoServiceTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final Map<String, List<AccessRecommendation>> EXPECTED = expected(AS_OF);

    /** The engine's answers computed without any HTTP, per practice, with the default bulk threshold of 50. */
    static Map<String, List<AccessRecommendation>> expected(LocalDate asOf) {
        FhirFactsMapper mapper = new FhirFactsMapper(CodeSets.snomedDefaults());
        RecommendationEngine engine = new RecommendationEngine(Clock.system(FuzzyDate.LONDON));
        BulkCodingDetector detector = new BulkCodingDetector(50);
        Map<String, List<Resource>> coded = new HashMap<>();
        List<Patient> patients = new ArrayList<>();
        for (Resource r : DemoPractices.resources()) {
            if (r instanceof Patient p) {
                patients.add(p);
            } else if (r instanceof Observation o) {
                coded.computeIfAbsent(o.getSubject().getReferenceElement().getIdPart(), k -> new ArrayList<>())
                        .add(r);
            } else if (r instanceof Condition c) {
                coded.computeIfAbsent(c.getSubject().getReferenceElement().getIdPart(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        Map<String, List<AccessRecommendation>> byPractice = new HashMap<>();
        for (String ods : List.of(DemoPractices.EMIS_ODS, DemoPractices.TPP_ODS)) {
            // By the id the generator gave, not by how the record names its practice: every registration route counts.
            String org = ods.equals(DemoPractices.EMIS_ODS) ? "demo-emis-" : "demo-tpp-";
            List<PatientFacts> facts = patients.stream()
                    // A record merged away is registered nowhere, so in no practice's list.
                    .filter(p -> p.getIdPart().startsWith(org) && p.hasGeneralPractitioner())
                    .map(p -> mapper.toFacts(p, coded.getOrDefault(p.getIdPart(), List.of())))
                    .toList();
            facts = withEntriesOfReplacedRecordsOutside(facts, coded, mapper);
            List<AccessRecommendation> results = engine.evaluateAll(
                    facts, new OrganizationIdentity(org.substring(0, org.length() - 1), ods), asOf, engine.today());
            byPractice.put(ods, detector.applyAll(results).results());
        }
        return byPractice;
    }

    /** As the service fetches them: the entries of records a practice's records replace but it does not hold. */
    private static List<PatientFacts> withEntriesOfReplacedRecordsOutside(
            List<PatientFacts> practice, Map<String, List<Resource>> coded, FhirFactsMapper mapper) {
        Set<String> ids = practice.stream().map(PatientFacts::patientId).collect(Collectors.toSet());
        return practice.stream()
                .map(p -> {
                    MergeLinks links = p.links();
                    for (String replaced : p.links().replaces()) {
                        if (!ids.contains(replaced)) {
                            links = links.withEntriesOf(
                                    replaced,
                                    coded.getOrDefault(replaced, List.of()).stream()
                                            .flatMap(r -> mapper.eventsOf(r).stream())
                                            .toList());
                        }
                    }
                    return p.withLinks(links);
                })
                .toList();
    }

    @Inject
    PracticeRegistry registry;

    @BeforeEach
    void registerTheDemoPractices() {
        registry.replaceAll(DemoPractices.REGISTRY);
    }

    @AfterEach
    void clearTheRegistry() {
        registry.replaceAll(List.of());
    }

    /** The demo practice's context as registered. */
    static PracticeContext registered(String ods) {
        PracticeEntry entry = DemoPractices.REGISTRY.stream()
                .filter(e -> e.odsCode().equals(ods))
                .findFirst()
                .orElseThrow();
        return PracticeContext.of(entry.system(), entry.goLiveDate());
    }

    @Test
    void everyPatientOfBothDemoPracticesMatchesTheEngine() {
        assertMatchesTheEngine(AS_OF, EXPECTED);
    }

    /** As of today (no asOf given), where a 103 or 104 dated in the future counts. */
    @Test
    void everyPatientMatchesTheEngineAsOfToday() {
        Map<String, List<AccessRecommendation>> expectedToday = expected(LocalDate.now(FuzzyDate.LONDON));
        assertThat(expectedToday.values())
                .anySatisfy(results -> assertThat(results)
                        .anyMatch(r -> r.reasons().contains(io.github.recordaccess.rules.Reason.FUTURE_DATED_CODE)));
        assertMatchesTheEngine(null, expectedToday);
    }

    private static void assertMatchesTheEngine(
            LocalDate asOf, Map<String, List<AccessRecommendation>> expectedByPractice) {
        for (String ods : expectedByPractice.keySet()) {
            var request = given().queryParam("size", 1000);
            if (asOf != null) {
                request.queryParam("asOf", asOf.toString());
            }
            JsonPath page = request.when()
                    .get("/api/v1/practices/" + ods + "/access-recommendations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            Map<String, AccessRecommendation> expected = new HashMap<>();
            expectedByPractice.get(ods).forEach(r -> expected.put(r.patientId(), r));

            assertThat(page.getInt("total")).isEqualTo(expected.size());
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                AccessRecommendation want = expected.get((String) item.get("patientId"));
                assertThat(item.get("recommendation"))
                        .as(want.patientId())
                        .isEqualTo(want.recommendation().name());
                assertThat(item.get("flag"))
                        .as(want.patientId())
                        .isEqualTo(want.flag().name());
                assertThat(item.get("reasons"))
                        .as(want.patientId())
                        .isEqualTo(want.reasons().stream().map(Enum::name).toList());
                assertThat(item.get("bulkCoded104")).as(want.patientId()).isEqualTo(want.bulkCoded104());
                assertThat(((List<?>) item.get("actions"))
                                .stream().map(a -> ((Map<?, ?>) a).get("id")).toList())
                        .as(want.patientId())
                        .isEqualTo(ActionAdvisor.actionsFor(want, registered(ods)).stream()
                                .map(a -> a.id().name())
                                .toList());
            }
        }
    }

    @Test
    void theDemoCoversABulkCodingDayAndEveryRecommendation() {
        given().queryParam("asOf", AS_OF.toString())
                .when()
                .get("/api/v1/practices/DEMOEMIS/summary")
                .then()
                .statusCode(200)
                .body("patients", equalTo(197)) // 180 generated (one person registered twice), 14 merged, 3 concerns
                .body("bulkCodingDates[0].date", equalTo("2023-10-20"))
                .body("recommendations.values().every { it > 0 }", equalTo(true));
    }

    @Test
    void aPatientLookupMatchesThePracticeEvaluation() {
        int duplicates = 0;
        for (AccessRecommendation want : EXPECTED.get(DemoPractices.EMIS_ODS).subList(0, 30)) {
            if (want.reasons().contains(io.github.recordaccess.rules.Reason.NO_NHS_NUMBER)) {
                continue; // no number to look the patient up by
            }
            if (want.reasons().contains(io.github.recordaccess.rules.Reason.DUPLICATE_RECORD)) {
                given().queryParam("asOf", AS_OF.toString())
                        .when()
                        .get("/api/v1/patients/" + want.nhsNumber() + "/access-recommendation")
                        .then()
                        .statusCode(409);
                duplicates++;
                continue;
            }
            given().queryParam("asOf", AS_OF.toString())
                    .when()
                    .get("/api/v1/patients/" + want.nhsNumber() + "/access-recommendation")
                    .then()
                    .statusCode(200)
                    .body("recommendation", equalTo(want.recommendation().name()))
                    .body("flag", equalTo(want.flag().name()))
                    .body("practiceOdsCode", equalTo(DemoPractices.EMIS_ODS));
        }
        assertThat(duplicates)
                .as("both records of the demo's duplicate registration")
                .isEqualTo(2);
    }

    @Test
    void probesServeThePathsTheManifestsUse() {
        for (String path : io.github.recordaccess.deploy.Manifests.probePaths()) {
            given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void metricsCountFhirRequestsEvaluationsAndRecommendations() {
        given().queryParam("asOf", AS_OF.toString())
                .when()
                .get("/api/v1/practices/DEMOTPP/summary")
                .then()
                .statusCode(200);

        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString(
                        "fhir_requests_seconds_count{interaction=\"search Patient by practice\",outcome=\"success\"}"))
                .body(containsString("practice_evaluations_seconds_count{outcome=\"success\"}"))
                .body(containsString("recommendations_total{recommendation=\"OFFER_OPT_IN\"}"));
    }

    @Test
    void ordinaryLogsCarryNoPatientData() {
        List<String> lines;
        try (LogCapture capture = LogCapture.install()) {
            for (String ods : EXPECTED.keySet()) {
                // no-cache: other tests may have cached these evaluations, and the capture must see one run.
                given().header("Cache-Control", "no-cache")
                        .queryParam("asOf", AS_OF.toString())
                        .when()
                        .get("/api/v1/practices/" + ods + "/summary")
                        .then()
                        .statusCode(200);
                given().accept("text/csv")
                        .when()
                        .get("/api/v1/practices/" + ods + "/access-recommendations")
                        .then()
                        .statusCode(200);
            }
            AccessRecommendation one = EXPECTED.get(DemoPractices.TPP_ODS).get(3);
            given().when()
                    .get("/api/v1/patients/" + one.nhsNumber() + "/access-recommendation")
                    .then()
                    .statusCode(200);
            given().when()
                    .get("/api/v1/patients/9990000018/access-recommendation")
                    .then()
                    .statusCode(404);
            given().when().get("/api/v1/practices/NOSUCH/summary").then().statusCode(404);
            // The audit category exists to record patient data access; ordinary logs must not.
            lines = capture.lines().stream()
                    .filter(l -> !l.startsWith(io.github.recordaccess.security.AuditLog.CATEGORY + " "))
                    .toList();
        }
        assertThat(lines)
                .as("the capture must see the service's own logs")
                .anyMatch(l -> l.contains("Evaluated practice DEMOEMIS"));
        Pattern nhsNumber = Pattern.compile("(?<!\\d)999\\d{7}(?!\\d)");
        List<String> birthDates = DemoPractices.resources().stream()
                .filter(Patient.class::isInstance)
                .map(r -> ((Patient) r).getBirthDateElement().getValueAsString())
                .filter(d -> d != null && d.length() == 10)
                .toList();
        assertThat(lines).noneMatch(l -> nhsNumber.matcher(l).find());
        assertThat(lines).noneMatch(l -> birthDates.stream().anyMatch(l::contains));
        assertThat(lines).noneMatch(l -> l.contains("Ashdown") || l.contains("Fairweather") || l.contains("Marchbank"));
    }
}
