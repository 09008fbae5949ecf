package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With access.refresh.cron set, every configured practice is evaluated without anyone asking. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(ScheduledRefreshTest.EverySecond.class)
class ScheduledRefreshTest {

    public static class EverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("access.refresh.cron", "*/1 * * * * ?");
        }
    }

    @InjectFhirServer
    FhirStub fhir;

    @Test
    void theConfiguredPracticeIsRefreshedOnSchedule() throws InterruptedException {
        fhir.reset();
        fhir.serve(PracticeFixture.standard(WireMockFhirResource.PROFILED_ODS, "org-a", 1), PAGE_SIZE);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline
                && fhir.fhirRequests().stream().noneMatch(r -> r.getUrl().contains("general-practitioner="))) {
            Thread.sleep(100);
        }

        assertThat(fhir.fhirRequests())
                .as("a cohort search made by the scheduler, with no API call")
                .anyMatch(r -> r.getUrl().contains("general-practitioner=Organization%2Forg-a"));
    }
}
