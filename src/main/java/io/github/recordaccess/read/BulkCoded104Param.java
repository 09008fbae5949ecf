package io.github.recordaccess.read;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The worklist's {@code bulkCoded104=true|false}. Its own type, not Boolean, because a converter is not
 * told its parameter's name and Boolean's refusals name {@code live}.
 */
@Schema(
        name = "BulkCoded104",
        type = SchemaType.BOOLEAN,
        description =
                "true: only patients whose deciding 104 fell on a bulk-coding day; false: only those known not to. "
                        + "Patients whose bulk coding is unknown (null) match neither.")
public record BulkCoded104Param(boolean value) {

    static BulkCoded104Param parse(String value) {
        return switch (value) {
            case "true" -> new BulkCoded104Param(true);
            case "false" -> new BulkCoded104Param(false);
            default -> throw new InvalidParameterException(WorklistQuery.BULK_CODED_104 + " must be true or false.");
        };
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
