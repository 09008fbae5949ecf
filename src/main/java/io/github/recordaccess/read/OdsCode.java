package io.github.recordaccess.read;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A practice's ODS code: 3 to 10 letters and digits, upper-cased. Read once, by the parameter converter, from the
 * {@code odsCode} path parameter (API, registry, pages) and each code of {@code ods=}; the registry upload holds its
 * codes to the same rule.
 */
@Schema(name = "OdsCode", type = SchemaType.STRING, pattern = OdsCode.PATTERN)
public record OdsCode(String value) {

    static final String NAME = "odsCode";
    /** The rule in words, as a refusal gives it after the parameter's name. */
    public static final String RULE = "must be 3 to 10 letters and digits.";

    static final String PATTERN = "[A-Za-z0-9]{3,10}";
    private static final Pattern CODE = Pattern.compile(PATTERN);

    /** Only an upper-cased code: {@link #of} and {@link #parse} upper-case what they are given. */
    public OdsCode {
        if (!isCode(value) || !value.equals(value.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Not an upper-cased ODS code");
        }
    }

    /** Whether the text is an ODS code, in either case. */
    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    /** A code the service already holds (the registry's): upper-cased; anything else is a fault of ours. */
    public static OdsCode of(String code) {
        return new OdsCode(code.toUpperCase(Locale.ROOT));
    }

    /** The {@code odsCode} path parameter as sent: a 400 naming it when it is no ODS code. */
    static OdsCode parse(String text) {
        if (!isCode(text)) {
            throw new InvalidParameterException(NAME + " " + RULE);
        }
        return of(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
