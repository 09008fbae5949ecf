package io.github.recordaccess.practice;

import io.github.recordaccess.config.AccessConfig;
import io.github.recordaccess.fhir.NamedExecutors;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Evaluates many practices with bounded parallelism. One practice failing never hides the others and
 * never shows as zeros: its row carries the error instead of a summary.
 */
@ApplicationScoped
public class PracticeOverview {

    /** One practice's summary, or the reason there is none. */
    public record Row(String odsCode, PracticeSummary summary, RuntimeException problem) {}

    private final PracticeEvaluations evaluations;
    private final ManagedExecutor pool;

    public PracticeOverview(PracticeEvaluations evaluations, AccessConfig config) {
        this.evaluations = evaluations;
        // At most `parallelism` practices at once, on threads of their own (see NamedExecutors).
        this.pool =
                NamedExecutors.bounded("practice-overview", config.overview().parallelism());
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    public List<Row> evaluate(Collection<String> odsCodes, LocalDate asOf, boolean fresh) {
        List<Future<Row>> rows = new ArrayList<>();
        for (String ods : odsCodes) {
            rows.add(pool.submit(() -> {
                try {
                    return new Row(ods, PracticeSummary.of(evaluations.get(ods, asOf, fresh)), null);
                } catch (RuntimeException e) {
                    return new Row(ods, null, e);
                }
            }));
        }
        List<Row> done = new ArrayList<>(rows.size());
        for (Future<Row> row : rows) {
            try {
                done.add(row.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while evaluating practices", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return done;
    }
}
