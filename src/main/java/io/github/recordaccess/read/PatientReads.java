package io.github.recordaccess.read;

import io.github.recordaccess.patient.PatientRecommendation;
import io.github.recordaccess.patient.PatientRecommender;
import io.github.recordaccess.security.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The one way to one patient's answer, the API's and the patient page's. */
@ApplicationScoped
public class PatientReads {

    private final PatientRecommender recommender;
    private final AuditDetails audit;

    public PatientReads(PatientRecommender recommender, AuditDetails audit) {
        this.recommender = recommender;
        this.audit = audit;
    }

    /**
     * The patient's recommendation with its evidence and actions. An audited request records the number asked for
     * before the FHIR server is asked, so that a failed lookup names it too, and the practice once it is known.
     */
    public RecommendationView recommendation(NhsNumber nhsNumber, LocalDate day) {
        audit.nhsNumbers(List.of(nhsNumber.value()));
        PatientRecommendation found = recommender.recommend(nhsNumber.value(), day);
        audit.practice(found.practiceOdsCode());
        return RecommendationView.from(found.result(), found.practiceOdsCode(), true, found.actions());
    }
}
