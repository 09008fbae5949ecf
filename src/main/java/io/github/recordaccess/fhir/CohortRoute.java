package io.github.recordaccess.fhir;

/**
 * The ways a Patient's {@code generalPractitioner} can name its practice, each searched for a practice's
 * cohort: NHS sources use all three (literal references in our own feeds, PractitionerRoles in GP Connect,
 * identifier-only references in PDS).
 */
public enum CohortRoute {
    /** {@code generalPractitioner} references the practice's Organization. */
    ORGANIZATION("a reference to the practice's Organization"),
    /** {@code generalPractitioner} references a PractitionerRole whose {@code organization} is the practice. */
    PRACTITIONER_ROLE("a reference to one of the practice's PractitionerRoles"),
    /** {@code generalPractitioner} is an identifier-only reference carrying the practice's ODS code. */
    ODS_IDENTIFIER("the practice's ODS code alone (an identifier-only reference, as PDS gives it)");

    private final String words;

    CohortRoute(String words) {
        this.words = words;
    }

    /** The route in words, for the pages. */
    public String words() {
        return words;
    }
}
