package io.github.recordaccess.practice;

/**
 * One thing a practice must do.
 *
 * @param id stable identifier, the same wherever the step recurs
 * @param patients the worklist of the patients the step is about, or null when it is about the practice
 *     as a whole
 */
public record ChecklistItem(String id, String text, WorklistFilter patients) {}
