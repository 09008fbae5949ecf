package io.github.recordaccess.security;

import java.util.Set;

/**
 * The kinds of audit event, each with its name on the wire and the answers that leave none. Refusals (401, 403) are
 * {@code access-refused} events instead of the event the route declares.
 */
public enum AuditEventType {
    /** Patient data returned (or a failure on the way to it); answers that matched no route, method or media type carry none. */
    PATIENT_DATA_ACCESS("patient-data-access", Set.of(401, 403, 404, 405, 406)),
    /** The practice registry changed, or a change was refused as invalid (400) or conflicting (409). */
    REGISTRY_CHANGE("registry-change", Set.of(401, 403)),
    /** A snapshot run of every registered practice. */
    SNAPSHOT_RUN("snapshot-run", Set.of(401, 403)),
    /** A person's refresh of one practice's stored figures from the overview, or its refusal as too soon (429). */
    PRACTICE_REFRESH("practice-refresh", Set.of(401, 403)),
    /** A request refused for its credentials or roles. */
    ACCESS_REFUSED("access-refused", Set.of());

    private final String wireName;
    // Immutable although the type does not say so: every constant passes Set.of.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Set<Integer> noEventStatuses;

    AuditEventType(String wireName, Set<Integer> noEventStatuses) {
        this.wireName = wireName;
        this.noEventStatuses = noEventStatuses;
    }

    /** The event's {@code type} field. */
    public String wireName() {
        return wireName;
    }

    /** Whether an answer with this status leaves an event of this type. */
    boolean recordsStatus(int status) {
        return !noEventStatuses.contains(status);
    }
}
