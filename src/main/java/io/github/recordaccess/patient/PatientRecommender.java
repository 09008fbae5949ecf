package io.github.recordaccess.patient;

import io.github.recordaccess.config.AccessConfig;
import io.github.recordaccess.fhir.FhirGateway;
import io.github.recordaccess.fhir.FhirServerException;
import io.github.recordaccess.fhir.PatientRecord;
import io.github.recordaccess.fhir.PatientRecordLoader;
import io.github.recordaccess.fhir.PracticeRef;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodeSets;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.RecommendationEngine;
import io.quarkus.logging.Log;
import io.github.recordaccess.metrics.ServiceMetrics;
import io.github.recordaccess.practice.PracticeEvaluations;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One patient's recommendation: from a fresh cached evaluation of their practice when there is one,
 * else from three searches plus, when a 104 might be bulk-coded, the practice's count for that day.
 */
@ApplicationScoped
public class PatientRecommender {

    private final PatientRecordLoader loader;
    private final FhirGateway gateway;
    private final RecommendationEngine engine;
    private final CodeSets codeSets;
    private final AccessConfig config;
    private final ServiceMetrics metrics;
    private final PracticeEvaluations evaluations;

    public PatientRecommender(PatientRecordLoader loader, FhirGateway gateway, RecommendationEngine engine, CodeSets codeSets,
            AccessConfig config, ServiceMetrics metrics, PracticeEvaluations evaluations) {
        this.evaluations = evaluations;
        this.metrics = metrics;
        this.loader = loader;
        this.gateway = gateway;
        this.engine = engine;
        this.codeSets = codeSets;
        this.config = config;
    }

    public PatientRecommendation recommend(String nhsNumber, LocalDate asOf) {
        LocalDate today = engine.today();
        PatientRecord record = loader.findByNhsNumber(nhsNumber).orElseThrow(PatientNotFoundException::new);
        Optional<PracticeRef> practice = record.practice();
        Optional<AccessRecommendation> cached = practice.map(PracticeRef::odsCode)
                .flatMap(ods -> evaluations.ifFresh(ods, asOf))
                .flatMap(evaluation -> evaluation.results().stream()
                        .filter(r -> r.patientId().equals(record.facts().patientId())).findFirst());
        if (cached.isPresent()) {
            return new PatientRecommendation(cached.get(), practice.get().odsCode());
        }
        AccessRecommendation result = engine.evaluate(loader.withCodedEvents(record.facts()), asOf, today);
        if (result.bulkCoded104() == null) {
            result = withPracticeBulkCoding(result, practice);
        }
        metrics.countRecommendations(java.util.List.of(result));
        return new PatientRecommendation(result, practice.map(PracticeRef::odsCode).orElse(null));
    }

    /**
     * Counts the practice's 104s on the deciding 104's day. The count is of resources, so it can only
     * overstate distinct patients; where it cannot be had, bulkCoded104 stays null (unknown).
     */
    private AccessRecommendation withPracticeBulkCoding(AccessRecommendation result, Optional<PracticeRef> practice) {
        Optional<LocalDate> day = result.deciding104().map(CodedEvent::date).flatMap(d -> d.day());
        Optional<String> organizationId = practice.map(PracticeRef::organizationId);
        if (day.isEmpty() || organizationId.isEmpty()) {
            return result;
        }
        try {
            int coded = gateway.countCodedOnDay(organizationId.get(), codeSets.of(CodeKind.REVIEW_INDICATED_104), day.get());
            return engine.withBulkCoded(result, coded >= config.bulkCoding().minPatients());
        } catch (FhirServerException e) {
            Log.warnf("Bulk-coding count unavailable (%s); bulkCoded104 left unknown", e.getMessage());
            return result;
        }
    }
}
