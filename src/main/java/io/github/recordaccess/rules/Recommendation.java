package io.github.recordaccess.rules;

/** What the practice should do about automatic online access to the patient's prospective record. */
public enum Recommendation {
    /** Give online access: aged 16+, no 103, and no active 104. */
    PROVISION_ACCESS,
    /** An active 104 withholds automatic access: offer access on request after counselling. */
    OFFER_OPT_IN,
    /** The patient declined online access (103). */
    OPTED_OUT,
    /** Outside the automatic model: deceased, inactive record, a record replaced by another, or under 16. */
    NOT_APPLICABLE,
    /** The data cannot support a safe answer: a person must look at the record. */
    REVIEW_REQUIRED
}
