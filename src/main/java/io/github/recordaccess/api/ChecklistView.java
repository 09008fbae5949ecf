package io.github.recordaccess.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Checklist",
        description =
                "The practice's opt-out steps (BMA, 'Implementing an opt-out model', 2 Nov 2023) with live counts.")
public record ChecklistView(
        @Schema(example = "A12345") String practiceOdsCode,
        @Schema(description = "EMIS or TPP") ClinicalSystem system,

        @Schema(description = "Whether the practice has gone live")
        boolean live,

        @Schema(description = "Always OPT_OUT") String model,
        @Schema(example = "2024-06-01") LocalDate asOf,
        List<Step> steps,

        @Schema(description = "The duty that always applies: give access to everyone who has not opted out")
        Step closingDuty) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChecklistStep")
    public record Step(
            @Schema(description = "Position in the list, from 1; null for the closing duty", example = "1")
            Integer number,

            @Schema(description = "Stable id of the step", example = "ADVERTISE_AND_COUNSEL")
            String id,

            String text,

            @Schema(description = "The group of patients the step concerns, if any")
            Recommendation recommendation,

            @Schema(description = "How many of the practice's patients are in that group", example = "42")
            Integer patients,

            @Schema(
                    description = "Link to the group's list (JSON, or CSV with Accept: text/csv)",
                    example =
                            "/api/v1/practices/A12345/access-recommendations?recommendation=OFFER_OPT_IN&asOf=2024-06-01")
            String href) {}
}
