package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.recordaccess.it.SafeguardingPractice.ACTIVE_104;
import static io.github.recordaccess.it.SafeguardingPractice.AS_OF;
import static io.github.recordaccess.it.SafeguardingPractice.BULK_106_B;
import static io.github.recordaccess.it.SafeguardingPractice.BULK_106_DAY;
import static io.github.recordaccess.it.SafeguardingPractice.BULK_106_ONLY;
import static io.github.recordaccess.it.SafeguardingPractice.CONDITION_IN_ERROR;
import static io.github.recordaccess.it.SafeguardingPractice.CONDITION_REFUTED;
import static io.github.recordaccess.it.SafeguardingPractice.INDIVIDUAL_106_DAY;
import static io.github.recordaccess.it.SafeguardingPractice.LIST;
import static io.github.recordaccess.it.SafeguardingPractice.OBSERVATION_CANCELLED;
import static io.github.recordaccess.it.SafeguardingPractice.OBSERVATION_IN_ERROR;
import static io.github.recordaccess.it.SafeguardingPractice.PRACTICE;
import static io.github.recordaccess.it.SafeguardingPractice.REVIEWED;
import static io.github.recordaccess.it.SafeguardingPractice.TURNING_16_WITH_CONCERN;
import static io.github.recordaccess.it.SafeguardingPractice.UNREVIEWED;
import static io.github.recordaccess.it.SafeguardingPractice.nhs;
import static io.github.recordaccess.it.SafeguardingPractice.patientPath;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.recordaccess.fixtures.AuditEvents;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.LogCapture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.rules.CodeSets;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One patient's answer with a safeguarding concern: the same as the practice list's, the 106 that follows the
 * concern judged by the practice's 106s of its day, counted afresh (and never trusted when they cannot be had).
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class SafeguardingConcernPatientTest {

    /** The date parameters of the searches for a practice's entries around one day. */
    private static final List<String> AROUND_A_DAY = List.of("date", "onset-date", "recorded-date");

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        SafeguardingPractice.serve(fhir);
    }

    @Test
    void anAdultWithAConcernThatNothingFollowsIsReviewedBeforeAutomaticAccess() {
        given().queryParam("asOf", AS_OF)
                .when()
                .get(patientPath(UNREVIEWED))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("REVIEW_REQUIRED"))
                .body("flag", equalTo("NONE"))
                .body("reasons", contains("SAFEGUARDING_CONCERN"))
                .body("actions[0].id", equalTo("CONSIDER_104_SAFEGUARDING"))
                .body("actions[0].text", containsString("safeguarding concern"))
                // A resolved Condition still is a concern: an ended plan is history to weigh.
                .body("evidence.reference", contains("Condition/org-sgc-c-a01"))
                .body("evidence[0].kind", equalTo("SAFEGUARDING_CONCERN"))
                .body("evidence[0].code", equalTo("417430008"))
                .body("evidence[0].system", equalTo(CodeSets.SNOMED))
                .body("evidence[0].counted", equalTo(true))
                .body("evidence[0].clinicalDate", equalTo("2023-05-01"));
        // No 106 follows the concern: nothing to count.
        assertThat(aroundADay(fhir.fhirRequests())).isEmpty();
    }

    @Test
    void aConcernReviewedByALaterIndividual106ProvisionsAccess() {
        given().queryParam("asOf", AS_OF)
                .when()
                .get(patientPath(REVIEWED))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("PROVISION_ACCESS"))
                .body("reasons", contains("NOT_INDICATED_106"))
                .body("actions.id", not(hasItem("CONSIDER_104_SAFEGUARDING")))
                .body("evidence.kind", hasItem("SAFEGUARDING_CONCERN"));

        assertCounted106sAround(INDIVIDUAL_106_DAY);
    }

    @Test
    void aConcernFollowedOnlyByABulk106StaysUnreviewedAndBothEndpointsAgree() {
        JsonPath patient = given().queryParam("asOf", AS_OF)
                .when()
                .get(patientPath(BULK_106_ONLY))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("REVIEW_REQUIRED"))
                .body("reasons", contains("SAFEGUARDING_CONCERN", "NOT_INDICATED_106"))
                .body("actions[0].id", equalTo("CONSIDER_104_SAFEGUARDING"))
                .extract()
                .jsonPath();
        assertCounted106sAround(BULK_106_DAY);

        JsonPath list = given().queryParam("asOf", AS_OF)
                .queryParam("size", 1000)
                .header("Cache-Control", "no-cache")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String row = "items.find { it.nhsNumber == '" + nhs(BULK_106_ONLY) + "' }.";
        for (String field : List.of("recommendation", "flag", "reasons", "actions", "bulkCoded104")) {
            assertThat((Object) list.get(row + field)).as(field).isEqualTo(patient.get(field));
        }
    }

    @Test
    void everyPatientGetsTheSameAnswerFromThePatientEndpointAsFromTheList() {
        // Patients first, so that no practice evaluation of this asOf is cached for them to borrow.
        String asOf = "2024-05-31";
        Map<String, Object> byPatient = new TreeMap<>();
        for (Patient patient : PRACTICE.patients()) {
            JsonPath answer = given().queryParam("asOf", asOf)
                    .when()
                    .get(patientPath(patient))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            byPatient.put(
                    nhs(patient), List.of(answer.get("recommendation"), answer.get("reasons"), answer.get("actions")));
        }
        JsonPath list = given().queryParam("asOf", asOf)
                .queryParam("size", 1000)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> byList = new TreeMap<>();
        List<String> numbers = list.getList("items.nhsNumber");
        for (int i = 0; i < numbers.size(); i++) {
            String item = "items[" + i + "].";
            byList.put(
                    numbers.get(i),
                    List.of(list.get(item + "recommendation"), list.get(item + "reasons"), list.get(item + "actions")));
        }
        assertThat(byPatient).hasSize(PRACTICE.patients().size()).isEqualTo(byList);
    }

    @Test
    void whenThePractices106sCannotBeCountedTheConcernStaysUnreviewed() {
        fhir.server()
                .stubFor(get(urlPathMatching(FhirStub.BASE_PATH + "/(Observation|Condition)"))
                        .atPriority(1)
                        .withQueryParam("code", WireMock.equalTo(CodeSets.SNOMED_106.code()))
                        .withQueryParam("date", matching("ge.*"))
                        .willReturn(aResponse().withStatus(500)));

        List<String> lines;
        try (LogCapture capture = LogCapture.install()) {
            given().queryParam("asOf", AS_OF)
                    .when()
                    .get(patientPath(REVIEWED))
                    .then()
                    .statusCode(200)
                    .body("recommendation", equalTo("REVIEW_REQUIRED"))
                    .body("reasons", contains("SAFEGUARDING_CONCERN", "NOT_INDICATED_106"))
                    .body("actions[0].id", equalTo("CONSIDER_104_SAFEGUARDING"));
            lines = AuditEvents.ordinary(capture);
        }
        assertThat(aroundADay(fhir.fhirRequests())).isNotEmpty();
        // Said in the log, without naming the patient.
        assertThat(lines).anyMatch(l -> l.contains("the safeguarding concern stays unreviewed"));
        assertThat(lines).noneMatch(l -> l.contains(nhs(REVIEWED)) || l.contains(REVIEWED.getIdPart()));
    }

    @Test
    void aConcernEnteredInErrorCancelledOrRefutedIsShownButNotCounted() {
        Map<Patient, String> notCounted = new LinkedHashMap<>();
        notCounted.put(OBSERVATION_IN_ERROR, "ENTERED_IN_ERROR");
        notCounted.put(CONDITION_IN_ERROR, "ENTERED_IN_ERROR");
        notCounted.put(OBSERVATION_CANCELLED, "CANCELLED");
        notCounted.put(CONDITION_REFUTED, "REFUTED");
        notCounted.forEach((patient, why) -> given().queryParam("asOf", AS_OF)
                .when()
                .get(patientPath(patient))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("PROVISION_ACCESS"))
                .body("reasons", contains("NO_CODES"))
                .body("evidence[0].kind", equalTo("SAFEGUARDING_CONCERN"))
                .body("evidence[0].counted", equalTo(false))
                .body("evidence[0].notCountedReason", equalTo(why)));
    }

    @Test
    void aChildTurning16WithAConcernIsNotApplicableWithTheReasonAndTheActionFirst() {
        given().queryParam("asOf", AS_OF)
                .when()
                .get(patientPath(TURNING_16_WITH_CONCERN))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("NOT_APPLICABLE"))
                .body("reasons", contains("UNDER_16", "SAFEGUARDING_CONCERN"))
                .body("eligibleFrom", equalTo("2024-07-15"))
                .body("actions.id", contains("CONSIDER_104_SAFEGUARDING", "AT_SIXTEEN"));
    }

    @Test
    void anActive104WithAConcernOffersOptInWithTheReasonAddedAndNoActionToConsiderA104() {
        given().queryParam("asOf", AS_OF)
                .when()
                .get(patientPath(ACTIVE_104))
                .then()
                .statusCode(200)
                .body("recommendation", equalTo("OFFER_OPT_IN"))
                .body("flag", equalTo("ACTIVE_104"))
                .body("reasons", contains("ACTIVE_104", "SAFEGUARDING_CONCERN"))
                .body("actions.id", contains("OFFER_ACCESS_ON_REQUEST"));
    }

    /**
     * The patient endpoint counted the practice's 106s around {@code day} by every registration route, and no other
     * entries around a day: Observation by date, Condition by onset-date and by recorded-date, by the chain on the
     * practice's Organization, and for the patient registered through a PractitionerRole by patient id.
     */
    private void assertCounted106sAround(LocalDate day) {
        List<LoggedRequest> around = aroundADay(fhir.fhirRequests());
        assertThat(around)
                .extracting(
                        r -> r.getMethod().getName() + " " + r.getUrl().split("\\?", -1)[0] + " " + dateParameter(r))
                .containsExactlyInAnyOrder(
                        "GET " + FhirStub.BASE_PATH + "/Observation date",
                        "GET " + FhirStub.BASE_PATH + "/Condition onset-date",
                        "GET " + FhirStub.BASE_PATH + "/Condition recorded-date",
                        "POST " + FhirStub.BASE_PATH + "/Observation/_search date",
                        "POST " + FhirStub.BASE_PATH + "/Condition/_search onset-date",
                        "POST " + FhirStub.BASE_PATH + "/Condition/_search recorded-date");
        String organization =
                "Organization/" + PRACTICE.organization().getIdElement().getIdPart();
        assertThat(around).allSatisfy(r -> {
            assertThat(values(r, "code")).containsExactly(CodeSets.SNOMED_106.code());
            assertThat(values(r, dateParameter(r))).containsExactly("ge" + day.minusDays(1), "le" + day.plusDays(1));
            if (r.getMethod().getName().equals("GET")) {
                assertThat(values(r, "patient.general-practitioner")).containsExactly(organization);
            } else {
                assertThat(values(r, "patient")).containsExactly(BULK_106_B.getIdPart());
            }
        });
        assertThat(fhir.fhirRequests()).noneMatch(r -> r.getUrl().contains("_summary"));
    }

    private static List<LoggedRequest> aroundADay(List<LoggedRequest> requests) {
        return requests.stream()
                .filter(r -> AROUND_A_DAY.stream().anyMatch(p -> !values(r, p).isEmpty()))
                .toList();
    }

    private static String dateParameter(LoggedRequest r) {
        return AROUND_A_DAY.stream()
                .filter(p -> !values(r, p).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    /** A parameter's values, from the query of a GET or the form of a POST search. */
    private static List<String> values(LoggedRequest r, String name) {
        if (r.getQueryParams().containsKey(name)) {
            return r.queryParameter(name).values();
        }
        FormParameter form = r.formParameters().get(name);
        return form == null ? List.of() : form.values();
    }
}
