package io.github.recordaccess.read;

import io.github.recordaccess.fhir.CohortRouteStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AccessRecommendationPage",
        description = "One page of a practice's recommendations, ordered by NHS number.")
public record RecommendationPage(
        @Schema(example = "A12345") String practiceOdsCode,
        @Schema(example = "2024-06-01") LocalDate asOf,

        @Schema(description = "When the practice was evaluated")
        Instant evaluatedAt,

        @Schema(description = "Patients matching the filter, over all pages", example = "312")
        int total,

        @Schema(description = "Page number, from 0", example = "0")
        int page,

        @Schema(description = "Page size, 1 to 1000", example = "100")
        int size,

        List<RecommendationView> items,

        @Schema(
                description =
                        "The registration routes searched for the practice's patients (ORGANIZATION, PRACTITIONER_ROLE, ODS_IDENTIFIER), and any that could not be (searched false): the list may then miss patients")
        List<CohortRouteStatus> cohortRoutes) {}
