package io.github.recordaccess.read;

import io.github.recordaccess.fhir.AmbiguousMatchException;
import io.github.recordaccess.fhir.FhirServerException;
import io.github.recordaccess.patient.PatientNotFoundException;
import io.github.recordaccess.practice.PracticeNotFoundException;
import io.github.recordaccess.registry.RegistryChangedException;
import io.github.recordaccess.registry.RegistryUnavailableException;
import io.github.recordaccess.security.OutsideScopeException;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.Routes;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;

/**
 * The problem any failure becomes, for the API's problem+json, the pages' error page and the failed rows of the
 * overview and the history alike: both faces answer a failure with the same problem.
 */
public final class Problems {

    private Problems() {}

    /** The problem for any failure; {@code instance} is the route template (or null). */
    public static Problem of(Throwable failure, String instance) {
        Throwable e = asRefusal(failure);
        if (e instanceof OutsideScopeException refused) {
            return Problem.of(refused.type(), refused.getMessage(), instance);
        }
        if (e instanceof ApiException api) {
            return api.errors() == null
                    ? Problem.of(api.type(), api.getMessage(), instance)
                    : Problem.of(api.type(), api.getMessage(), instance, api.errors());
        }
        if (e instanceof RegistryUnavailableException unavailable) {
            Log.warnf("Database failed: %s", e.getMessage());
            String detail = unavailable.changedNothing() ? e.getMessage() + " Nothing was changed." : e.getMessage();
            return Problem.of(ProblemType.DATABASE_UNAVAILABLE, detail, instance);
        }
        if (e instanceof RegistryChangedException) {
            return Problem.of(ProblemType.REGISTRY_CHANGED, e.getMessage(), instance);
        }
        if (e instanceof PatientNotFoundException) {
            return Problem.of(ProblemType.PATIENT_NOT_FOUND, e.getMessage(), instance);
        }
        if (e instanceof PracticeNotFoundException) {
            return Problem.of(ProblemType.PRACTICE_NOT_FOUND, e.getMessage(), instance);
        }
        if (e instanceof AmbiguousMatchException) {
            return Problem.of(
                    ProblemType.AMBIGUOUS_RECORD,
                    e.getMessage() + "; the records must be merged before a recommendation can be made.",
                    instance);
        }
        if (e instanceof FhirServerException fhir) {
            Log.warnf("FHIR interaction failed: %s", fhir.getMessage());
            ProblemType type = switch (fhir.kind()) {
                case UNAVAILABLE -> ProblemType.FHIR_UNAVAILABLE;
                case ERROR_RESPONSE -> ProblemType.FHIR_ERROR_RESPONSE;
                case INVALID_RESPONSE -> ProblemType.FHIR_INVALID_RESPONSE;
                case INCOMPLETE -> ProblemType.FHIR_INCOMPLETE;
                case INCONSISTENT -> ProblemType.FHIR_INCONSISTENT_RESULTS;
                case TOO_LARGE -> ProblemType.FHIR_RESPONSE_TOO_LARGE;
                case BUSY -> ProblemType.FHIR_BUSY;
            };
            return Problem.of(type, fhir.getMessage() + " No recommendation was made.", instance);
        }
        if (e instanceof NotFoundException) {
            // A path that is one of the routes, asked with another method; a dev-only route is no route in production.
            return Routes.templateOf(instance)
                            .filter(t -> !Routes.DEV_ONLY.contains(t))
                            .isPresent()
                    ? Problem.of(
                            ProblemType.METHOD_NOT_ALLOWED,
                            "This path answers " + Routes.allowedMethods(instance) + " only.",
                            instance)
                    : Problem.of(ProblemType.NOT_FOUND, "There is no resource at this path.", instance);
        }
        if (e instanceof NotAllowedException) {
            return Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This path does not accept that HTTP method.", instance);
        }
        if (e instanceof NotAcceptableException) {
            return Problem.of(
                    ProblemType.NOT_ACCEPTABLE,
                    "This path answers application/json (and text/csv for lists).",
                    instance);
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "HTTP " + status : known.getReasonPhrase();
            return new Problem(
                    java.net.URI.create("/problems/http-" + status), title, status, title + ".", instance, null);
        }
        // The message may quote data from elsewhere, so only the type is logged at error level.
        Log.errorf("Unexpected %s while serving a request", e.getClass().getName());
        Log.debug("Unexpected failure", e);
        return Problem.of(
                ProblemType.INTERNAL_ERROR, "The service failed unexpectedly. No recommendation was made.", instance);
    }

    /**
     * A refused request parameter as the caller's fault (invalid-parameter): a value a converter cannot read
     * ({@link InvalidParameterException}) or one that breaks a Bean Validation constraint. A violation that is not
     * about a parameter (a return value, a bean inside the service) is our fault, and stays as it is.
     */
    private static Throwable asRefusal(Throwable e) {
        if (e instanceof ConstraintViolationException violations) {
            boolean parameters = !violations.getConstraintViolations().isEmpty()
                    && violations.getConstraintViolations().stream().allMatch(Problems::onParameter);
            return parameters ? ApiException.invalid(detail(violations)) : e;
        }
        return e instanceof InvalidParameterException ? ApiException.invalid(e.getMessage()) : e;
    }

    /**
     * A method parameter, or a field of a {@code @BeanParam} parameter (method → parameter → property); never a
     * return value.
     */
    private static boolean onParameter(ConstraintViolation<?> violation) {
        boolean parameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return false;
            }
            parameter |= node.getKind() == ElementKind.PARAMETER;
        }
        return parameter;
    }

    /** "name message" for each refused parameter, by name. */
    private static String detail(ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream()
                .map(v -> parameterName(v) + " " + v.getMessage())
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private static String parameterName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
