package io.github.recordaccess.patient;

/** No Patient on the FHIR server carries the NHS number. */
public class PatientNotFoundException extends RuntimeException {

    public PatientNotFoundException() {
        super("No patient with this NHS number was found on the FHIR server.");
    }
}
