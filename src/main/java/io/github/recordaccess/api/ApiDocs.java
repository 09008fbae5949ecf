package io.github.recordaccess.api;

/** Texts shared by the OpenAPI annotations. */
final class ApiDocs {

    static final String ODS = "ODS code of the practice: 3 to 10 letters and digits.";
    static final String FHIR_FAILED =
            "The FHIR server failed or answered with something that is not valid, complete FHIR. No recommendation is given.";
    static final String FHIR_UNAVAILABLE =
            "The FHIR server could not be reached or timed out. No recommendation is given.";

    private ApiDocs() {}
}
