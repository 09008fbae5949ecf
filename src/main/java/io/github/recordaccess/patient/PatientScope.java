package io.github.recordaccess.patient;

import java.util.Collection;

/**
 * Whose patients the caller may read. A patient registered elsewhere answers exactly as an unknown NHS number does
 * (404), so that the answer does not tell whether the person is registered elsewhere.
 */
public interface PatientScope {

    /** Every practice's patients: no practice needs to be known first, and none is looked up for the scope. */
    boolean everywhere();

    /**
     * Whether a patient whose records are registered with these practices (ODS codes; empty when none is known) may be
     * read. Asked only when {@link #everywhere()} is false.
     */
    boolean mayRead(Collection<String> odsCodes);

    /** The unknown number's 404 unless a patient registered with these practices may be read. */
    default void require(Collection<String> odsCodes) {
        if (!everywhere() && !mayRead(odsCodes)) {
            throw new PatientNotFoundException();
        }
    }
}
