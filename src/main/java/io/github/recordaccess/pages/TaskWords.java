package io.github.recordaccess.pages;

import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.rules.ClinicalSystem;
import java.time.LocalDate;

/**
 * The words the practice's task page adds, in one place: each checklist step's short name, each task status, counts of
 * patients, the range a page of patients shows, and what "not live yet" means for a practice's patients. The step's
 * full instructions stay the checklist's ({@code ChecklistView.Step.text}).
 */
final class TaskWords {

    private TaskWords() {}

    static String status(TaskStatus status) {
        return switch (status) {
            case URGENT -> "Urgent";
            case TO_DO -> "To do";
            case NO_PATIENTS -> "No patients";
            case NOT_TRACKED -> "Not tracked";
        };
    }

    /** The NHS.UK tag classes of a status: colour for work waiting, plain text for none (as "Completed" is). */
    static String tagClass(TaskStatus status) {
        return switch (status) {
            case URGENT -> "nhsuk-tag--red";
            case TO_DO -> "nhsuk-tag--blue";
            case NO_PATIENTS -> "nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal";
            case NOT_TRACKED ->
                "nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour";
        };
    }

    /** What a status means, for the task's hint when it is not obvious. */
    static String statusHint(TaskStatus status) {
        return status == TaskStatus.NOT_TRACKED ? "This service cannot tell whether this has been done." : null;
    }

    /** "No patients", "1 patient", "180 patients". */
    static String patients(int count) {
        return switch (count) {
            case 0 -> "No patients";
            case 1 -> "1 patient";
            default -> count + " patients";
        };
    }

    /** The rows a page shows: "Showing 51 to 100 of 180 patients". */
    static String showing(int first, int last, int total) {
        return "Showing " + first + " to " + last + " of " + patients(total);
    }

    /** A page's place in a list, for a previous or next link: "Patients 1 to 50". */
    static String range(int first, int last) {
        return first == last ? "Patient " + first : "Patients " + first + " to " + last;
    }

    /** A page asked for past the end of the list. */
    static String pastEnd(int page, int total, int pages) {
        return "There is no page " + page + " of this list: its " + patients(total) + " fit on "
                + (pages == 1 ? "1 page." : pages + " pages.");
    }

    /** A day as NHS content style writes it: "5 December 2026". */
    static String day(LocalDate day) {
        return day == null ? "" : DisplayFormats.date(day);
    }

    /** What the practice's go-live state is, for the top of its page. */
    static String liveState(boolean live, LocalDate goLive) {
        if (live) {
            return "Live since " + day(goLive);
        }
        return goLive == null ? "Not live yet" : "Not live yet: go-live planned for " + day(goLive);
    }

    /** What "not live yet" means for the practice's patients, and what must happen before go-live. */
    static String notLiveMeaning(ClinicalSystem system) {
        String common = "Its patients do not get online access to new entries in their GP record by default yet: only "
                + "patients the practice gives access to one by one have it. ";
        return common
                + switch (system) {
                    case EMIS ->
                        "At go-live EMIS reads the 103 and 104 codes and starts access for every patient aged 16 or "
                                + "over who has neither, so make sure before then that every patient at risk has a 104.";
                    case TPP ->
                        "TPP starts access when the practice runs its accelerated access report and ticks 'By default "
                                + "give prospective access to the full clinical record', so make sure before then that "
                                + "every patient at risk has a 104.";
                };
    }
}
