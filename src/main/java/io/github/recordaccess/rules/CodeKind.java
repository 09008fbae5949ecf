package io.github.recordaccess.rules;

/**
 * The three opt-out model codes (SNOMED CT UK extension), and the safeguarding concerns weighed beside them.
 * Source: NHS Digital, "Using Enhanced Review (SNOMED) codes when giving a patient access to their health
 * record"; for concerns, the RCGP safeguarding toolkit (see {@link SafeguardingCodes}).
 */
public enum CodeKind {
    /** 1290331000000103: online access to own health record declined by patient. */
    DECLINED_103,
    /** 1364731000000104: enhanced review indicated before granting access; withholds automatic access. */
    REVIEW_INDICATED_104,
    /** 1364751000000106: enhanced review not indicated; rescinds an earlier 104 (never a 103). */
    REVIEW_NOT_INDICATED_106,
    /**
     * A safeguarding concern ({@code access.codes.safeguarding}): until a later individual 106 follows it, no
     * automatic access.
     */
    SAFEGUARDING_CONCERN
}
