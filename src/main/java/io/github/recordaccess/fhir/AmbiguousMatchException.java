package io.github.recordaccess.fhir;

import java.util.List;

/** More than one resource answers to an identifier that must be unique: no single record can be trusted. */
public class AmbiguousMatchException extends RuntimeException {

    private final transient List<PracticeRef> practices;

    public AmbiguousMatchException(String resourceType, String identifierName, int count) {
        this(resourceType, identifierName, count, List.of());
    }

    /** @param practices the practices the Patients are registered with, as they refer to them (for scope checks) */
    public AmbiguousMatchException(String resourceType, String identifierName, int count, List<PracticeRef> practices) {
        super(count + " " + resourceType + " resources carry this " + identifierName);
        this.practices = List.copyOf(practices);
    }

    /** The practices of the Patients that carry the number; empty for other resources. */
    public List<PracticeRef> practices() {
        return practices;
    }
}
