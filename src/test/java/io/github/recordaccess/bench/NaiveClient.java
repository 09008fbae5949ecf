package io.github.recordaccess.bench;

import io.github.recordaccess.fhir.FhirFactsMapper;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.RecommendationEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * What a script writer would do: page through the practice's patients, then for each patient search its
 * Observations and Conditions for the codes, one after another, and evaluate.
 * Args: baseUrl organizationId pageSize warmupPatients.
 */
public final class NaiveClient {

    public static void main(String[] args) {
        ClientRun run = new ClientRun(args[0]);
        int pageSize = Integer.parseInt(args[2]);
        evaluate(run, args[1], pageSize, Integer.parseInt(args[3]));
        run.reset();
        long start = System.nanoTime();
        int patients = evaluate(run, args[1], pageSize, Integer.MAX_VALUE);
        System.out.println(run.result(System.nanoTime() - start) + " patients=" + patients);
    }

    static int evaluate(ClientRun run, String org, int pageSize, int limit) {
        FhirFactsMapper mapper = new FhirFactsMapper(CodeSets.snomedDefaults());
        RecommendationEngine engine =
                new RecommendationEngine(java.time.Clock.system(io.github.recordaccess.rules.FuzzyDate.LONDON));
        List<Patient> patients = new ArrayList<>();
        run.eachPage(
                run.client
                        .search()
                        .forResource(Patient.class)
                        .whereMap(Map.of("general-practitioner", List.of("Organization/" + org)))
                        .count(pageSize)
                        .returnBundle(Bundle.class)
                        .execute(),
                page -> page.getEntry().forEach(e -> patients.add((Patient) e.getResource())));
        String codes = String.join(",", LowerBoundClient.CODES);
        Map<io.github.recordaccess.rules.Recommendation, Integer> counts =
                new EnumMap<>(io.github.recordaccess.rules.Recommendation.class);
        int done = 0;
        for (Patient patient : patients) {
            if (done++ >= limit) {
                break;
            }
            List<Resource> coded = new ArrayList<>();
            for (Class<? extends Resource> type : List.of(Observation.class, Condition.class)) {
                run.eachPage(
                        run.client
                                .search()
                                .forResource(type)
                                .whereMap(Map.of("patient", List.of(patient.getIdPart()), "code", List.of(codes)))
                                .returnBundle(Bundle.class)
                                .execute(),
                        page -> page.getEntry().forEach(e -> coded.add(e.getResource())));
            }
            counts.merge(
                    engine.evaluate(mapper.toFacts(patient, coded), LocalDate.now(java.time.ZoneId.of("Europe/London")))
                            .recommendation(),
                    1,
                    Integer::sum);
        }
        return Math.min(done, patients.size());
    }
}
