package io.github.recordaccess.api;

import io.github.recordaccess.practice.Checklist;
import io.github.recordaccess.practice.ChecklistItem;
import io.github.recordaccess.practice.OptOutChecklists;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.practice.ServiceSteps;
import io.github.recordaccess.practice.Worklist;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.PracticeContext;
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
import java.util.List;
import java.util.Locale;
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
    private final PracticeProfiles profiles;
    private final Clock clock;

    public ChecklistResource(PracticeEvaluations evaluations, PracticeProfiles profiles, Clock clock) {
        this.evaluations = evaluations;
        this.profiles = profiles;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The practice's opt-out action checklist with live counts",
            description =
                    "The guidance's steps for the practice's clinical system and go-live status, and the service's own worklists "
                            + "(serviceSteps), each with the number of patients it concerns and a link to their list. system and live come "
                            + "from the query, else from the practice registry (live: its go-live date is on or before asOf).")
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
            @RestQuery @Parameter(description = "EMIS or TPP (default: the practice registry's)") ClinicalSystem system,
            @RestQuery
                    @Parameter(
                            description =
                                    "Whether the practice has gone live (default: the practice registry's go-live date is on or before asOf)")
                    Boolean live,
            HttpHeaders headers) {
        String ods = odsCode.toUpperCase(Locale.ROOT);
        LocalDate day = AsOf.orToday(asOf, clock);
        Optional<PracticeEntry> entry = profiles.entry(ods);
        ClinicalSystem practiceSystem = Optional.ofNullable(system)
                .or(() -> entry.map(PracticeEntry::system))
                .orElseThrow(() -> missingProfile("system"));
        boolean practiceLive = Optional.ofNullable(live)
                .or(() -> entry.map(e -> e.liveOn(day)))
                .orElseThrow(() -> missingProfile("live"));

        PracticeContext context = PracticeProfiles.contextOf(entry);
        Worklist worklist = Worklist.of(evaluations.get(ods, day, CacheControl.noCache(headers)), context);
        Checklist checklist = OptOutChecklists.forPractice(practiceSystem, practiceLive);
        List<ChecklistView.Step> steps = new ArrayList<>();
        for (int i = 0; i < checklist.steps().size(); i++) {
            steps.add(step(i + 1, checklist.steps().get(i), worklist, ods, day));
        }
        List<ChecklistItem> service = ServiceSteps.forPractice(
                practiceSystem, practiceLive, context.goLiveBy(day).isPresent());
        return new ChecklistView(
                ods,
                practiceSystem,
                practiceLive,
                "OPT_OUT",
                day,
                steps,
                step(null, checklist.closingDuty(), worklist, ods, day),
                service.stream().map(s -> step(null, s, worklist, ods, day)).toList());
    }

    private static ChecklistView.Step step(
            Integer number, ChecklistItem item, Worklist worklist, String ods, LocalDate asOf) {
        WorklistFilter patients = item.patients();
        return new ChecklistView.Step(
                number,
                item.id(),
                item.text(),
                patients == null ? null : patients.recommendation(),
                patients == null ? null : worklist.count(patients),
                patients == null
                        ? null
                        : "/api/v1/practices/" + ods + "/access-recommendations?" + patients.query() + "&asOf=" + asOf);
    }

    private static ApiException missingProfile(String what) {
        return new ApiException(
                ProblemType.MISSING_PRACTICE_PROFILE,
                "The practice's " + what + " is not known: pass ?" + what
                        + "= or register the practice in the practice registry.");
    }
}
