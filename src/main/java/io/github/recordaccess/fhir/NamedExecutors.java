package io.github.recordaccess.fhir;

import io.smallrye.context.SmallRyeManagedExecutor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Managed executors (context propagated, as Quarkus's) on threads of their own, bounded and named. Not
 * on Quarkus's shared worker pool: request threads block there waiting for these tasks, so sharing it
 * could deadlock once every worker waits.
 */
public final class NamedExecutors {

    private NamedExecutors() {}

    public static ManagedExecutor bounded(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return ((SmallRyeManagedExecutor.Builder) ManagedExecutor.builder())
                .withExecutorService(Executors.newFixedThreadPool(threads, factory))
                .maxAsync(threads)
                .maxQueued(-1)
                .build();
    }
}
