package io.github.recordaccess.rules;

/**
 * The 104/106 state of one patient.
 *
 * @param reason the reason the flag stands for, or null for {@link AccessFlag#NONE}
 * @param deciding the entry that decided it, or null when no single entry did
 */
record FlagDecision(AccessFlag flag, Reason reason, CodedEvent deciding) {

    /** Only an active 104 dated to the day can fall on a bulk-coding day; that needs the practice's counts. */
    boolean mayBeBulkCoded() {
        return flag == AccessFlag.ACTIVE_104
                && deciding.isDated()
                && deciding.date().day().isPresent();
    }
}
