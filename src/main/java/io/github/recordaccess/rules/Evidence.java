package io.github.recordaccess.rules;

/**
 * One coded entry as the engine saw it, so that a clinician can check the answer.
 *
 * @param event the entry
 * @param counted whether it took part in the decision
 * @param notCounted why not, when it did not
 * @param deciding true for the entry that decided the 104/106 flag
 * @param futureDated true for a counted 103 or 104 dated after today
 * @param fromRecord the id of the Patient record the entry is on, when that is a record merged into this one
 *     (replaced by it); null for the record's own entries
 */
public record Evidence(
        CodedEvent event,
        boolean counted,
        NotCountedReason notCounted,
        boolean deciding,
        boolean futureDated,
        String fromRecord) {

    static Evidence counted(CodedEvent event) {
        return new Evidence(event, true, null, false, false, null);
    }

    static Evidence countedFutureDated(CodedEvent event) {
        return new Evidence(event, true, null, false, true, null);
    }

    static Evidence ignored(CodedEvent event, NotCountedReason why) {
        return new Evidence(event, false, why, false, false, null);
    }

    Evidence markDeciding() {
        return new Evidence(event, counted, notCounted, true, futureDated, fromRecord);
    }

    /** This entry, found on the merged record {@code recordId}. */
    Evidence from(String recordId) {
        return new Evidence(event, counted, notCounted, deciding, futureDated, recordId);
    }

    public boolean isCounted(CodeKind kind) {
        return counted && event.kind() == kind;
    }
}
