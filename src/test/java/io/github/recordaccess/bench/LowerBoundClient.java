package io.github.recordaccess.bench;

import io.github.recordaccess.rules.CodeSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The lower bound: the minimal pages a practice needs (cohort pages plus one chained search per code
 * and type), fetched over HTTP with the same concurrency as the service and parsed with HAPI, with no
 * evaluation. Args: baseUrl organizationId pageSize concurrency warmups runs.
 */
public final class LowerBoundClient {

    /** Every code value the service searches by default: 103, 104, 106 and the safeguarding concerns. */
    static final List<String> CODES = CodeSets.snomedDefaults().codeValues();

    public static void main(String[] args) throws Exception {
        ClientRun run = new ClientRun(args[0]);
        String org = args[1];
        int pageSize = Integer.parseInt(args[2]);
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[3]));
        for (int i = 0; i < Integer.parseInt(args[4]); i++) {
            fetch(run, org, pageSize, pool);
        }
        int runs = Integer.parseInt(args[5]);
        for (int i = 0; i < runs; i++) {
            run.reset();
            long start = System.nanoTime();
            long entries = fetch(run, org, pageSize, pool);
            long wall = System.nanoTime() - start;
            System.out.println(run.result(wall) + " entries=" + entries);
        }
        pool.shutdownNow();
    }

    static long fetch(ClientRun run, String org, int pageSize, ExecutorService pool) throws Exception {
        AtomicLong entries = new AtomicLong();
        List<Future<?>> searches = new ArrayList<>();
        searches.add(pool.submit(() -> run.eachPage(
                run.client
                        .search()
                        .forResource(Patient.class)
                        .whereMap(Map.of("general-practitioner", List.of("Organization/" + org)))
                        .count(pageSize)
                        .returnBundle(Bundle.class)
                        .execute(),
                page -> entries.addAndGet(page.getEntry().size()))));
        for (String code : CODES) {
            for (Class<? extends Resource> type : List.of(Observation.class, Condition.class)) {
                searches.add(pool.submit(() -> run.eachPage(
                        run.client
                                .search()
                                .forResource(type)
                                .whereMap(Map.of(
                                        "code",
                                        List.of(code),
                                        "patient.general-practitioner",
                                        List.of("Organization/" + org)))
                                .count(pageSize)
                                .returnBundle(Bundle.class)
                                .execute(),
                        page -> entries.addAndGet(page.getEntry().size()))));
            }
        }
        for (Future<?> f : searches) {
            f.get();
        }
        return entries.get();
    }
}
