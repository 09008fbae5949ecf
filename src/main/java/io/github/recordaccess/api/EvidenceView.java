package io.github.recordaccess.api;

import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.Evidence;
import io.github.recordaccess.rules.NotCountedReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evidence", description = "One 103/104/106 entry as the rules saw it, so a clinician can check the answer.")
public record EvidenceView(
        @Schema(description = "The FHIR resource", example = "Observation/obs-104-1") String reference,
        @Schema(description = "DECLINED_103, REVIEW_INDICATED_104 or REVIEW_NOT_INDICATED_106") CodeKind kind,
        @Schema(description = "Coding system that matched", example = "http://snomed.info/sct") String system,
        @Schema(description = "Code that matched", example = "1364731000000104") String code,
        @Schema(description = "The date as recorded (any FHIR precision), or null when undated", example = "2023-10-20") String date,
        @Schema(description = "Observation.status or Condition.verificationStatus as recorded", example = "final") String status,
        @Schema(description = "Whether the entry took part in the decision") boolean counted,
        @Schema(description = "Why it did not: ENTERED_IN_ERROR, CANCELLED, REFUTED, AFTER_AS_OF, MAY_POSTDATE_AS_OF (a 106 whose partial date may fall after asOf), NOT_DEFINITE (a 106 that is not final/confirmed)") NotCountedReason notCountedReason,
        @Schema(description = "True for the entry that decided the 104/106 flag") boolean deciding) {

    static EvidenceView from(Evidence evidence) {
        var event = evidence.event();
        return new EvidenceView(event.reference(), event.kind(), event.coding().system(), event.coding().code(),
                event.date() == null ? null : event.date().original(), event.status(), evidence.counted(),
                evidence.notCounted(), evidence.deciding());
    }
}
