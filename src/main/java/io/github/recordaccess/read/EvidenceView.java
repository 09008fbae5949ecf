package io.github.recordaccess.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.EntryDate;
import io.github.recordaccess.rules.Evidence;
import io.github.recordaccess.rules.NotCountedReason;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Evidence",
        description = "One 103/104/106 entry as the rules saw it, so a clinician can check the answer.")
public record EvidenceView(
        @Schema(description = "The FHIR resource", example = "Observation/obs-104-1")
        String reference,

        @Schema(
                description =
                        "DECLINED_103, REVIEW_INDICATED_104, REVIEW_NOT_INDICATED_106 or SAFEGUARDING_CONCERN (access.codes.safeguarding) (for an unrecognised coding: what its code value would mean)")
        CodeKind kind,

        @Schema(
                description = "Coding system that matched; null when the entry's coding has none",
                example = "http://snomed.info/sct")
        String system,

        @Schema(description = "Code that matched", example = "1364731000000104")
        String code,

        @Schema(
                description =
                        "False for a near miss: a configured code value under another system or none. It never counts")
        boolean recognisedCoding,

        @Schema(
                description = "The clinical date as recorded (any FHIR precision), or null when there is none",
                example = "2023-10-20")
        String clinicalDate,

        @Schema(
                description =
                        "The element the clinical date came from: effectiveDateTime, effectiveInstant, effectivePeriod.start or issued "
                                + "(Observation); onsetDateTime, onsetPeriod.start or recordedDate (Condition)",
                example = "effectiveDateTime")
        String clinicalDateFrom,

        @Schema(
                description = "When the entry was recorded, as recorded, or null when absent",
                example = "2023-10-20T09:12:00Z")
        String recordedTime,

        @Schema(
                description =
                        "The element the recorded time came from: issued (Observation) or recordedDate (Condition)",
                example = "issued")
        String recordedTimeFrom,

        @Schema(
                description =
                        "False when the entry has no clinical date that can be read: its order against other entries is unknown")
        boolean dated,

        @Schema(description = "Observation.status or Condition.verificationStatus as recorded", example = "final")
        String status,

        @Schema(description = "Whether the entry took part in the decision")
        boolean counted,

        @Schema(
                description =
                        "Why it did not: UNRECOGNISED_CODING, ENTERED_IN_ERROR, CANCELLED, REFUTED, AFTER_AS_OF, MAY_POSTDATE_AS_OF "
                                + "(a 106 whose partial date may fall after asOf), NOT_DEFINITE (a 106 that is not final/confirmed), "
                                + "REPLACED_RECORD (on a record replaced by another: it counts for the survivor)")
        NotCountedReason notCountedReason,

        @Schema(description = "True for a counted 103 or 104 dated after today (reason FUTURE_DATED_CODE)")
        boolean futureDated,

        @Schema(description = "True for the entry that decided the 104/106 flag")
        boolean deciding,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "The Patient record the entry is on, when that is a record replaced by this one (merged into it), "
                                + "whose entries count here; absent for the record's own entries",
                example = "Patient/pat-old-1")
        String fromRecord,

        @Schema(
                description =
                        "The organisations the Observation's performer names (a literal Organization reference, an ODS "
                                + "identifier, or a contained Organization); empty when it names none, and always for a "
                                + "Condition. A deciding 104 recorded by an organisation other than the practice gives "
                                + "the reason RECORDED_ELSEWHERE")
        List<OrganizationView> recordedBy) {

    static EvidenceView from(Evidence evidence) {
        var event = evidence.event();
        EntryDate clinical = event.clinical();
        EntryDate recorded = event.recorded();
        return new EvidenceView(
                event.reference(),
                event.kind(),
                event.coding().system(),
                event.coding().code(),
                event.recognised(),
                clinical == null ? null : clinical.text(),
                clinical == null ? null : clinical.field(),
                recorded == null ? null : recorded.text(),
                recorded == null ? null : recorded.field(),
                event.isDated(),
                event.status(),
                evidence.counted(),
                evidence.notCounted(),
                evidence.futureDated(),
                evidence.deciding(),
                evidence.fromRecord() == null ? null : "Patient/" + evidence.fromRecord(),
                event.performerOrganizations().stream()
                        .map(OrganizationView::from)
                        .toList());
    }
}
