package io.github.recordaccess.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.RegistryChangeAudited;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.Routes;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The practice registry, for the ICB's administrator (role record-access-admin in production). A whole
 * registry is replaced at once, from JSON or from the CSV a spreadsheet saves; one bad line refuses it all.
 */
@Path(Routes.ADMIN_PRACTICES)
@Tag(name = "Admin")
public class RegistryResource {

    private static final String ENTRY_EXAMPLE =
            "[{\"odsCode\":\"A12345\",\"name\":\"High Street Surgery\",\"system\":\"EMIS\",\"goLiveDate\":\"2023-10-31\"}]";

    private final PracticeRegistry registry;
    private final ObjectMapper json;
    private final AuditDetails audit;

    public RegistryResource(PracticeRegistry registry, ObjectMapper json, AuditDetails audit) {
        this.registry = registry;
        this.json = json;
        this.audit = audit;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, RecommendationCsv.MEDIA_TYPE})
    @Operation(
            summary = "The practice registry",
            description =
                    "Every registered practice by ODS code, as JSON or (Accept: text/csv) as the CSV the PUT takes.")
    @APIResponse(
            responseCode = "200",
            description = "The registry",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = PracticeEntry.class)),
                @Content(mediaType = RecommendationCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(HttpHeaders headers) {
        return current(headers);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, RecommendationCsv.MEDIA_TYPE})
    @RegistryChangeAudited(Routes.ADMIN_PRACTICES)
    @Operation(
            summary = "Replace the whole registry (JSON)",
            description =
                    "A JSON array of {odsCode, name, system (EMIS|TPP), goLiveDate (YYYY-MM-DD, null or absent = not live)}. "
                            + "Atomic: any fault gives a 400 problem listing every fault in `errors`, and the registry is unchanged.")
    @APIResponse(responseCode = "200", description = "The registry as now stored")
    @APIResponse(
            responseCode = "400",
            description = "Faults in the upload; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceFromJson(@Schema(example = ENTRY_EXAMPLE) String body, HttpHeaders headers) {
        return replace(RegistryUpload.fromJson(json, body), headers);
    }

    @PUT
    @Consumes(RecommendationCsv.MEDIA_TYPE)
    @Produces({MediaType.APPLICATION_JSON, RecommendationCsv.MEDIA_TYPE})
    @RegistryChangeAudited(Routes.ADMIN_PRACTICES)
    @Operation(
            summary = "Replace the whole registry (CSV)",
            description =
                    "CSV with the header " + RegistryUpload.CSV_HEADER + "; names may be quoted. An empty go_live_date "
                            + "means not live. Atomic: any bad line gives a 400 problem listing every bad line by number, and the "
                            + "registry is unchanged.")
    @APIResponse(responseCode = "200", description = "The registry as now stored")
    public Response replaceFromCsv(
            @Schema(example = RegistryUpload.CSV_HEADER + "\nA12345,High Street Surgery,EMIS,2023-10-31") String body,
            HttpHeaders headers) {
        return replace(RegistryUpload.fromCsv(body), headers);
    }

    @PUT
    @Path("/{odsCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RegistryChangeAudited(Routes.ADMIN_PRACTICE)
    @Operation(
            summary = "Register or update one practice",
            description = "{name, system, goLiveDate}; odsCode may be given and must then match the path.")
    @APIResponse(responseCode = "200", description = "The practice was updated")
    @APIResponse(responseCode = "201", description = "The practice was registered")
    public Response putOne(
            @RestPath
                    @Pattern(regexp = OdsCodes.CODE, message = OdsCodes.CODE_RULE)
                    @Parameter(description = ApiDocs.ODS, example = "A12345")
                    String odsCode,
            @Schema(example = "{\"name\":\"High Street Surgery\",\"system\":\"TPP\",\"goLiveDate\":null}")
                    String body) {
        PracticeEntry entry = RegistryUpload.oneFromJson(json, body, odsCode.toUpperCase(Locale.ROOT));
        audit.practice(entry.odsCode());
        boolean created = registry.put(entry);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .type(MediaType.APPLICATION_JSON)
                .entity(entry)
                .build();
    }

    @DELETE
    @Path("/{odsCode}")
    @RegistryChangeAudited(Routes.ADMIN_PRACTICE)
    @Operation(summary = "Remove one practice from the registry")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "404",
            description = "The practice is not registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @RestPath
                    @Pattern(regexp = OdsCodes.CODE, message = OdsCodes.CODE_RULE)
                    @Parameter(description = ApiDocs.ODS, example = "A12345")
                    String odsCode) {
        String ods = odsCode.toUpperCase(Locale.ROOT);
        audit.practice(ods);
        if (!registry.delete(ods)) {
            throw new ApiException(ProblemType.PRACTICE_NOT_REGISTERED, "Practice " + ods + " is not registered.");
        }
        return Response.noContent().build();
    }

    private Response replace(List<PracticeEntry> practices, HttpHeaders headers) {
        registry.replaceAll(practices);
        audit.registrySize(practices.size());
        return current(headers);
    }

    private Response current(HttpHeaders headers) {
        List<PracticeEntry> practices = registry.all();
        if (RecommendationCsv.wanted(headers)) {
            return csv(practices).attachment("practice-registry.csv");
        }
        return Response.ok(practices, MediaType.APPLICATION_JSON).build();
    }

    /** The CSV the PUT takes back: {@link RegistryUpload} undoes what {@link CsvWriter} did to defuse a name. */
    private static CsvWriter csv(List<PracticeEntry> practices) {
        CsvWriter csv = CsvWriter.withHeader(RegistryUpload.CSV_HEADER, practices.size());
        for (PracticeEntry p : practices) {
            csv.row(p.odsCode(), p.name(), p.system(), p.goLive().orElse(null));
        }
        return csv;
    }
}
