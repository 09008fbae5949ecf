package io.github.recordaccess.rules;

/**
 * The stable ids of the actions the service advises. They are part of the API (docs/rules.md, "Actions"):
 * callers filter worklists and key their own screens by them, so an id is never renamed or reused.
 */
public enum ActionId {
    /** Give online access, once new entries are checked for third-party or harmful information. */
    PROVIDE_ACCESS,
    /** At a live practice, the deciding 106 may postdate go-live: a 106 does not switch access on by itself. */
    ENABLE_ACCESS_MANUALLY,
    /** An active 104: no automatic access; offer it on request after counselling. */
    OFFER_ACCESS_ON_REQUEST,
    /** At a live practice, the deciding 104 or a counted 103 may postdate go-live: access may already be on. */
    CHECK_EXISTING_ACCESS,
    /** The deciding 104 fell on a bulk-coding day: assess the patient individually. */
    REVIEW_BULK_CODED_104,
    /** A counted 103: the patient declined. */
    RESPECT_OPT_OUT,
    /** The record cannot support a safe answer, or holds a coding error: a person must look at it. */
    REVIEW_RECORD,
    /** Deceased, or the record is not active at the practice. */
    NO_ACTION,
    /** Under 16: what happens at the 16th birthday. */
    AT_SIXTEEN,
    /** The deciding 104 was recorded by another organisation: review whether it still applies. */
    REVIEW_INHERITED_104,
    /**
     * A safeguarding concern with no individual review after it made the answer review, or the patient is under 16:
     * consider whether online access could cause harm, and record a 104 or a 106.
     */
    CONSIDER_104_SAFEGUARDING
}
