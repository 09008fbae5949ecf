package io.github.recordaccess.api;

import io.github.recordaccess.read.InvalidParameterException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one mapper for request parameters that are refused: a value a converter cannot read
 * ({@link InvalidParameterException}) or one that breaks a Bean Validation constraint. Either is the 400
 * {@code invalid-parameter} problem whose detail names the parameter ({@link io.github.recordaccess.read.Problems}).
 */
public class ParameterProblems {

    @ServerExceptionMapper({InvalidParameterException.class, ConstraintViolationException.class})
    public Response map(Exception e, UriInfo uri) {
        return ProblemMappers.respond(e, uri);
    }
}
