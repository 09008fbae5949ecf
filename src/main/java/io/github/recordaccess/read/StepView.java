package io.github.recordaccess.read;

import io.github.recordaccess.practice.WorklistFilter;

/**
 * One step of a practice's checklist with one page of its worklist, from one evaluation: the step's count
 * ({@code step.patients}) is the worklist's total. {@code filter} is the step's worklist, for links to the same list
 * (its CSV).
 */
public record StepView(
        String practiceName, ChecklistView.Step step, WorklistFilter filter, RecommendationPage worklist) {}
