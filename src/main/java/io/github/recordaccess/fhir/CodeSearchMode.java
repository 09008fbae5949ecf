package io.github.recordaccess.fhir;

/** How a practice's coded entries are searched ({@code fhir.code-search}). */
public enum CodeSearchMode {
    /** Chained searches until the server rejects the chain, then patient batches for good (default). */
    AUTO,
    /** {@code [type]?code={code}&patient.general-practitioner=Organization/{id}}, one code per search; a rejection is an error. */
    CHAINED,
    /** {@code POST [type]/_search} with {@code patient={ids}}, per batch of patients, for servers without chains. */
    PATIENT_BATCH
}
