package io.github.recordaccess.rules;

/**
 * One coded entry as the engine saw it, so that a clinician can check the answer.
 *
 * @param event the entry
 * @param counted whether it took part in the decision
 * @param notCounted why not, when it did not
 * @param deciding true for the entry that decided the 104/106 flag
 */
public record Evidence(CodedEvent event, boolean counted, NotCountedReason notCounted, boolean deciding) {

    static Evidence counted(CodedEvent event) {
        return new Evidence(event, true, null, false);
    }

    static Evidence ignored(CodedEvent event, NotCountedReason why) {
        return new Evidence(event, false, why, false);
    }

    Evidence markDeciding() {
        return new Evidence(event, counted, notCounted, true);
    }

    public boolean isCounted(CodeKind kind) {
        return counted && event.kind() == kind;
    }
}
