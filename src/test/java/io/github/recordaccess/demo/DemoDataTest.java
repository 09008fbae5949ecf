package io.github.recordaccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.ActionAdvisor;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.NhsNumbers;
import io.github.recordaccess.rules.PracticeContext;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

        // Records merged into a survivor under the survivor's number: the pair linked by replaced-by, and a chain.
        List<String> mergedUnderOneNumber = patients.stream()
                .filter(p -> p.getIdPart().matches(".*-merge-0(1-old|3-first|3-middle)"))
                .map(p -> p.getIdentifierFirstRep().getValue())
                .toList();

        assertThat(patients).hasSizeGreaterThanOrEqualTo(300);
        assertThat(patients).filteredOn(p -> !p.hasIdentifier()).hasSize(2);
        assertThat(duplicateCopies).hasSize(2);
        assertThat(mergedUnderOneNumber).hasSize(6);
        assertThat(nhs).allMatch(n -> n.startsWith("999") && NhsNumbers.isValid(n));
        assertThat(nhs.stream().distinct().count())
                .isEqualTo(nhs.size() - duplicateCopies.size() - mergedUnderOneNumber.size());
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
    void eachPracticeShowsEveryShapeOfMergedRecords() {
        for (String ods : List.of(DemoPractices.EMIS_ODS, DemoPractices.TPP_ODS)) {
            Map<String, AccessRecommendation> byId = DemoServiceTest.EXPECTED.get(ods).stream()
                    .filter(r -> r.patientId().contains("-merge-"))
                    .collect(Collectors.toMap(r -> r.patientId().replaceAll(".*-merge-", ""), r -> r));

            assertThat(byId).hasSize(14);
            byId.forEach((id, r) -> {
                Reason first = r.reasons().get(0);
                if (id.matches("01-old|02-old|03-first|03-middle")) {
                    assertThat(first).as(ods + " " + id).isEqualTo(Reason.REPLACED_RECORD);
                } else if (id.startsWith("05") || id.startsWith("06") || id.startsWith("07")) {
                    assertThat(first).as(ods + " " + id).isEqualTo(Reason.UNRESOLVED_MERGE);
                } else {
                    // A survivor: the entries of the records merged into it count, and say where they are.
                    assertThat(r.reasons())
                            .as(ods + " " + id)
                            .doesNotContain(Reason.REPLACED_RECORD, Reason.UNRESOLVED_MERGE);
                    assertThat(r.evidence()).as(ods + " " + id).anyMatch(e -> e.fromRecord() != null && e.counted());
                }
            });
            assertThat(byId.get("01").reasons()).first().isEqualTo(Reason.ACTIVE_104);
            assertThat(byId.get("02").recommendation()).isEqualTo(Recommendation.OPTED_OUT);
            assertThat(byId.get("03").reasons()).first().isEqualTo(Reason.RESCINDED_BY_106);
            assertThat(byId.get("04").reasons()).first().isEqualTo(Reason.ACTIVE_104);
        }
    }

    @Test
    void isTheSameEveryTime() {
        List<String> first = resources.stream().map(FhirFixtures::toJson).toList();
        List<String> second =
                DemoPractices.resources().stream().map(FhirFixtures::toJson).toList();

        assertThat(second).isEqualTo(first);
    }
}
