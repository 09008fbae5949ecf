package io.github.recordaccess.read;

import io.github.recordaccess.patient.PatientRecommendation;
import io.github.recordaccess.patient.PatientRecommender;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The one way to one patient's answer, the API's and the patient page's. */
@ApplicationScoped
public class PatientReads {

    private final PatientRecommender recommender;
    private final AuditDetails audit;
    private final ScopeGuard scope;
    private final PracticeProfiles profiles;

    public PatientReads(
            PatientRecommender recommender, AuditDetails audit, ScopeGuard scope, PracticeProfiles profiles) {
        this.recommender = recommender;
        this.audit = audit;
        this.scope = scope;
        this.profiles = profiles;
    }

    /**
     * The patient's recommendation with its evidence and actions. An audited request records the number asked for
     * before the FHIR server is asked, so that a failed lookup names it too, and the practice once it is known. A
     * patient registered with no practice in the caller's scope answers as an unknown number (404).
     */
    public RecommendationView recommendation(NhsNumber nhsNumber, LocalDate day) {
        PatientRecommendation found = recommend(nhsNumber, day);
        return RecommendationView.from(found.result(), found.practiceOdsCode(), true, found.actions());
    }

    /**
     * The recommendation as {@link #recommendation} reads it, with who the record is about for the patient page's
     * banner (read afresh, kept nowhere).
     */
    public PatientAnswer withPerson(NhsNumber nhsNumber, LocalDate day) {
        PatientRecommendation found = recommend(nhsNumber, day);
        PatientRecommendation.Person person = found.person();
        String practiceName = found.practiceOdsCode() == null
                ? null
                : profiles.entry(found.practiceOdsCode())
                        .map(PracticeEntry::name)
                        .orElse(null);
        return new PatientAnswer(
                RecommendationView.from(found.result(), found.practiceOdsCode(), true, found.actions()),
                new PersonView(
                        person.name().orElse(null),
                        person.birthDate(),
                        person.deceased(),
                        person.deceasedOn(),
                        practiceName));
    }

    private PatientRecommendation recommend(NhsNumber nhsNumber, LocalDate day) {
        audit.nhsNumbers(List.of(nhsNumber.value()));
        PatientRecommendation found =
                recommender.recommend(nhsNumber.value(), day, PatientScopes.of(scope, nhsNumber.value()));
        audit.practice(found.practiceOdsCode());
        return found;
    }
}
