package io.github.recordaccess.fhir;

/**
 * A GP practice as the FHIR server knows it.
 *
 * @param organizationId the Organization's logical id, or null when only its ODS code is known
 * @param odsCode the ODS code, or null when the server does not say
 */
public record PracticeRef(String organizationId, String odsCode) {}
