package io.github.recordaccess.read;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registry upload's {@code allowEmpty=true|false}. Its own type, not Boolean, because a converter is not told its
 * parameter's name and Boolean's refusals name {@code live}.
 */
@Schema(
        name = "AllowEmpty",
        type = SchemaType.BOOLEAN,
        description = "true lets an upload with no practices empty the registry; without it such an upload is a 400.")
public record AllowEmptyParam(boolean value) {

    static final String NAME = "allowEmpty";

    static AllowEmptyParam parse(String value) {
        return switch (value) {
            case "true" -> new AllowEmptyParam(true);
            case "false" -> new AllowEmptyParam(false);
            default -> throw new InvalidParameterException(NAME + " must be true or false.");
        };
    }

    /** Absent means false: emptying the registry is never a default. */
    public static boolean given(AllowEmptyParam param) {
        return param != null && param.value();
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
