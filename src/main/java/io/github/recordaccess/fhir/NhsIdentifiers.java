package io.github.recordaccess.fhir;

import java.util.List;

/** Identifier systems used in England (UK Core / NHS naming systems). */
public final class NhsIdentifiers {

    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    /** Older spelling still seen in some feeds. */
    public static final String NHS_NUMBER_LEGACY = "http://fhir.nhs.net/Id/nhs-number";

    public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
    /** The spelling PDS examples use. */
    public static final String ODS_CODE_PDS = "https://digital.nhs.uk/services/organisation-data-service";

    public static final List<String> NHS_NUMBER_SYSTEMS = List.of(NHS_NUMBER, NHS_NUMBER_LEGACY);
    public static final List<String> ODS_CODE_SYSTEMS = List.of(ODS_CODE, ODS_CODE_PDS);

    private NhsIdentifiers() {}
}
