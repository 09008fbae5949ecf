package io.github.recordaccess.fhir;

/** How a practice's coded entries are searched. */
public enum CodeSearchMode {
    /** {@code [type]?code={code}&patient.general-practitioner=Organization/{id}}, one code per search. */
    CHAINED,
    /** {@code POST [type]/_search} with {@code patient={ids}}, per batch of patients, for servers without chains. */
    PATIENT_BATCH
}
