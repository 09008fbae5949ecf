package io.github.recordaccess.read;

import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.security.AuditDetails;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one way to one practice's data. Every read of a practice (its worklists and their CSV, its summary, checklist
 * and history, its page) in the API and the pages starts with {@link #of}, which is handed the practice's ODS code
 * before anything is looked up: the evaluation, the registry and the snapshot store are reached only through the
 * {@link PracticeReader} it gives.
 */
@ApplicationScoped
public class PracticeReads {

    private final PracticeEvaluations evaluations;
    private final PracticeProfiles profiles;
    private final SnapshotStore snapshots;
    private final AuditDetails audit;

    public PracticeReads(
            PracticeEvaluations evaluations, PracticeProfiles profiles, SnapshotStore snapshots, AuditDetails audit) {
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    /** The reads of this practice; an audited request records the practice here, before anything is looked up. */
    public PracticeReader of(OdsCode practice) {
        audit.practice(practice.value());
        return new PracticeReader(practice, evaluations, profiles, snapshots);
    }
}
