package io.github.recordaccess.registry;

/** The database could not be read or written: the caller gets a 503, never an empty registry. */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String operation, Throwable cause) {
        super("The practice registry database could not be reached (" + operation + ").", cause);
    }
}
