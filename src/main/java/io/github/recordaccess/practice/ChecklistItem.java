package io.github.recordaccess.practice;

/**
 * One thing a practice must do.
 *
 * @param id stable identifier, the same wherever the step recurs
 * @param patients the worklist of the patients the step is about, or null when it is about the practice
 *     as a whole
 * @param withConcern the part of that worklist with an unreviewed safeguarding concern, to look at first; null
 *     when the step does not single them out
 */
public record ChecklistItem(String id, String text, WorklistFilter patients, WorklistFilter withConcern) {

    public ChecklistItem(String id, String text, WorklistFilter patients) {
        this(id, text, patients, null);
    }
}
