package io.github.recordaccess.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeAnswers;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With FHIR_REBASE_NEXT_LINKS=true, a server behind a proxy that reports its internal address in its next
 * links is paged through the configured base URL: the link's own base path is replaced, the rest kept.
 */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(RebasedLinksTest.Rebasing.class)
class RebasedLinksTest {

    public static class Rebasing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fhir.rebase-next-links", "true");
        }
    }

    static final PracticeFixture PRACTICE = PracticeFixture.standard("M22222", "org-m", 2200);

    @InjectFhirServer
    FhirStub fhir;

    @BeforeEach
    void serve() {
        fhir.reset();
        fhir.serve(PRACTICE, PAGE_SIZE);
    }

    /** The cohort's pages, with next links that name the server's internal address instead of ours. */
    private void cohortLinksThrough(String internalBase, String typePath) {
        List<Bundle> pages = fhir.pages(PRACTICE.patients(), PAGE_SIZE);
        for (int i = 0; i < pages.size(); i++) {
            Bundle page = pages.get(i);
            String next = page.getLink(Bundle.LINK_NEXT) == null
                    ? null
                    : page.getLink(Bundle.LINK_NEXT).getUrl();
            page.getLink().clear();
            if (next != null) {
                page.addLink()
                        .setRelation(Bundle.LINK_NEXT)
                        .setUrl(internalBase + typePath + "?_getpages=internal&_getpagesoffset=" + (i + 1)
                                + "&_count=3");
            }
            fhir.server()
                    .stubFor((i == 0
                                    ? get(urlPathEqualTo(FhirStub.BASE_PATH + "/Patient"))
                                            .withQueryParam("general-practitioner", equalTo("Organization/org-m"))
                                    : get(urlPathEqualTo(FhirStub.BASE_PATH + typePath))
                                            .withQueryParam("_getpages", equalTo("internal"))
                                            .withQueryParam("_getpagesoffset", equalTo(Integer.toString(i))))
                            .atPriority(1)
                            .willReturn(FhirStub.fhir(page)));
        }
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
        // HAPI's own paging links: [base]?_getpages=…, under another scheme, host, port and path
        "https://fhir-internal.cluster.local:8443/hapi/baseR4, ''",
        // offset paging links that keep the resource type after the internal base
        "http://10.0.0.7/fhir-internal, /Patient"
    })
    void nextLinksWithTheServersInternalAddressArePagedThroughTheBaseUrl(String internalBase, String typePath) {
        cohortLinksThrough(internalBase, typePath);

        PracticeAnswers.freshSummary("M22222", "2024-06-01").statusCode(200).body("patients", equalTo(11));
        assertThat(fhir.fhirRequests())
                .filteredOn(r -> r.getUrl().contains("_getpages=internal"))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.getUrl()).startsWith(FhirStub.BASE_PATH + typePath + "?_getpages="));
    }
}
