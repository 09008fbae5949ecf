package io.github.recordaccess.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource method that changes the practice registry: each call it answers leaves a registry-change event. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RegistryChangeAudited {

    /** The route template, for the event's endpoint. */
    String value();
}
