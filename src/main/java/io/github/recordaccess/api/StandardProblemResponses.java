package io.github.recordaccess.api;

import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.Routes;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problems every API operation can answer, once, instead of on each resource method:
 * a bad parameter, a refused caller, no acceptable media type, a failing FHIR server. A method keeps
 * its own description where it says more (a 404 for an unknown patient, a 409).
 */
public class StandardProblemResponses implements OASFilter {

    static final Map<String, String> STANDARD = Map.of(
            "400", "A bad or unknown parameter, or one given twice; the detail names it",
            "401", "No bearer token, or one that is not accepted",
            "403",
                    "The token has none of the reading roles (record-access-practice, -icb, -reader), or the practice or data asked for is outside its scope (outside-your-organisation, or figures only)",
            "406", "No media type this operation produces is acceptable",
            "502", ApiDocs.FHIR_FAILED,
            "503", ApiDocs.FHIR_UNAVAILABLE);

    /** The admin API reads no FHIR: its own refusals and its database. */
    static final Map<String, String> ADMIN = Map.of(
            "400", "A fault in the request or the upload: the detail, and errors, name every one; nothing was changed",
            "401", "No bearer token, or one that is not accepted",
            "403",
                    "The token lacks the role record-access-admin (reading the registry: or record-access-icb, record-access-reader)",
            "406", "No media type this operation produces is acceptable",
            "503", "The database failed or did not answer in time; the detail says if a change may have been stored");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                Map<String, String> standard = path.startsWith(Routes.ADMIN_UPLOADS) ? ADMIN : STANDARD;
                item.getOperations().values().forEach(operation -> addStandard(operation, standard));
            }
        });
    }

    private static void addStandard(Operation operation, Map<String, String> standard) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        standard.forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
