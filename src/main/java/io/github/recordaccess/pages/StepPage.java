package io.github.recordaccess.pages;

import io.github.recordaccess.read.ChecklistView;
import java.time.LocalDate;

/**
 * One step of a practice's checklist on its own page: the step's name and instructions, its count (the worklist's
 * total: both come from one evaluation), and one page of the step's worklist with the CSV of all of it. For
 * TURNING_16, {@code concerns} and {@code concernsHref} point to those with a safeguarding concern, to look at first.
 */
public record StepPage(
        String odsCode,
        String practiceName,
        LocalDate asOf,
        ChecklistView.Step step,
        String name,
        String concerns,
        String concernsHref,
        PagedPatients patients) {

    /** The practice's page, back from the step. */
    public String practicePage() {
        return "/practices/" + odsCode + "?asOf=" + asOf;
    }

    /** The day the list is for: "5 December 2026". */
    public String day() {
        return TaskWords.day(asOf);
    }
}
