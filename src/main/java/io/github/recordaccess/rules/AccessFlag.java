package io.github.recordaccess.rules;

/** The state of the patient's 104/106 codes, computed for every patient. */
public enum AccessFlag {
    /** No counted 104 or 106. */
    NONE,
    /** A 104 is in force. */
    ACTIVE_104,
    /** Only 106 codes: review was judged unnecessary. */
    NOT_INDICATED_106,
    /** A later 106 rescinded every 104. */
    RESCINDED_BY_106,
    /** 104 and 106 exist but their order cannot be established. */
    UNDETERMINED
}
