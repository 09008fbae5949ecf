package io.github.recordaccess.fhir;

import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * How the service's parser treats invalid values. A date, dateTime or instant HAPI cannot parse (a date
 * keyed as 05/03/2024) must not fail a whole practice: HAPI keeps it as text and the mapper makes the
 * entry undated. Any other invalid value (a status of "Final", an OperationOutcome severity of "Error")
 * still fails the response, since reading it as absent could hide an error. Invalid values are never
 * logged: one may be a birth date.
 */
final class DatesKeptAsText extends LenientErrorHandler {

    /** HAPI's message for every date, dateTime and instant it cannot parse. */
    private static final String INVALID_DATE = "Invalid date/time format";

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        if (error == null || !error.startsWith(INVALID_DATE)) {
            new StrictErrorHandler().invalidValue(location, value, error);
        }
    }
}
