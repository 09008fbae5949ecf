package io.github.recordaccess.read;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method reads, so that {@link ScopedReads} can hold the caller to their scope before the method looks
 * anything up. Every method of the API and the pages that reads practice or patient data declares one
 * ({@code ScopedReadsTest}); a method with an {@code {odsCode}} path parameter and no declaration needs patient-level
 * scope for that practice (fail closed).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Reads {

    Level value();

    enum Level {
        /** Patient-level data of the practice in the path (worklists, their CSV, the practice page's rows). */
        PATIENTS_OF_PRACTICE,
        /** Figures of the practice in the path (summary, checklist, history, the practice page). */
        FIGURES_OF_PRACTICE,
        /** One patient, whose practice is known only once found: the lookup itself answers 404 outside the scope. */
        ONE_PATIENT,
        /** Figures of the practices in scope (the overview; {@code ods=} may name only practices in scope). */
        PRACTICES_IN_SCOPE,
        /** The ICB's totals over every practice. */
        ICB_TOTALS
    }
}
