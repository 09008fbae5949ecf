package io.github.recordaccess.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one mapper for request parameters that are refused: a value a converter cannot read
 * ({@link InvalidParameterException}) or one that breaks a Bean Validation constraint. Either is the 400
 * {@code invalid-parameter} problem whose detail names the parameter.
 */
public class ParameterProblems {

    @ServerExceptionMapper({InvalidParameterException.class, ConstraintViolationException.class})
    public Response map(Exception e, UriInfo uri) {
        return ProblemMappers.respond(asRefusal(e), uri);
    }

    /**
     * The failure as the caller's fault ({@link ApiException} invalid-parameter) when it is about a parameter;
     * anything else (a return value, a bean inside the service) is our fault, and stays as it is.
     */
    public static Throwable asRefusal(Throwable e) {
        if (e instanceof ConstraintViolationException violations) {
            boolean parameters = !violations.getConstraintViolations().isEmpty()
                    && violations.getConstraintViolations().stream().allMatch(ParameterProblems::onParameter);
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
