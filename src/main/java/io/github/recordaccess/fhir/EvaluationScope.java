package io.github.recordaccess.fhir;

/**
 * One practice evaluation's searches, as {@link FhirExchange} sees them: they wait for a permit until the
 * evaluation's deadline (not only {@code fhir.permit-wait}: the evaluation has been let in, and its searches
 * queue behind one another), and they stop asking once the evaluation is over, failed or not.
 */
final class EvaluationScope {

    private final long until;
    private volatile boolean over;

    /** @param until the deadline, as {@link System#nanoTime()} */
    EvaluationScope(long until) {
        this.until = until;
    }

    long nanosLeft() {
        return until - System.nanoTime();
    }

    boolean over() {
        return over;
    }

    void end() {
        over = true;
    }
}
