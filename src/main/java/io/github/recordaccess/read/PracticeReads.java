package io.github.recordaccess.read;

import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one way to one practice's data. Every read of a practice (its worklists and their CSV, its summary, checklist
 * and history, its page) in the API and the pages starts with {@link #of}, which is handed the practice's ODS code
 * before anything is looked up: the evaluation, the registry and the snapshot store are reached only through the
 * {@link PracticeReader} it gives, shaped by the caller's scope.
 */
@ApplicationScoped
public class PracticeReads {

    private final PracticeEvaluations evaluations;
    private final PracticeProfiles profiles;
    private final SnapshotStore snapshots;
    private final AuditDetails audit;
    private final ScopeGuard scope;

    public PracticeReads(
            PracticeEvaluations evaluations,
            PracticeProfiles profiles,
            SnapshotStore snapshots,
            AuditDetails audit,
            ScopeGuard scope) {
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.snapshots = snapshots;
        this.audit = audit;
        this.scope = scope;
    }

    /**
     * The reads of this practice, as the caller's scope lets them see it; an audited request records the practice
     * here, before anything is looked up. {@link ScopedReads} has already refused a practice outside the scope; this
     * refuses it again, so that no read of a practice can skip the check.
     */
    public PracticeReader of(OdsCode practice) {
        scope.requireFiguresOf(practice.value());
        audit.practice(practice.value());
        boolean figuresOnly = scope.figuresOnlyFor(practice.value());
        return new PracticeReader(
                practice,
                evaluations,
                profiles,
                snapshots,
                figuresOnly
                        ? new FiguresOnly(scope.smallNumber(), () -> scope.requirePatientsOf(practice.value()))
                        : null);
    }

    /** How a figures-only caller reads a practice: small counts hidden, and patient-level reads refused. */
    record FiguresOnly(int smallNumber, Runnable refusePatients) {}
}
