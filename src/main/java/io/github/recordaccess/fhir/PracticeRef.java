package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.OrganizationIdentity;

/**
 * A GP practice as the FHIR server knows it.
 *
 * @param organizationId the Organization's logical id, or null when only its ODS code is known
 * @param odsCode the ODS code, or null when the server does not say
 */
public record PracticeRef(String organizationId, String odsCode) {

    /** The practice as the rules compare it with the organisation that recorded an entry. */
    public OrganizationIdentity identity() {
        return new OrganizationIdentity(organizationId, odsCode);
    }
}
