package io.github.recordaccess.patient;

import io.github.recordaccess.fhir.FhirRecords;
import io.github.recordaccess.fhir.FhirServerException;
import io.github.recordaccess.fhir.PatientRecord;
import io.github.recordaccess.fhir.PracticeRef;
import io.github.recordaccess.metrics.ServiceMetrics;
import io.github.recordaccess.practice.PracticeEvaluation;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.ActionAdvisor;
import io.github.recordaccess.rules.Bulk106Days;
import io.github.recordaccess.rules.BulkCodingDay;
import io.github.recordaccess.rules.BulkCodingDetector;
import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.CodedEvent;
import io.github.recordaccess.rules.OrganizationIdentity;
import io.github.recordaccess.rules.PatientFacts;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.RecommendationEngine;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One patient's recommendation, always from the patient's own entries read now: a clinician who codes a
 * 104 and checks at once must see it. Only the practice's bulk-coding days may come from a cached
 * evaluation of the practice (then the answer costs three FHIR requests); without one, or with one from
 * before the deciding 104 was coded, the practice's 104s around its day are fetched and counted.
 */
@ApplicationScoped
public class PatientRecommender {

    private final FhirRecords fhir;
    private final RecommendationEngine engine;
    private final BulkCodingDetector bulkCoding;
    private final ServiceMetrics metrics;
    private final PracticeEvaluations evaluations;
    private final PracticeProfiles profiles;

    public PatientRecommender(
            FhirRecords fhir,
            RecommendationEngine engine,
            BulkCodingDetector bulkCoding,
            ServiceMetrics metrics,
            PracticeEvaluations evaluations,
            PracticeProfiles profiles) {
        this.fhir = fhir;
        this.engine = engine;
        this.bulkCoding = bulkCoding;
        this.metrics = metrics;
        this.evaluations = evaluations;
        this.profiles = profiles;
    }

    /**
     * The recommendation for the patient with this NHS number, within the caller's scope.
     *
     * @throws PatientNotFoundException when no Patient carries the number, or the patient (or, for duplicates, every
     *     one of their records) is registered with no practice the caller may read: the two answer alike
     */
    public PatientRecommendation recommend(String nhsNumber, LocalDate asOf, PatientScope scope) {
        LocalDate today = engine.today();
        PatientRecord record = ScopedRecords.load(fhir, nhsNumber, scope);
        Optional<PracticeEvaluation> cached = record.practice().flatMap(ref -> cachedEvaluation(ref, asOf));
        Optional<PracticeRef> practice = cached.map(e -> new PracticeRef(e.organizationId(), e.odsCode()))
                .or(() -> record.practice().map(fhir::withOdsCode));
        scope.require(ScopedRecords.codesOf(practice.stream()));
        practice = practice.map(ref -> withOrganizationIfNeeded(ref, record.facts()));
        OrganizationIdentity identity = practice.map(PracticeRef::identity).orElse(OrganizationIdentity.UNKNOWN);
        AccessRecommendation result =
                engine.evaluate(record.facts(), record.mergedRecords(), identity, asOf, today, Bulk106Days.UNKNOWN);
        if (result.reasons().contains(Reason.SAFEGUARDING_CONCERN)
                && !result.concernReviewDays().isEmpty()) {
            // A 106 follows the concern: whether it reviewed it depends on the practice's 106s of its day.
            Set<LocalDate> bulk106 = bulk106Days(result.concernReviewDays(), practice, asOf, today);
            result = engine.evaluate(record.facts(), record.mergedRecords(), identity, asOf, today, bulk106::contains);
        }
        if (cached.isPresent() && knewTheDeciding104(cached.get(), result)) {
            // The practice list's own bulk-coding days, so that the two answers agree.
            result = bulkCoding.apply(
                    result,
                    cached.get().bulkCodingDays().stream()
                            .map(BulkCodingDay::date)
                            .collect(Collectors.toSet()));
        } else if (result.bulkCoded104() == null) {
            // No evaluation, or one from before this 104 was coded: count the day's patients afresh.
            result = withPracticeBulkCoding(result, practice, today);
        }
        metrics.countRecommendations(List.of(result));
        String odsCode = practice.map(PracticeRef::odsCode).orElse(null);
        PatientRecommendation.Person person = new PatientRecommendation.Person(
                record.name(),
                record.facts().birthDate(),
                record.facts().deceased(),
                record.facts().deceasedOn());
        return new PatientRecommendation(
                result, odsCode, ActionAdvisor.actionsFor(result, profiles.context(odsCode)), person);
    }

    /**
     * The practice as the practice list names it (Organization id and ODS code), for comparing with who recorded
     * each 104, so that both answers agree on RECORDED_ELSEWHERE. A PDS-style {@code generalPractitioner} names
     * the practice by ODS code alone: only when one of the patient's 104s names its recorder by Organization id
     * alone is the practice's Organization then found by its code (one search), as the practice list finds it.
     */
    private PracticeRef withOrganizationIfNeeded(PracticeRef ref, PatientFacts facts) {
        boolean recorderByIdAlone = facts.events().stream()
                .filter(e -> e.kind() == CodeKind.REVIEW_INDICATED_104)
                .flatMap(e -> e.performerOrganizations().stream())
                .anyMatch(o -> o.organizationId() != null && o.odsCode() == null);
        // Not found, or two Organizations carry the code (the practice list fails for it): as the reference gives it.
        return recorderByIdAlone ? fhir.withOrganizationId(ref) : ref;
    }

    /**
     * Whether the cached evaluation counted this very 104 for this patient: a 104 coded since then is not
     * in its bulk-coding days, so those days could not say "not bulk-coded" for it.
     */
    private static boolean knewTheDeciding104(PracticeEvaluation evaluation, AccessRecommendation fresh) {
        Optional<String> deciding = fresh.deciding104().map(CodedEvent::reference);
        return deciding.isEmpty()
                || evaluation.results().stream()
                        .filter(r -> r.patientId().equals(fresh.patientId()))
                        .anyMatch(
                                r -> r.deciding104().map(CodedEvent::reference).equals(deciding));
    }

    private Optional<PracticeEvaluation> cachedEvaluation(PracticeRef practice, LocalDate asOf) {
        return practice.organizationId() != null
                ? evaluations.ifFreshByOrganization(practice.organizationId(), asOf)
                : evaluations.ifFresh(practice.odsCode(), asOf);
    }

    /**
     * Counts the distinct patients of the practice with a counted 104 on the deciding 104's London day, from
     * the practice's 104 entries around that day, as the practice list counts them; where they cannot be
     * had, bulkCoded104 stays null (unknown).
     */
    private AccessRecommendation withPracticeBulkCoding(
            AccessRecommendation result, Optional<PracticeRef> practice, LocalDate today) {
        Optional<LocalDate> day = result.deciding104().map(CodedEvent::date).flatMap(d -> d.day());
        if (day.isEmpty() || practice.isEmpty()) {
            return result;
        }
        try {
            // An identifier-only registration names no Organization: find it, to count by every route.
            PracticeRef known = fhir.withOrganizationId(practice.get());
            if (known.organizationId() == null) {
                return result;
            }
            Map<String, List<CodedEvent>> entries = fhir.codedAround(known, CodeKind.REVIEW_INDICATED_104, day.get());
            int patients = bulkCoding.patientsCodedOn(day.get(), entries, result.asOf(), today);
            return result.withBulkCoded104(bulkCoding.isBulk(patients));
        } catch (FhirServerException e) {
            Log.warnf("Bulk-coding count unavailable (%s); bulkCoded104 left unknown", e.getMessage());
            return result;
        }
    }

    /**
     * Which of {@code days} are bulk-106 days at the practice, counted from its 106 entries around each day as the
     * practice list counts them. Where they cannot be had, every day is taken as one (fail closed): the concern
     * then stays unreviewed.
     */
    private Set<LocalDate> bulk106Days(
            List<LocalDate> days, Optional<PracticeRef> practice, LocalDate asOf, LocalDate today) {
        Set<LocalDate> all = Set.copyOf(days);
        if (practice.isEmpty()) {
            return all;
        }
        try {
            PracticeRef known = fhir.withOrganizationId(practice.get());
            if (known.organizationId() == null) {
                return all;
            }
            Set<LocalDate> bulk = new HashSet<>();
            for (LocalDate day : days) {
                Map<String, List<CodedEvent>> entries = fhir.codedAround(known, CodeKind.REVIEW_NOT_INDICATED_106, day);
                if (bulkCoding.isBulk(Bulk106Days.patientsCodedOn(day, entries, asOf, today))) {
                    bulk.add(day);
                }
            }
            return bulk;
        } catch (FhirServerException e) {
            Log.warnf("Bulk-106 count unavailable (%s); the safeguarding concern stays unreviewed", e.getMessage());
            return all;
        }
    }
}
