package io.github.recordaccess.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource method that returns patient data: each call it answers leaves a patient-data-access event. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PatientDataAudited {

    /** The route template the event names as its endpoint. */
    String value();
}
