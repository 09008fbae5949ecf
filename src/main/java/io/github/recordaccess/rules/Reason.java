package io.github.recordaccess.rules;

/** Why a recommendation was made; a result lists every reason that applies, the deciding one first. */
public enum Reason {
    DECEASED,
    INACTIVE_RECORD,
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
    /** Both 104 and 106 exist and neither dates nor recording times order them. */
    CONFLICTING_CODES,
    /** The deciding 104 was recorded on a day the practice coded many patients at once. */
    BULK_CODED_104
}
