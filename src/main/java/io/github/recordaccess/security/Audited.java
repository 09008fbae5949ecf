package io.github.recordaccess.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource method whose answers each leave an audit event of {@link #type}, naming {@link #endpoint}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    AuditEventType type();

    /** The route template the event names as its endpoint ({@code Routes}). */
    String endpoint();
}
