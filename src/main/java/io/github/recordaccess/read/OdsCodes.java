package io.github.recordaccess.read;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The overview's {@code ods=A,B,C}: ODS codes separated by commas alone, each an {@link OdsCode}. */
@Schema(
        name = "OdsCodes",
        type = SchemaType.STRING,
        description = "Comma-separated ODS codes (at most access.overview.max-practices, default 250)",
        example = "A12345,B67890")
public record OdsCodes(List<OdsCode> codes) {

    static final String NAME = "ods";
    private static final Pattern LIST = Pattern.compile("[A-Za-z0-9,]*");

    static OdsCodes parse(String value) {
        if (!LIST.matcher(value).matches()) {
            throw new InvalidParameterException(
                    NAME + " must be ODS codes separated by ',' alone (no spaces, ';' or other separators).");
        }
        List<String> codes = Arrays.asList(value.split(",", -1));
        if (!codes.stream().allMatch(OdsCode::isCode)) {
            throw new InvalidParameterException("Each ODS code in " + NAME + " " + OdsCode.RULE);
        }
        return new OdsCodes(codes.stream().map(OdsCode::of).toList());
    }

    @Override
    public String toString() {
        return codes.stream().map(OdsCode::value).collect(Collectors.joining(","));
    }
}
