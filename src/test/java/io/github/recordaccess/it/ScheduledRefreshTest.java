package io.github.recordaccess.it;

import static io.github.recordaccess.fixtures.WireMockFhirResource.PAGE_SIZE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirStub;
import io.github.recordaccess.fixtures.PracticeFixture;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.github.recordaccess.fixtures.WireMockFhirResource.InjectFhirServer;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With access.refresh.cron set, every registered practice is evaluated without anyone asking. */
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

    @Inject
    PracticeRegistry registry;

    @AfterEach
    void emptyRegistry() {
        registry.replaceAll(List.of());
    }

    @Test
    void theRegisteredPracticeIsRefreshedOnSchedule() throws InterruptedException {
        fhir.reset();
        registry.replaceAll(List.of(
                new PracticeEntry(WireMockFhirResource.PROFILED_ODS, "Registered Surgery", ClinicalSystem.TPP, null)));
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
