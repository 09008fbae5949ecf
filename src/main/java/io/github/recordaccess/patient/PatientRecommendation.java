package io.github.recordaccess.patient;

import io.github.recordaccess.rules.AccessRecommendation;

/** One patient's recommendation and the practice they are registered with (ODS code, or null if unknown). */
public record PatientRecommendation(AccessRecommendation result, String practiceOdsCode) {}
