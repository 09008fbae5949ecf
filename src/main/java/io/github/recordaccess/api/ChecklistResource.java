package io.github.recordaccess.api;

import io.github.recordaccess.config.AccessConfig;
import io.github.recordaccess.practice.Checklist;
import io.github.recordaccess.practice.ChecklistItem;
import io.github.recordaccess.practice.OptOutChecklists;
import io.github.recordaccess.practice.PracticeEvaluation;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The practice's opt-out checklist: its own class, so that each resource stays one idea. */
@Path("/api/v1/practices/{odsCode}/checklist")
@Tag(name = "Practices")
@APIResponse(
        responseCode = "404",
        description = "No practice with this ODS code on the FHIR server",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ChecklistResource {

    private final PracticeEvaluations evaluations;
    private final AccessConfig config;
    private final Clock clock;

    public ChecklistResource(PracticeEvaluations evaluations, AccessConfig config, Clock clock) {
        this.evaluations = evaluations;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The practice's opt-out action checklist with live counts",
            description =
                    "Steps for the practice's clinical system and go-live status, each with the number of patients it concerns and a link to "
                            + "their list. system and live come from the query, else from the practice profile (access.practices.\"ODS\".system|live).")
    @APIResponse(
            responseCode = "200",
            description = "The checklist",
            content = @Content(schema = @Schema(implementation = ChecklistView.class)))
    public ChecklistView checklist(
            @RestPath
                    @Pattern(regexp = OdsCodes.CODE, message = OdsCodes.CODE_RULE)
                    @Parameter(description = ApiDocs.ODS, example = "A12345")
                    String odsCode,
            @RestQuery AsOf asOf,
            @RestQuery @Parameter(description = "EMIS or TPP") ClinicalSystem system,
            @RestQuery @Parameter(description = "Whether the practice has gone live") Boolean live,
            HttpHeaders headers) {
        String ods = odsCode.toUpperCase(Locale.ROOT);
        LocalDate day = AsOf.orToday(asOf, clock);
        Optional<AccessConfig.PracticeProfile> profile =
                Optional.ofNullable(config.practices().get(ods));
        ClinicalSystem practiceSystem = Optional.ofNullable(system)
                .or(() -> profile.flatMap(AccessConfig.PracticeProfile::system))
                .orElseThrow(() -> missingProfile(ods, "system"));
        boolean practiceLive = Optional.ofNullable(live)
                .or(() -> profile.flatMap(AccessConfig.PracticeProfile::live))
                .orElseThrow(() -> missingProfile(ods, "live"));

        PracticeEvaluation evaluation = evaluations.get(ods, day, CacheControl.noCache(headers));
        Map<Recommendation, Integer> counts =
                new EnumMap<>(PracticeSummary.of(evaluation).recommendations());
        Checklist checklist = OptOutChecklists.forPractice(practiceSystem, practiceLive);
        List<ChecklistView.Step> steps = new ArrayList<>();
        for (int i = 0; i < checklist.steps().size(); i++) {
            steps.add(step(i + 1, checklist.steps().get(i), counts, ods, day));
        }
        return new ChecklistView(
                ods,
                practiceSystem,
                practiceLive,
                "OPT_OUT",
                day,
                steps,
                step(null, checklist.closingDuty(), counts, ods, day));
    }

    private static ChecklistView.Step step(
            Integer number, ChecklistItem item, Map<Recommendation, Integer> counts, String ods, LocalDate asOf) {
        Recommendation group = item.concerns();
        return new ChecklistView.Step(
                number,
                item.id(),
                item.text(),
                group,
                group == null ? null : counts.get(group),
                group == null
                        ? null
                        : "/api/v1/practices/" + ods + "/access-recommendations?recommendation=" + group + "&asOf="
                                + asOf);
    }

    private static ApiException missingProfile(String ods, String what) {
        return new ApiException(
                ProblemType.MISSING_PRACTICE_PROFILE,
                "The practice's " + what + " is not known: pass ?" + what + "= or configure access.practices.\"" + ods
                        + "\"." + what + ".");
    }
}
