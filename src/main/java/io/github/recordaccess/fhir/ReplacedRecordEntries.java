package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.MergeLinks;
import io.github.recordaccess.rules.PatientFacts;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;

/**
 * The coded entries of records that a practice's records {@code replaces} (Patient.link) but that are not in
 * its cohort: a record merged away is often no longer registered anywhere, yet its 104 counts for the record
 * that replaced it. One search per such record and coded type, by {@code patient=} and the configured code
 * values, as for one patient. Where the server refuses that search with an error status (the record gone,
 * withheld, or the search failing after retries), the survivor is not evaluated without those entries: the
 * record stays unfetched, and the merge rules answer {@code UNRESOLVED_MERGE} for every record of the merge.
 * Any other failure (the server unreachable, time run out, an answer that cannot be used) fails the practice,
 * as for any other search.
 */
@ApplicationScoped
class ReplacedRecordEntries {

    private final FhirGateway gateway;
    private final FhirFactsMapper mapper;
    private final FhirExchange exchange;

    ReplacedRecordEntries(FhirGateway gateway, FhirFactsMapper mapper, FhirExchange exchange) {
        this.gateway = gateway;
        this.mapper = mapper;
        this.exchange = exchange;
    }

    /**
     * The cohort, each record that replaces records outside it carrying their entries ({@link
     * MergeLinks#entriesOfReplaced}); each such record is searched once, within the evaluation's deadline.
     *
     * @param until the evaluation's deadline, as {@link System#nanoTime()}
     */
    // "links were not replaced" is an identity test: the same object comes back when nothing was added.
    @SuppressWarnings("ReferenceEquality")
    List<PatientFacts> withEntriesOutsideCohort(List<PatientFacts> cohort, long until) {
        Set<String> inCohort = cohort.stream().map(PatientFacts::patientId).collect(Collectors.toSet());
        if (cohort.stream().allMatch(p -> inCohort.containsAll(p.links().replaces()))) {
            return cohort; // the usual practice: no search at all
        }
        EvaluationScope scope = new EvaluationScope(until);
        try {
            Map<String, Optional<List<CodedEvent>>> fetched = new HashMap<>();
            List<PatientFacts> facts = new ArrayList<>(cohort.size());
            for (PatientFacts patient : cohort) {
                MergeLinks links = patient.links();
                for (String replaced : patient.links().replaces()) {
                    if (!inCohort.contains(replaced)) {
                        if (!fetched.containsKey(replaced)) {
                            fetched.put(replaced, entriesOf(replaced, scope));
                        }
                        Optional<List<CodedEvent>> entries = fetched.get(replaced);
                        if (entries.isPresent()) {
                            links = links.withEntriesOf(replaced, entries.get());
                        }
                    }
                }
                facts.add(links == patient.links() ? patient : patient.withLinks(links));
            }
            return facts;
        } finally {
            scope.end();
        }
    }

    /** The record's coded entries, or empty when the server could not give them for this record. */
    private Optional<List<CodedEvent>> entriesOf(String recordId, EvaluationScope scope) {
        Callable<List<Resource>> search =
                exchange.within(scope, () -> gateway.codedResourcesOfPatients(List.of(recordId)));
        try {
            List<Resource> found = search.call();
            return Optional.of(
                    byRecord(found, List.of(recordId), "search coded entries of a replaced record")
                            .get(recordId)
                            .stream()
                            .flatMap(r -> mapper.eventsOf(r).stream())
                            .toList());
        } catch (FhirServerException e) {
            if (e.kind() != FhirServerException.Kind.ERROR_RESPONSE) {
                throw e; // the server or its answers, not this record: the practice fails as for any other search
            }
            // No record id in the log: it names a patient's record.
            Log.warnf(
                    "Entries of a replaced record outside the cohort unavailable (%s): its merge is unresolved",
                    e.kind());
            return Optional.empty();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Coded resources by the record they are on, every one of {@code recordIds} present (perhaps with none).
     * An entry of any other patient is refused: another patient's 106 must never rescind this patient's 104.
     */
    static Map<String, List<Resource>> byRecord(List<Resource> found, List<String> recordIds, String interaction) {
        Map<String, List<Resource>> byRecord = new LinkedHashMap<>();
        recordIds.forEach(id -> byRecord.put(id, new ArrayList<>()));
        for (Resource resource : found) {
            List<Resource> ofRecord = byRecord.get(FhirGateway.idOf(FhirGateway.subjectOf(resource)));
            if (ofRecord == null) {
                throw new FhirServerException(
                        FhirServerException.Kind.INVALID_RESPONSE,
                        interaction,
                        "The FHIR server returned coded entries of another patient for '" + interaction + "'.");
            }
            ofRecord.add(resource);
        }
        return byRecord;
    }
}
