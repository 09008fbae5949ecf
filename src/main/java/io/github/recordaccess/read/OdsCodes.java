package io.github.recordaccess.read;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The overview's {@code ods=A,B,C}: ODS codes separated by commas alone, upper-cased. */
@Schema(
        name = "OdsCodes",
        type = SchemaType.STRING,
        description = "Comma-separated ODS codes (at most access.overview.max-practices, default 250)",
        example = "A12345,B67890")
public record OdsCodes(List<String> codes) {

    static final String NAME = "ods";
    /** One ODS code, as the {@code odsCode} path parameter takes it (then upper-cased). */
    public static final String CODE = "[A-Za-z0-9]{3,10}";

    public static final String CODE_RULE = "must be 3 to 10 letters and digits.";
    private static final Pattern LIST = Pattern.compile("[A-Za-z0-9,]*");
    private static final Pattern ONE = Pattern.compile(CODE);

    static OdsCodes parse(String value) {
        if (!LIST.matcher(value).matches()) {
            throw new InvalidParameterException(
                    NAME + " must be ODS codes separated by ',' alone (no spaces, ';' or other separators).");
        }
        List<String> codes = Arrays.asList(value.split(",", -1));
        if (!codes.stream().allMatch(code -> ONE.matcher(code).matches())) {
            throw new InvalidParameterException("Each ODS code in " + NAME + " " + CODE_RULE);
        }
        return new OdsCodes(
                codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList());
    }
}
