package io.github.recordaccess.read;

import io.github.recordaccess.rules.OrganizationIdentity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Organization",
        description = "An organisation as the record names it, by FHIR Organization id, ODS code, or both.")
public record OrganizationView(
        @Schema(description = "Logical id of the Organization resource referenced, or null", example = "org-y21001")
        String organizationId,

        @Schema(description = "ODS code from an identifier (either ODS system), or null", example = "Y21001")
        String odsCode) {

    static OrganizationView from(OrganizationIdentity organization) {
        return new OrganizationView(organization.organizationId(), organization.odsCode());
    }
}
