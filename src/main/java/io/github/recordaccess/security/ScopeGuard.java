package io.github.recordaccess.security;

import io.github.recordaccess.web.AccessPaths;
import io.github.recordaccess.web.ProblemType;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The one place a read is held to the caller's {@link Scope}: the read layer asks here before it looks anything up.
 * Every refusal leaves an {@code access-refused} event where it is decided, then throws {@link OutsideScopeException}.
 */
@RequestScoped
public class ScopeGuard {

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final AccessPaths paths;
    private final Refusals refusals;
    private final ScopeConfig config;
    private final Instance<PersonaChoice> personas;
    private Scope scope;

    public ScopeGuard(
            SecurityIdentity identity,
            CurrentVertxRequest request,
            AccessPaths paths,
            Refusals refusals,
            ScopeConfig config,
            Instance<PersonaChoice> personas) {
        this.identity = identity;
        this.request = request;
        this.paths = paths;
        this.refusals = refusals;
        this.config = config;
        this.personas = personas;
    }

    /** The caller's scope, worked out once per request. */
    public Scope scope() {
        if (scope == null) {
            scope = resolve();
        }
        return scope;
    }

    private Scope resolve() {
        RoutingContext rc = request.getCurrent();
        if (identity.isAnonymous()) {
            // Only a path left open (dev mode, tests) lets an anonymous caller through; there it reads as before.
            boolean open = rc != null && !paths.isProtected(rc.normalizedPath());
            if (!open) {
                return Scope.of(Set.of(), Set.of());
            }
            return personas.isResolvable() ? personas.get().chosen(rc).orElse(Scope.everything()) : Scope.everything();
        }
        Scope caller = Scope.of(identity.getRoles(), CallerOrganisations.of(identity));
        if (caller.practiceRoleWithoutOrganisation()) {
            Log.warnf(
                    "A caller with the role %s has no organisation (token claim '%s'%s): it opens no practice",
                    Scope.PRACTICE, config.odsClaim(), config.cis2() ? ", or the CIS2 selected role's org_code" : "");
        }
        return caller;
    }

    /** Patient-level data of one practice: 403 before any lookup, so an unknown ODS code answers the same. */
    public void requirePatientsOf(String odsCode) {
        Scope caller = scope();
        if (!caller.mayReadPatientsOf(odsCode)) {
            refuse(caller.figuresOnlyFor(odsCode) ? ScopeRefusal.FIGURES_ONLY : outside(caller));
        }
    }

    /** A practice's figures (summary, checklist counts, history). */
    public void requireFiguresOf(String odsCode) {
        Scope caller = scope();
        if (!caller.mayReadFiguresOf(odsCode)) {
            refuse(outside(caller));
        }
    }

    /** The patient endpoint and search: some patient must be readable at all. */
    public void requireSomePatients() {
        Scope caller = scope();
        if (!caller.mayReadSomePatients()) {
            refuse(caller.figuresEverywhere() ? ScopeRefusal.FIGURES_ONLY : outside(caller));
        }
    }

    /** Some practice's figures: the overview lists those in scope, and a caller with none is refused. */
    public void requireSomePractice() {
        Scope caller = scope();
        if (!caller.figuresEverywhere() && caller.ownPractices().isEmpty()) {
            refuse(outside(caller));
        }
    }

    /** The ICB's totals over every practice. */
    public void requireIcbTotals() {
        Scope caller = scope();
        if (!caller.mayReadIcbTotals()) {
            refuse(
                    caller.practiceRoleWithoutOrganisation()
                            ? ScopeRefusal.NO_ORGANISATION
                            : ScopeRefusal.NO_ICB_TOTALS);
        }
    }

    /** Whether this patient's practice is readable; when it is not, the 404 the caller gets is recorded with the number. */
    public boolean mayReadPatientAt(Collection<String> practicesOfTheRecords, String nhsNumber) {
        Scope caller = scope();
        boolean readable = caller.patientsEverywhere()
                || (!practicesOfTheRecords.isEmpty()
                        && practicesOfTheRecords.stream().anyMatch(caller::mayReadPatientsOf));
        if (!readable) {
            refusals.recordScope(
                    request.getCurrent(),
                    ProblemType.PATIENT_NOT_FOUND,
                    "The patient is not registered with a practice in the caller's scope.",
                    nhsNumber);
        }
        return readable;
    }

    /** Of these practices, those the caller may see at all, in the same order. */
    public List<String> visible(Collection<String> odsCodes) {
        return scope().visible(odsCodes);
    }

    /** Figures of the practice but not its patients: counts of sensitive groups hide small numbers. */
    public boolean figuresOnlyFor(String odsCode) {
        return scope().figuresOnlyFor(odsCode);
    }

    public int smallNumber() {
        return config.smallNumber();
    }

    private static ScopeRefusal outside(Scope caller) {
        if (caller.practiceRoleWithoutOrganisation()) {
            return ScopeRefusal.NO_ORGANISATION;
        }
        return caller.roles().contains(Scope.PRACTICE)
                ? ScopeRefusal.OUTSIDE_YOUR_ORGANISATION
                : ScopeRefusal.NO_READING_ROLE;
    }

    private void refuse(ScopeRefusal why) {
        refusals.recordScope(request.getCurrent(), why.type(), why.detail(), null);
        throw new OutsideScopeException(why.type(), why.detail());
    }
}
