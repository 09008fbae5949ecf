package io.github.recordaccess.demo;

/**
 * How a patient's record names the practice. NHS sources use all three; the first patient is registered
 * through a PractitionerRole and the third by an identifier-only reference (PDS style). Neither draws a random
 * number, so the rest of the practice is the same whatever the shapes.
 */
enum Registration {
    ORGANIZATION,
    PRACTITIONER_ROLE,
    ODS_IDENTIFIER;

    static Registration of(int index) {
        return switch (index) {
            case 0 -> PRACTITIONER_ROLE;
            case 2 -> ODS_IDENTIFIER;
            default -> ORGANIZATION;
        };
    }
}
