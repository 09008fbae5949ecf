package io.github.recordaccess.rules;

/** Why an entry is shown as evidence but does not take part in the decision. */
public enum NotCountedReason {
    /** Observation.status or Condition.verificationStatus entered-in-error: not a clinical fact. */
    ENTERED_IN_ERROR,
    /** Observation.status cancelled. */
    CANCELLED,
    /** Condition.verificationStatus refuted. */
    REFUTED,
    /** Dated after the as-of day. */
    AFTER_AS_OF,
    /** A 106 whose partial date may fall after the as-of day: it must not unlock access yet. */
    MAY_POSTDATE_AS_OF,
    /** A 106 that is not definite (e.g. preliminary, unconfirmed): an uncertain 106 must not unlock access. */
    NOT_DEFINITE
}
