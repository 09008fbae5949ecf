package io.github.recordaccess.read;

import io.github.recordaccess.practice.WorklistFilter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rest of the vocabulary ({@link Words} has the ids'): each checklist step's name, as a task list shows it, and
 * a worklist's filters in words. Where the words give access, {@link #caveat} puts the guidance's duty beside them.
 */
public final class StepWords {

    /** Each step's name by its stable id (the guidance's steps, then the service's own worklists). */
    static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("AGREE_GO_LIVE_DATE", "Agree a go-live date"),
            Map.entry("CODE_AT_RISK_AND_RESCIND_BULK_104", "Code patients at risk and review 104s added in bulk"),
            Map.entry("ADVERTISE_AND_COUNSEL", "Tell patients and offer access on request"),
            Map.entry("TPP_BULK_PROVISION", "Give access in bulk"),
            Map.entry("TPP_DEFAULT_PROSPECTIVE_ACCESS", "Turn on prospective access by default"),
            Map.entry("UPDATE_WEBSITE", "Update the practice website"),
            Map.entry("INFORM_ICB", "Tell your ICB which approach you took"),
            Map.entry("PROVIDE_ACCESS_TO_REMAINING_PATIENTS", "Give access to everyone else"),
            Map.entry("RESOLVE_RECORDS", "Check the records the service cannot decide"),
            Map.entry("TURNING_16", "Prepare for patients turning 16"),
            Map.entry("CHECK_EXISTING_ACCESS", "Check access given before a 104 or 103"),
            Map.entry("ENABLE_ACCESS_MANUALLY", "Turn on access where a 106 did not"),
            Map.entry("RECORD_GO_LIVE_DATE", "Record the go-live date"));

    /** Each worklist filter in words, by its parameter name; {@code %s} is its value in words. */
    static final Map<String, String> FILTERS = Map.of(
            WorklistQuery.RECOMMENDATION, "answer: %s",
            WorklistQuery.REASON, "reason: %s",
            WorklistQuery.FLAG, "104 and 106: %s",
            WorklistQuery.ACTION, "to do: %s",
            WorklistQuery.BULK_CODED_104, "104 added in bulk: %s",
            WorklistQuery.TURNING_16_WITHIN, "turning 16 within %s days");

    private StepWords() {}

    /** A checklist step's name, by its id ({@code ChecklistView.Step.id}). */
    public static String step(String id) {
        String words = STEPS.get(id);
        if (words == null) {
            throw new IllegalArgumentException("No words for a checklist step");
        }
        return words;
    }

    /** A worklist's filters in words, for its heading ("Answer: Give access; 104 added in bulk: no"). */
    public static String describe(WorklistFilter filter) {
        String words = WorklistQuery.given(filter).entrySet().stream()
                .map(e -> FILTERS.get(e.getKey()).formatted(shown(e.getValue())))
                .collect(Collectors.joining("; "));
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The guidance's duty ({@link Words#GIVE_ACCESS_CAVEAT}) for words that give access ("Give access", "Turn on
     * access manually"), or null: decided on the words themselves, so that no new "Give access" goes without it.
     */
    public static String caveat(String words) {
        String lower = words == null ? "" : words.toLowerCase(Locale.ROOT);
        return lower.contains("give access") || lower.contains("turn on access") ? Words.GIVE_ACCESS_CAVEAT : null;
    }

    private static String shown(Object value) {
        if (value instanceof Enum<?> e) {
            return Words.of(e);
        }
        return value instanceof Boolean yes ? (yes ? "yes" : "no") : value.toString();
    }
}
