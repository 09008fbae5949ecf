package io.github.recordaccess.practice;

import io.github.recordaccess.fhir.CohortRouteStatus;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.BulkCodingDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every patient of one practice evaluated as of one day, complete or not at all.
 *
 * @param cohortRoutes the registration routes searched for the practice's patients, and any that could not be
 */
public record PracticeEvaluation(
        String odsCode,
        String organizationId,
        LocalDate asOf,
        Instant evaluatedAt,
        List<AccessRecommendation> results,
        List<BulkCodingDay> bulkCodingDays,
        List<CohortRouteStatus> cohortRoutes) {

    public PracticeEvaluation {
        results = List.copyOf(results);
        bulkCodingDays = List.copyOf(bulkCodingDays);
        cohortRoutes = List.copyOf(cohortRoutes);
    }
}
