package io.github.recordaccess.rules;

/** The FHIR resource type a coded event came from; the status rules differ between them. */
public enum SourceType {
    /** Uncategorised data from GP systems: the usual carrier of 103/104/106. */
    OBSERVATION,
    /** A coded entry promoted to a problem. */
    CONDITION
}
