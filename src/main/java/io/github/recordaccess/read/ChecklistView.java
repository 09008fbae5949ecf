package io.github.recordaccess.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.recordaccess.fhir.CohortRouteStatus;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Checklist",
        description =
                "The practice's opt-out steps (BMA, 'Implementing an opt-out model', 2 Nov 2023) with live counts, and the "
                        + "service's own worklists (serviceSteps), which are not from the guidance.")
public record ChecklistView(
        @Schema(example = "A12345") String practiceOdsCode,
        @Schema(description = "EMIS or TPP") ClinicalSystem system,

        @Schema(description = "Whether the practice has gone live")
        boolean live,

        @Schema(description = "Always OPT_OUT") String model,
        @Schema(example = "2024-06-01") LocalDate asOf,
        List<Step> steps,

        @Schema(description = "The duty that always applies: give access to everyone who has not opted out")
        Step closingDuty,

        @Schema(
                description =
                        "NOT from the guidance: worklists this service adds, from the records it cannot decide and from how the GP "
                                + "systems act on the codes. RESOLVE_RECORDS (REVIEW_REQUIRED patients), TURNING_16 (16th birthday within 90 "
                                + "days), and at a live practice CHECK_EXISTING_ACCESS and ENABLE_ACCESS_MANUALLY (codes that may postdate "
                                + "go-live), or RECORD_GO_LIVE_DATE when the practice registry has no go-live date to compare with")
        List<Step> serviceSteps,

        @Schema(
                description =
                        "The registration routes searched for the practice's patients (ORGANIZATION, PRACTITIONER_ROLE, ODS_IDENTIFIER), and any that could not be (searched false): the list may then miss patients")
        List<CohortRouteStatus> cohortRoutes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChecklistStep")
    public record Step(
            @Schema(
                    description = "Position in the list, from 1; null for the closing duty and the service steps",
                    example = "1")
            Integer number,

            @Schema(description = "Stable id of the step", example = "ADVERTISE_AND_COUNSEL")
            String id,

            String text,

            @Schema(
                    description =
                            "The recommendation of the patients the step concerns, when its list is one recommendation")
            Recommendation recommendation,

            @Schema(description = "How many of the practice's patients are on the step's list", example = "42")
            Integer patients,

            @Schema(
                    description =
                            "Link to the step's list, whose total is patients (JSON, or CSV with Accept: text/csv)",
                    example =
                            "/api/v1/practices/A12345/access-recommendations?recommendation=OFFER_OPT_IN&asOf=2024-06-01")
            String href,

            @Schema(
                    description =
                            "TURNING_16 only: how many of the step's patients have a safeguarding concern that no individual review follows (reason SAFEGUARDING_CONCERN)",
                    example = "2")
            Integer safeguardingConcerns,

            @Schema(
                    description = "TURNING_16 only: link to those patients",
                    example =
                            "/api/v1/practices/A12345/access-recommendations?reason=SAFEGUARDING_CONCERN&turning16Within=90&asOf=2024-06-01")
            String safeguardingConcernsHref,

            @Schema(
                    description =
                            "Figures-only callers (record-access-icb) only, when safeguardingConcerns is from 1 to "
                                    + "access.scope.small-number: safeguardingConcerns is then left out and this says it is "
                                    + "fewer than this number",
                    example = "8")
            Integer safeguardingConcernsFewerThan) {

        /** The step for a figures-only caller: its counts without links, and a small count of concerns hidden. */
        Step figuresOnly(int smallNumber) {
            boolean small =
                    safeguardingConcerns != null && safeguardingConcerns >= 1 && safeguardingConcerns <= smallNumber;
            return new Step(
                    number,
                    id,
                    text,
                    recommendation,
                    patients,
                    null,
                    small ? null : safeguardingConcerns,
                    null,
                    small ? smallNumber + 1 : null);
        }
    }

    /**
     * The checklist for a caller who may see the practice's figures only: every step keeps its count and loses its link
     * to a worklist, and counts of sensitive groups from 1 to {@code smallNumber} are hidden.
     */
    public ChecklistView figuresOnly(int smallNumber) {
        return new ChecklistView(
                practiceOdsCode,
                system,
                live,
                model,
                asOf,
                steps.stream().map(s -> s.figuresOnly(smallNumber)).toList(),
                closingDuty == null ? null : closingDuty.figuresOnly(smallNumber),
                serviceSteps.stream().map(s -> s.figuresOnly(smallNumber)).toList(),
                cohortRoutes);
    }
}
