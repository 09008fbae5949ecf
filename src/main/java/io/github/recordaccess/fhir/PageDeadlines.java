package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.client.apache.ApacheHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A deadline for each whole FHIR answer ({@code fhir.read-timeout}): the socket timeout only bounds the
 * silence between two bytes, so a server that trickles a byte every few seconds could hold a request for
 * minutes. When the deadline passes, the request is aborted, which ends the read at once. HAPI's client
 * runs each request on the calling thread, so the armed deadline is the thread's until {@link #disarm}.
 */
@ApplicationScoped
class PageDeadlines {

    private record Armed(ApacheHttpRequest request, ScheduledFuture<?> abort, AtomicBoolean fired) {}

    private final Duration timeout;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fhir-page-deadline");
        thread.setDaemon(true);
        return thread;
    });
    // Per instance on purpose: each instance arms its own deadlines (one per application; tests build their own).
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<Armed> current = new ThreadLocal<>();

    PageDeadlines(FhirConfig config) {
        this.timeout = config.readTimeout();
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    /** Starts the deadline of a request about to be sent. */
    void arm(IHttpRequest request) {
        disarm();
        if (request instanceof ApacheHttpRequest apache) {
            AtomicBoolean fired = new AtomicBoolean();
            ScheduledFuture<?> abort = scheduler.schedule(
                    () -> {
                        fired.set(true);
                        apache.getApacheRequest().abort();
                    },
                    timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            current.set(new Armed(apache, abort, fired));
        }
    }

    /** True when this thread's last request was aborted by its deadline. */
    boolean fired() {
        Armed armed = current.get();
        return armed != null && armed.fired().get();
    }

    /** Aborts this thread's request now (an answer past its size bound), so that its rest is never read. */
    void abortCurrent() {
        Armed armed = current.get();
        if (armed != null) {
            armed.request().getApacheRequest().abort();
        }
    }

    /** Ends this thread's deadline once the answer has been read (or has failed). */
    void disarm() {
        Armed armed = current.get();
        if (armed != null) {
            armed.abort().cancel(false);
            current.remove();
        }
    }

    Duration timeout() {
        return timeout;
    }
}
