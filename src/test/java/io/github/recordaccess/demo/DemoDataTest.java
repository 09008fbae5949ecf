package io.github.recordaccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.ActionAdvisor;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.NhsNumber;
import io.github.recordaccess.rules.PracticeContext;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final List<Resource> resources = DemoPractices.resources();
    /** As of the demo's day and as of today: only today does a future-dated code count. */
    private final List<AccessRecommendation> results = java.util.stream.Stream.concat(
                    DemoServiceTest.EXPECTED.values().stream().flatMap(List::stream),
                    DemoServiceTest.expected(java.time.LocalDate.now(io.github.recordaccess.rules.FuzzyDate.LONDON))
                            .values()
                            .stream()
                            .flatMap(List::stream))
            .toList();

    @Test
    void atLeast300SyntheticPatientsWithValidTestRangeNhsNumbersUniqueButForTheDesignedDuplicates() {
        List<Patient> patients = resources.stream()
                .filter(Patient.class::isInstance)
                .map(Patient.class::cast)
                .toList();
        List<String> nhs = patients.stream()
                .filter(Patient::hasIdentifier)
                .map(p -> p.getIdentifierFirstRep().getValue())
                .toList();
        List<String> duplicateCopies = patients.stream()
                .filter(p -> p.getIdPart().endsWith("-dup"))
                .map(p -> p.getIdentifierFirstRep().getValue())
                .toList();

        assertThat(patients).hasSizeGreaterThanOrEqualTo(300);
        assertThat(patients).filteredOn(p -> !p.hasIdentifier()).hasSize(2);
        assertThat(duplicateCopies).hasSize(2);
        assertThat(nhs).allMatch(n -> n.startsWith("999") && NhsNumber.isValid(n));
        assertThat(nhs.stream().distinct().count()).isEqualTo(nhs.size() - duplicateCopies.size());
    }

    @Test
    void coversEveryRecommendationFlagAndReason() {
        Set<Recommendation> recommendations = EnumSet.noneOf(Recommendation.class);
        Set<AccessFlag> flags = EnumSet.noneOf(AccessFlag.class);
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        results.forEach(r -> {
            recommendations.add(r.recommendation());
            flags.add(r.flag());
            reasons.addAll(r.reasons());
        });

        assertThat(recommendations).containsExactlyInAnyOrder(Recommendation.values());
        assertThat(flags).containsExactlyInAnyOrder(AccessFlag.values());
        assertThat(reasons).containsExactlyInAnyOrder(Reason.values());
    }

    @Test
    void coversEveryActionAtTheDemoPracticesAsRegistered() {
        Set<ActionId> ids = EnumSet.noneOf(ActionId.class);
        for (PracticeEntry entry : DemoPractices.REGISTRY) {
            PracticeContext practice = PracticeContext.of(entry.system(), entry.goLiveDate());
            DemoServiceTest.EXPECTED
                    .get(entry.odsCode())
                    .forEach(r -> ActionAdvisor.actionsFor(r, practice).forEach(a -> ids.add(a.id())));
        }

        assertThat(ids).containsExactlyInAnyOrder(ActionId.values());
    }

    @Test
    void includesPartialDatesAConditionCoded104AnEnteredInErrorEntryAndUnder16s() {
        assertThat(resources)
                .anyMatch(r -> r instanceof Patient p
                        && p.hasBirthDate()
                        && p.getBirthDateElement().getValueAsString().length() == 4);
        assertThat(resources)
                .anyMatch(r -> r instanceof Observation o
                        && o.hasEffectiveDateTimeType()
                        && o.getEffectiveDateTimeType().getValueAsString().length() == 7);
        assertThat(resources)
                .anyMatch(r -> r instanceof Condition c
                        && c.getCode().getCodingFirstRep().getCode().equals("1364731000000104"));
        assertThat(resources)
                .anyMatch(r ->
                        r instanceof Observation o && o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR);
        assertThat(results).anyMatch(r -> r.reasons().get(0) == Reason.UNDER_16);
    }

    @Test
    void isTheSameEveryTime() {
        List<String> first = resources.stream().map(FhirFixtures::toJson).toList();
        List<String> second =
                DemoPractices.resources().stream().map(FhirFixtures::toJson).toList();

        assertThat(second).isEqualTo(first);
    }
}
