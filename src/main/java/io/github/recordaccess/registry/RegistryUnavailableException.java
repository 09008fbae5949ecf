package io.github.recordaccess.registry;

/** The database could not be read or written: the caller gets a 503, never an empty registry. */
public class RegistryUnavailableException extends RuntimeException {

    private final boolean changedNothing;

    public RegistryUnavailableException(String operation, Throwable cause) {
        this("The practice registry database could not be reached (" + operation + ").", cause, true);
    }

    private RegistryUnavailableException(String message, Throwable cause, boolean changedNothing) {
        super(message, cause);
        this.changedNothing = changedNothing;
    }

    /**
     * The database failed while committing a change: it may have stored it before the connection broke, so the
     * caller is told to look rather than told that nothing changed.
     */
    public static RegistryUnavailableException whileCommitting(String operation, Throwable cause) {
        return new RegistryUnavailableException(
                "The practice registry database did not confirm the change (" + operation
                        + "); it may or may not have been stored. Read the registry before sending it again.",
                cause,
                false);
    }

    /** True unless the database may have stored the change before it failed. */
    public boolean changedNothing() {
        return changedNothing;
    }
}
