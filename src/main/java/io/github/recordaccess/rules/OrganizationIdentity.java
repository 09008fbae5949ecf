package io.github.recordaccess.rules;

import java.util.Locale;

/**
 * An organisation as a record names it: by the logical id of an Organization resource, by its ODS code, or
 * both. Used for the patient's practice and for the organisation that recorded an entry; either part may be
 * unknown (null).
 *
 * @param organizationId the Organization resource's logical id, or null
 * @param odsCode the ODS code (under either ODS identifier system), or null
 */
public record OrganizationIdentity(String organizationId, String odsCode) {

    /** A practice the service cannot name: nothing can be compared with it. */
    public static final OrganizationIdentity UNKNOWN = new OrganizationIdentity(null, null);

    /**
     * True when this organisation is certainly not {@code other}: a different Organization resource, or a
     * different ODS code (case and surrounding spaces aside). A part unknown on either side cannot tell, so
     * an organisation that cannot be told apart counts as the same one.
     */
    public boolean isCertainlyNot(OrganizationIdentity other) {
        boolean otherResource = organizationId != null
                && other.organizationId() != null
                && !organizationId.equals(other.organizationId());
        boolean otherOdsCode = odsCode != null
                && other.odsCode() != null
                && !normalized(odsCode).equals(normalized(other.odsCode()));
        return otherResource || otherOdsCode;
    }

    private static String normalized(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
