package io.github.recordaccess.rules;

/**
 * One coded entry as the engine saw it, so that a clinician can check the answer.
 *
 * @param event the entry
 * @param counted whether it took part in the decision
 * @param notCounted why not, when it did not
 * @param deciding true for the entry that decided the 104/106 flag
 * @param futureDated true for a counted 103 or 104 dated after today
 */
public record Evidence(
        CodedEvent event, boolean counted, NotCountedReason notCounted, boolean deciding, boolean futureDated) {

    static Evidence counted(CodedEvent event) {
        return new Evidence(event, true, null, false, false);
    }

    static Evidence countedFutureDated(CodedEvent event) {
        return new Evidence(event, true, null, false, true);
    }

    static Evidence ignored(CodedEvent event, NotCountedReason why) {
        return new Evidence(event, false, why, false, false);
    }

    Evidence markDeciding() {
        return new Evidence(event, counted, notCounted, true, futureDated);
    }

    public boolean isCounted(CodeKind kind) {
        return counted && event.kind() == kind;
    }
}
