package io.github.recordaccess.pages;

/** Where a task of the practice's task list stands; its words are {@link TaskWords#status}. */
public enum TaskStatus {
    /** Patients waiting on a step that protects them from access that could harm them: do it first. */
    URGENT,
    /** Patients waiting. */
    TO_DO,
    /** The step's list is empty. */
    NO_PATIENTS,
    /** A step about the practice as a whole: the service cannot tell whether it is done. */
    NOT_TRACKED
}
