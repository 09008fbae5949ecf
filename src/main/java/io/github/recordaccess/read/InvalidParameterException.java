package io.github.recordaccess.read;

import jakarta.ws.rs.BadRequestException;

/**
 * A parameter value a converter cannot read; the detail names the parameter. A {@code WebApplicationException},
 * so the framework passes it on as thrown instead of wrapping it in a 404.
 */
public class InvalidParameterException extends BadRequestException {

    public InvalidParameterException(String detail) {
        super(detail);
    }
}
