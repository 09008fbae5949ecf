package io.github.recordaccess.read;

import io.github.recordaccess.practice.PracticeSummary;
import java.time.LocalDate;

/**
 * What the practice page shows of one evaluation: the practice's name (its ODS code when it is not registered), its
 * go-live date in the registry (null when it has none), its counts, its checklist (null when it is not registered: its system and go-live are not known) and one page of its
 * worklist (empty for a figures-only caller: {@code patientLevel} false, whose summary and checklist are shaped too).
 */
public record PracticeView(
        String name,
        LocalDate goLive,
        PracticeSummary summary,
        ChecklistView checklist,
        RecommendationPage worklist,
        boolean patientLevel) {}
