package io.github.recordaccess.pages;

import io.github.recordaccess.api.RecommendationView;
import java.time.LocalDate;

/** One patient's page: the recommendation, its reasons, the actions and the evidence. */
public record PatientPage(LocalDate asOf, RecommendationView recommendation) {}
