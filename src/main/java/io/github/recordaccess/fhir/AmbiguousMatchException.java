package io.github.recordaccess.fhir;

/** More than one resource answers to an identifier that must be unique: no single record can be trusted. */
public class AmbiguousMatchException extends RuntimeException {

    public AmbiguousMatchException(String resourceType, String identifierName, int count) {
        super(count + " " + resourceType + " resources carry this " + identifierName);
    }
}
