package io.github.recordaccess.fhir;

/**
 * The ways a Patient's {@code generalPractitioner} can name its practice, each searched for a practice's
 * cohort: NHS sources use all three (literal references in our own feeds, PractitionerRoles in GP Connect,
 * identifier-only references in PDS). Their words for people are the vocabulary's ({@code read.Words}).
 */
public enum CohortRoute {
    /** {@code generalPractitioner} references the practice's Organization. */
    ORGANIZATION,
    /** {@code generalPractitioner} references a PractitionerRole whose {@code organization} is the practice. */
    PRACTITIONER_ROLE,
    /** {@code generalPractitioner} is an identifier-only reference carrying the practice's ODS code. */
    ODS_IDENTIFIER
}
