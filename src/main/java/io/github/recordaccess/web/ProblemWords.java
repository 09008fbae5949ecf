package io.github.recordaccess.web;

import java.util.Map;
import java.util.Optional;

/**
 * The problems as the pages word them, for people: every page's failure (the page resources' and the edge's) has a
 * title in the NHS content style and a detail with no parameter value list, FHIR or Java message. The API's
 * problem+json keeps its own title and detail for machines. Part of the service's vocabulary ({@code read.Words});
 * it sits here because the edge's error pages ({@link ProblemPage}) are below the read layer.
 */
public final class ProblemWords {

    /** What a refused query parameter is, in words ("the date"), by its name. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("asOf", "the date"),
            Map.entry("from", "the first date"),
            Map.entry("to", "the last date"),
            Map.entry("recommendation", "the list asked for"),
            Map.entry("reason", "the list asked for"),
            Map.entry("flag", "the list asked for"),
            Map.entry("action", "the list asked for"),
            Map.entry("bulkCoded104", "the list asked for"),
            Map.entry("turning16Within", "the number of days"),
            Map.entry("page", "the page number"),
            Map.entry("sort", "the sort order"),
            Map.entry("order", "the sort order"),
            Map.entry("odsCode", "the practice code"),
            Map.entry("nhsNumber", "the NHS number"));

    private static final String CHECK_ADDRESS = "If you typed the web address, check it is correct. If you pasted "
            + "the web address, check you copied the entire address.";
    private static final String TRY_LATER = "No recommendation was made. Try again later.";

    private ProblemWords() {}

    /** The problem with the page's title and detail; the type, status and instance stay. */
    public static Problem forPeople(Problem problem) {
        Optional<ProblemType> type = ProblemType.byUri(String.valueOf(problem.type()));
        if (type.isEmpty()) {
            return problem;
        }
        String detail = detail(type.get(), problem.detail());
        return new Problem(problem.type(), title(type.get()), problem.status(), detail, problem.instance(), null);
    }

    /** The detail for people of a problem given by its type ({@code /problems/fhir-unavailable}) and detail. */
    public static String detail(String type, String given) {
        return ProblemType.byUri(type).map(t -> detail(t, given)).orElse(given);
    }

    /** Each problem's page title. */
    public static String title(ProblemType type) {
        return switch (type) {
            case INVALID_PARAMETER -> "There is a problem with the web address";
            case MISSING_PRACTICE_PROFILE -> "The practice's details are missing";
            case INVALID_REGISTRY -> "The practice registry could not be loaded";
            case UNAUTHORIZED -> "You need to sign in";
            case FORBIDDEN, OUTSIDE_YOUR_ORGANISATION -> "You cannot see this page";
            case NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, HOST_NOT_SERVED -> "Page not found";
            case PATIENT_NOT_FOUND -> "Patient not found";
            case PRACTICE_NOT_FOUND -> "Practice not found";
            case PRACTICE_NOT_REGISTERED -> "Practice not registered";
            case AMBIGUOUS_RECORD -> "More than one record has this NHS number";
            case REGISTRY_CHANGED -> "The practice registry was changed at the same time";
            case PAYLOAD_TOO_LARGE -> "What you sent is too large";
            case REQUEST_BODY_INCOMPLETE -> "What you sent did not arrive in full";
            case SIGN_OUT_NOT_CONFIRMED -> "You have not been signed out";
            case REFRESH_NOT_CONFIRMED -> "The figures were not computed again";
            case REFRESH_TOO_SOON -> "These figures were computed moments ago";
            case FHIR_ERROR_RESPONSE,
                    FHIR_INVALID_RESPONSE,
                    FHIR_INCOMPLETE,
                    FHIR_INCONSISTENT_RESULTS,
                    FHIR_RESPONSE_TOO_LARGE,
                    FHIR_UNAVAILABLE,
                    FHIR_BUSY,
                    DATABASE_UNAVAILABLE,
                    INTERNAL_ERROR -> "Sorry, there is a problem with the service";
        };
    }

    /** The detail for people: the problem's own where it is already written for them, else one written here. */
    static String detail(ProblemType type, String given) {
        return switch (type) {
            case INVALID_PARAMETER ->
                "Part of the web address (" + parameter(given) + ") cannot be used. " + CHECK_ADDRESS;
            case NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE -> CHECK_ADDRESS;
            case PATIENT_NOT_FOUND ->
                "No patient with this NHS number was found at the practices you can see. "
                        + "Check the NHS number and try again.";
            case PRACTICE_NOT_FOUND ->
                "No practice with this code was found in the GP records. Check the practice " + "code (its ODS code).";
            case PRACTICE_NOT_REGISTERED -> "This practice is not in the practice registry. Ask your ICB to add it.";
            case AMBIGUOUS_RECORD ->
                "The practice must merge the records before the service can say what to do. "
                        + "No recommendation was made.";
            case FHIR_ERROR_RESPONSE -> "The GP record server answered with an error. " + TRY_LATER;
            case FHIR_INVALID_RESPONSE -> "The GP record server sent an answer the service cannot read. " + TRY_LATER;
            case FHIR_INCOMPLETE -> "The GP records could not be read in full. " + TRY_LATER;
            case FHIR_INCONSISTENT_RESULTS ->
                "The GP record server gave answers that do not agree with each other. " + TRY_LATER;
            case FHIR_RESPONSE_TOO_LARGE ->
                "The GP record server sent more than the service can safely read. " + TRY_LATER;
            case FHIR_UNAVAILABLE -> "The GP record server could not be reached. " + TRY_LATER;
            case FHIR_BUSY -> "The service is busy. No recommendation was made. Try again in a few minutes.";
            case DATABASE_UNAVAILABLE -> "The service's database could not be reached. Try again later.";
            case INTERNAL_ERROR -> TRY_LATER;
            default -> given;
        };
    }

    /** The refused parameter in words, from the detail's first word (its name). */
    private static String parameter(String detail) {
        String name = detail == null ? "" : detail.split(" ", 2)[0];
        return PARAMETERS.getOrDefault(name, "a value in it");
    }
}
