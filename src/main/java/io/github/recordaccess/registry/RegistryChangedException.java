package io.github.recordaccess.registry;

import java.time.Duration;

/**
 * Another change to the registry held it for longer than this one may wait ({@code access.database.lock-wait}):
 * this change was not applied, and the caller gets a 409 registry-changed telling the administrator to read the
 * registry and try again. A healthy database that is busy is never a 503.
 */
public class RegistryChangedException extends RuntimeException {

    public RegistryChangedException(Duration waited) {
        super("Another change to the practice registry was still being written after " + waited.toMillis()
                + " ms, so this one was not applied. Read the registry and send the change again.");
    }
}
