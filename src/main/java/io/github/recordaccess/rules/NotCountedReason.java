package io.github.recordaccess.rules;

/** Why an entry is shown as evidence but does not take part in the decision. */
public enum NotCountedReason {
    /** The code value of a configured coding under another system, or none: a near miss, never counted. */
    UNRECOGNISED_CODING,
    /** Observation.status or Condition.verificationStatus entered-in-error: not a clinical fact. */
    ENTERED_IN_ERROR,
    /** Observation.status cancelled. */
    CANCELLED,
    /** Condition.verificationStatus refuted. */
    REFUTED,
    /** Dated after an as-of day in the past (a 103 or 104 dated after today still counts). */
    AFTER_AS_OF,
    /** A 106 whose partial date may fall after the as-of day: it must not unlock access yet. */
    MAY_POSTDATE_AS_OF,
    /** A 106 that is not definite (e.g. preliminary, unconfirmed): an uncertain 106 must not unlock access. */
    NOT_DEFINITE,
    /** On a record replaced by another (a merge): it counts for the record that survived, not here. */
    REPLACED_RECORD
}
