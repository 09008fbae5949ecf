package io.github.recordaccess.practice;

/** The FHIR server knows no Organization with the ODS code. */
public class PracticeNotFoundException extends RuntimeException {

    public PracticeNotFoundException(String odsCode) {
        super("No practice with ODS code " + odsCode + " was found on the FHIR server.");
    }
}
