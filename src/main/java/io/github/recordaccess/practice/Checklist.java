package io.github.recordaccess.practice;

import io.github.recordaccess.rules.ClinicalSystem;
import java.util.List;

/** The ordered steps for one clinical system and go-live status, plus the duty that always applies. */
public record Checklist(ClinicalSystem system, boolean live, List<ChecklistItem> steps, ChecklistItem closingDuty) {

    public Checklist {
        steps = List.copyOf(steps);
    }
}
