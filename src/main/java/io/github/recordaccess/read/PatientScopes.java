package io.github.recordaccess.read;

import io.github.recordaccess.patient.PatientScope;
import io.github.recordaccess.security.ScopeGuard;
import java.util.Collection;

/** The caller's scope as the patient lookup asks it, for one NHS number (recorded when the scope turns it away). */
public final class PatientScopes {

    private PatientScopes() {}

    /** Refuses at once (403) a caller who may read no patient at all; else the scope the lookup checks. */
    public static PatientScope of(ScopeGuard guard, String nhsNumber) {
        guard.requireSomePatients();
        boolean everywhere = guard.scope().patientsEverywhere();
        return new PatientScope() {
            @Override
            public boolean everywhere() {
                return everywhere;
            }

            @Override
            public boolean mayRead(Collection<String> odsCodes) {
                return guard.mayReadPatientAt(odsCodes, nhsNumber);
            }
        };
    }
}
