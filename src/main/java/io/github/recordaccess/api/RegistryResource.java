package io.github.recordaccess.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.recordaccess.read.AllowEmptyParam;
import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.AuditEventType;
import io.github.recordaccess.security.Audited;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.Routes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The practice registry, for the ICB's administrator (role record-access-admin in production). A whole
 * registry is replaced at once, from JSON or from the CSV a spreadsheet saves; one bad line refuses it all. Changes
 * apply one at a time: one that waits longer than access.database.lock-wait for another is a 409 registry-changed.
 */
@Path(Routes.ADMIN_PRACTICES)
@Tag(name = "Admin")
public class RegistryResource {

    private static final String ALLOW_EMPTY =
            "true to let an upload with no practices empty the registry; without it such an upload is a 400";
    private static final String CHANGED =
            "Another change to the registry was still being written after access.database.lock-wait; this one was not "
                    + "applied. Read the registry and send it again.";
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
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
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
                @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(HttpHeaders headers) {
        return RegistryAnswer.of(registry.all(), headers);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Audited(type = AuditEventType.REGISTRY_CHANGE, endpoint = Routes.ADMIN_PRACTICES)
    @Operation(
            summary = "Replace the whole registry (JSON)",
            description =
                    "A JSON array of {odsCode, name, system (EMIS|TPP), goLiveDate (YYYY-MM-DD from 1990-01-01 to "
                            + "2100-12-31; null or absent = not live)}. Atomic: any fault gives a 400 problem listing every "
                            + "fault in `errors`, and the registry is unchanged. `[]` empties the registry only with "
                            + "?allowEmpty=true.")
    @APIResponse(responseCode = "200", description = "The registry as this upload stored it")
    @APIResponse(
            responseCode = "400",
            description = "Faults in the upload, or an empty upload without allowEmpty=true; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = CHANGED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceFromJson(
            @RestQuery @Parameter(description = ALLOW_EMPTY) AllowEmptyParam allowEmpty,
            @Schema(example = ENTRY_EXAMPLE) String body,
            HttpHeaders headers) {
        return replace(RegistryUpload.fromJson(json, body), allowEmpty, headers);
    }

    @PUT
    @Consumes(CsvWriter.MEDIA_TYPE)
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Audited(type = AuditEventType.REGISTRY_CHANGE, endpoint = Routes.ADMIN_PRACTICES)
    @Operation(
            summary = "Replace the whole registry (CSV)",
            description =
                    "CSV with the header " + RegistryUpload.CSV_HEADER + "; names may be quoted. An empty go_live_date "
                            + "means not live. Atomic: any bad line gives a 400 problem listing every bad line by number, and the "
                            + "registry is unchanged. A header alone empties the registry only with ?allowEmpty=true.")
    @APIResponse(responseCode = "200", description = "The registry as this upload stored it")
    @APIResponse(
            responseCode = "409",
            description = CHANGED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceFromCsv(
            @RestQuery @Parameter(description = ALLOW_EMPTY) AllowEmptyParam allowEmpty,
            @Schema(example = RegistryUpload.CSV_HEADER + "\nA12345,High Street Surgery,EMIS,2023-10-31") String body,
            HttpHeaders headers) {
        return replace(RegistryUpload.fromCsv(body), allowEmpty, headers);
    }

    @PUT
    @Path("/{odsCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Audited(type = AuditEventType.REGISTRY_CHANGE, endpoint = Routes.ADMIN_PRACTICE)
    @Operation(
            summary = "Register or update one practice",
            description = "{name, system, goLiveDate}; odsCode may be given and must then match the path.")
    @APIResponse(responseCode = "200", description = "The practice was updated")
    @APIResponse(responseCode = "201", description = "The practice was registered")
    @APIResponse(
            responseCode = "409",
            description = CHANGED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putOne(
            @RestPath @Parameter(description = ApiDocs.ODS, example = "DEMOEMIS") OdsCode odsCode,
            @Schema(example = "{\"name\":\"High Street Surgery\",\"system\":\"TPP\",\"goLiveDate\":null}")
                    String body) {
        PracticeEntry entry = RegistryUpload.oneFromJson(json, body, odsCode.value());
        audit.practice(entry.odsCode());
        boolean created = registry.put(entry);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .type(MediaType.APPLICATION_JSON)
                .entity(entry)
                .build();
    }

    @DELETE
    @Path("/{odsCode}")
    @Audited(type = AuditEventType.REGISTRY_CHANGE, endpoint = Routes.ADMIN_PRACTICE)
    @Operation(summary = "Remove one practice from the registry")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(
            responseCode = "404",
            description = "The practice is not registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = CHANGED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@RestPath @Parameter(description = ApiDocs.ODS, example = "DEMOEMIS") OdsCode odsCode) {
        String ods = odsCode.value();
        audit.practice(ods);
        if (!registry.delete(ods)) {
            throw new ApiException(ProblemType.PRACTICE_NOT_REGISTERED, "Practice " + ods + " is not registered.");
        }
        return Response.noContent().build();
    }

    private Response replace(List<PracticeEntry> practices, AllowEmptyParam allowEmpty, HttpHeaders headers) {
        if (practices.isEmpty() && !AllowEmptyParam.given(allowEmpty)) {
            throw new InvalidRegistryException(List.of("the upload holds no practices and would empty the registry: "
                    + "send it with ?allowEmpty=true to do that"));
        }
        List<PracticeEntry> stored = registry.replaceAll(practices);
        audit.registrySize(stored.size());
        return RegistryAnswer.of(stored, headers);
    }
}
