package io.github.recordaccess.read;

import io.github.recordaccess.practice.PracticeSummary;

/**
 * What the practice page shows of one evaluation: the practice's name (its ODS code when it is not registered), its
 * counts, its checklist (null when it is not registered: its system and go-live are not known) and one page of its
 * worklist (empty for a figures-only caller: {@code patientLevel} false, whose summary and checklist are shaped too).
 */
public record PracticeView(
        String name,
        PracticeSummary summary,
        ChecklistView checklist,
        RecommendationPage worklist,
        boolean patientLevel) {}
