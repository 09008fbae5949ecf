package io.github.recordaccess.api;

import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.web.ProblemType;
import java.util.List;

/** A registry upload with faults: every one is listed, and nothing was changed. */
class InvalidRegistryException extends ApiException {

    InvalidRegistryException(List<String> errors) {
        super(
                ProblemType.INVALID_REGISTRY,
                errors.size() + (errors.size() == 1 ? " fault" : " faults")
                        + " in the practice registry; nothing was changed.",
                errors);
    }
}
