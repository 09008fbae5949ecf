package io.github.recordaccess.practice;

import io.github.recordaccess.rules.Recommendation;

/**
 * One thing a practice must do.
 *
 * @param id stable identifier, the same wherever the step recurs
 * @param concerns the recommendation group of patients the step is about, or null when it is about
 *     the practice as a whole
 */
public record ChecklistItem(String id, String text, Recommendation concerns) {}
