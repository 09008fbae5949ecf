package io.github.recordaccess.rules;

/** Why a recommendation was made; a result lists every reason that applies, the deciding one first. */
public enum Reason {
    DECEASED,
    INACTIVE_RECORD,
    /** Another active, living Patient record of the practice shares the NHS number. */
    DUPLICATE_RECORD,
    /** No NHS number, or one that fails the modulus-11 check. */
    NO_NHS_NUMBER,
    MISSING_BIRTH_DATE,
    UNDER_16,
    DECLINED_103,
    /** No counted code at all; listed only when it decides. */
    NO_CODES,
    ACTIVE_104,
    NOT_INDICATED_106,
    RESCINDED_BY_106,
    /** Both 104 and 106 exist and at least one of them has no date. */
    UNDATED_CODE,
    /** Both 104 and 106 exist and their clinical dates and recorded times do not agree on an order. */
    CONFLICTING_CODES,
    /**
     * An entry carries a configured code value under another system or none. It decides (review) where
     * the answer would otherwise be PROVISION_ACCESS; otherwise it is added.
     */
    UNRECOGNISED_CODING,
    /** A counted 103, 104 or safeguarding concern is dated after today: probably a keying error. Never decides. */
    FUTURE_DATED_CODE,
    /** The deciding 104 was recorded on a day the practice coded many patients at once. */
    BULK_CODED_104,
    /**
     * The record was replaced by another Patient record (a merge): it is not evaluated on its own, and its
     * entries count for the record that survived. Decides NOT_APPLICABLE.
     */
    REPLACED_RECORD,
    /**
     * The record takes part in a merge its links cannot settle: a cycle, a record replaced by two records, a
     * survivor outside the practice, or a replaced record whose entries could not be had. Decides review.
     */
    UNRESOLVED_MERGE,
    /**
     * An NHS-number identifier carries a UK Core verification status other than 01 (verified), or one that
     * cannot be read. It decides (review) where the answer would otherwise be PROVISION_ACCESS; otherwise it
     * is added.
     */
    UNVERIFIED_NHS_NUMBER,
    /**
     * The deciding 104 is an Observation whose performer names an organisation other than the practice (a
     * 104 carried over from a previous practice). Never decides.
     */
    RECORDED_ELSEWHERE,
    /**
     * A counted safeguarding concern ({@code access.codes.safeguarding}) that no individual review follows: no
     * counted 106 later than every concern, other than one of a bulk-coding day. Decides (review) where the answer
     * would otherwise be PROVISION_ACCESS; otherwise it is added, except for a deceased, inactive or replaced record.
     */
    SAFEGUARDING_CONCERN
}
