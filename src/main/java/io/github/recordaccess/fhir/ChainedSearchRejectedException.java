package io.github.recordaccess.fhir;

/** The server answered 400 to a chained parameter: search per batch of patients instead. */
class ChainedSearchRejectedException extends RuntimeException {

    ChainedSearchRejectedException(String message) {
        super(message);
    }
}
