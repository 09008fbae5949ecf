package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeAnswers;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.rules.CodeSets;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A search whose pages contradict themselves, or that says it may be incomplete, fails the whole practice
 * (502 fhir-inconsistent-results) and never lets the patient whose 104 went missing through as
 * PROVISION_ACCESS, in the list or its CSV.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class InconsistentSearchTest {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("I12345", "org-i", 2000);
    static final String ORG = "Organization/org-i";
    static final String AS_OF = PracticeFixture.AS_OF.toString();
    /** p11, whose only entry is an individual 104: OFFER_OPT_IN, unless that 104 goes missing. */
    static final Patient AT_RISK = PRACTICE.patient(10);

    static final String AT_RISK_NHS = AT_RISK.getIdentifierFirstRep().getValue();

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    private List<Resource> observed104s() {
        return PRACTICE.codedWith(Observation.class, CodeSets.SNOMED_104.code(), PRACTICE.patientIds());
    }

    private MappingBuilder first104Page() {
        return get(urlPathEqualTo(FhirStub.BASE_PATH + "/Observation"))
                .withQueryParam("code", equalTo(CodeSets.SNOMED_104.code()))
                .withQueryParam("patient.general-practitioner", equalTo(ORG))
                .atPriority(1);
    }

    /** Serves {@code pages} as the 104 search, each linked to the next, the first announcing {@code total}. */
    private void serve104Pages(int total, List<List<? extends Resource>> pages) {
        String searchId = "inconsistent";
        for (int i = 0; i < pages.size(); i++) {
            Bundle page = fhir.pages(pages.get(i), PAGE_SIZE).get(0);
            page.getLink().clear();
            page.setTotal(total);
            if (i + 1 < pages.size()) {
                page.addLink()
                        .setRelation(Bundle.LINK_NEXT)
                        .setUrl(fhir.server().baseUrl() + FhirStub.BASE_PATH + "?_getpages=" + searchId
                                + "&_getpagesoffset=" + (i + 1));
            }
            fhir.server()
                    .stubFor((i == 0
                                    ? first104Page()
                                    : get(urlPathEqualTo(FhirStub.BASE_PATH))
                                            .withQueryParam("_getpages", equalTo(searchId))
                                            .withQueryParam("_getpagesoffset", equalTo(Integer.toString(i))))
                            .willReturn(FhirStub.fhir(page)));
        }
    }

    private static ValidatableResponse summaryFails(String type) {
        return PracticeAnswers.freshSummary("I12345", AS_OF)
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo(type));
    }

    @Test
    void anEntryRepeatedOnALaterPageFailsThePracticeAndHidesNoOne() {
        List<Resource> all = observed104s(); // six 104s, the at-risk patient's last
        assertThat(all).hasSize(6);
        // Offset paging over changing data: the total adds up (6 = 6) but one entry came twice, the last never.
        serve104Pages(6, List.of(all.subList(0, 3), List.of(all.get(2), all.get(3), all.get(4))));

        summaryFails("/problems/fhir-inconsistent-results").body("detail", containsString("the same entry twice"));
        PracticeAnswers.neverProvisioned("I12345", AS_OF, AT_RISK_NHS);
    }

    @Test
    void aPatientRepeatedInTheCohortFailsThePractice() {
        List<Patient> patients = PRACTICE.patients();
        Bundle first = fhir.pages(patients.subList(0, 3), PAGE_SIZE).get(0);
        first.addEntry(first.getEntryFirstRep().copy());
        first.setTotal(4);
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                        .withQueryParam("general-practitioner", equalTo(ORG))
                        .atPriority(1)
                        .willReturn(FhirStub.fhir(first)));

        summaryFails("/problems/fhir-inconsistent-results");
    }

    @Test
    void aWarningThatResultsMayBeIncompleteFailsThePractice() {
        Bundle page = fhir.pages(observed104s().subList(0, 3), PAGE_SIZE).get(0);
        page.getLink().clear();
        page.setTotal(3);
        OperationOutcome warning = new OperationOutcome();
        warning.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.WARNING)
                .setCode(OperationOutcome.IssueType.INCOMPLETE)
                .setDiagnostics("Results may be incomplete");
        page.addEntry().setResource(warning).getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);
        fhir.server().stubFor(first104Page().willReturn(FhirStub.fhir(page)));

        summaryFails("/problems/fhir-inconsistent-results").body("detail", containsString("severity 'warning'"));
        PracticeAnswers.neverProvisioned("I12345", AS_OF, AT_RISK_NHS);
    }

    @Test
    void anInformationMessageAmongTheResultsIsIgnored() {
        List<Bundle> pages = fhir.pages(observed104s(), PAGE_SIZE);
        Bundle page = pages.get(0);
        OperationOutcome information = new OperationOutcome();
        information
                .addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics("Search took 12 ms");
        page.addEntry().setResource(information).getSearch().setMode(Bundle.SearchEntryMode.OUTCOME);
        fhir.servePages(first104Page(), pages);

        PracticeAnswers.freshSummary("I12345", AS_OF)
                .statusCode(200)
                .body("patients", org.hamcrest.Matchers.equalTo(11));
    }

    @Test
    void anEntryWithoutAResourceFailsThePractice() {
        Bundle page = fhir.pages(observed104s().subList(0, 3), PAGE_SIZE).get(0);
        page.getLink().clear();
        page.setTotal(4);
        page.addEntry()
                .setFullUrl(fhir.server().baseUrl() + FhirStub.BASE_PATH + "/Observation/withheld")
                .getSearch()
                .setMode(Bundle.SearchEntryMode.MATCH);
        fhir.server().stubFor(first104Page().willReturn(FhirStub.fhir(page)));

        summaryFails("/problems/fhir-inconsistent-results").body("detail", containsString("without a resource"));
        PracticeAnswers.neverProvisioned("I12345", AS_OF, AT_RISK_NHS);
    }

    @Test
    void entriesMarkedIncludeAreNotReadAsNo104() {
        Bundle page = fhir.pages(observed104s().subList(0, 3), PAGE_SIZE).get(0);
        page.getEntry().forEach(e -> e.getSearch().setMode(Bundle.SearchEntryMode.INCLUDE));
        page.setTotal(0);
        fhir.server().stubFor(first104Page().willReturn(FhirStub.fhir(page)));

        summaryFails("/problems/fhir-inconsistent-results").body("detail", containsString("marked 'include'"));
        PracticeAnswers.neverProvisioned("I12345", AS_OF, AT_RISK_NHS);
    }

    @Test
    void pagesThatAnnounceDifferentTotalsFailThePractice() {
        List<Resource> all = observed104s();
        serve104Pages(6, List.of(all.subList(0, 3), all.subList(3, 6)));
        // The second page now says there are five.
        Bundle second = fhir.pages(all.subList(3, 6), PAGE_SIZE).get(0);
        second.setTotal(5);
        fhir.server()
                .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH))
                        .withQueryParam("_getpages", equalTo("inconsistent"))
                        .atPriority(1)
                        .willReturn(FhirStub.fhir(second)));

        summaryFails("/problems/fhir-inconsistent-results").body("detail", containsString("different totals"));
    }

    @Test
    void aNextChainThatNeverEndsStopsSoonAfterTheTotalIsReached() {
        // Every page links to a new URL, so no loop is ever seen; the total says two pages are enough.
        Bundle page = fhir.pages(observed104s().subList(0, 3), PAGE_SIZE).get(0);
        page.setTotal(6);
        page.getLink().clear();
        page.addLink()
                .setRelation(Bundle.LINK_NEXT)
                .setUrl(fhir.server().baseUrl() + FhirStub.BASE_PATH + "?_getpages=endless&_getpagesoffset=1");
        fhir.server().stubFor(first104Page().willReturn(FhirStub.fhir(page)));
        for (int i = 1; i <= 20; i++) {
            Bundle more = fhir.pages(List.of(), PAGE_SIZE).get(0);
            more.setTotalElement(null);
            more.addLink()
                    .setRelation(Bundle.LINK_NEXT)
                    .setUrl(fhir.server().baseUrl() + FhirStub.BASE_PATH + "?_getpages=endless&_getpagesoffset="
                            + (i + 1));
            fhir.server()
                    .stubFor(get(urlPathEqualTo(FhirStub.BASE_PATH))
                            .withQueryParam("_getpages", equalTo("endless"))
                            .withQueryParam("_getpagesoffset", equalTo(Integer.toString(i)))
                            .willReturn(FhirStub.fhir(more)));
        }

        summaryFails("/problems/fhir-incomplete").body("detail", containsString("needs more than 4 pages"));
        // ⌈6 ÷ 3⌉ + 2 pages: the first and three more, never the twenty on offer.
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getUrl().contains("_getpages=endless"))
                .hasSize(3);
    }

    @Test
    void everySearchAsksForAnAccurateTotalAndFreshResults() {
        PracticeAnswers.freshSummary("I12345", AS_OF).statusCode(200);

        assertThat(fhir.fhirRequests())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Cache-Control")).isEqualTo("no-cache"));
        assertThat(fhir.fhirRequests())
                .filteredOn(
                        r -> !r.getUrl().contains("_getpages") && !r.getUrl().contains("/Organization/"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getUrl()).contains("_total=accurate"));
    }
}
