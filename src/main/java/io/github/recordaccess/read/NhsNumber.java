package io.github.recordaccess.read;

import io.github.recordaccess.rules.NhsNumbers;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The NHS number a patient is asked for by: ten ASCII digits, the last a valid modulus-11 check digit. Read once, by
 * the parameter converter, from the {@code nhsNumber} path parameter of the API and the patient page.
 */
@Schema(name = "NhsNumber", type = SchemaType.STRING)
public record NhsNumber(String value) {

    static final String NAME = "nhsNumber";

    public NhsNumber {
        if (!NhsNumbers.isValid(value)) {
            throw new IllegalArgumentException("Not an NHS number");
        }
    }

    /** The path parameter as sent: a 400 naming it when it is no NHS number. */
    static NhsNumber parse(String text) {
        if (!NhsNumbers.isValid(text)) {
            throw new InvalidParameterException(NAME + " must be 10 digits with a valid check digit (modulus 11).");
        }
        return new NhsNumber(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
