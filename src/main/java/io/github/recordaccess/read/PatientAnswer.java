package io.github.recordaccess.read;

/** A patient's answer as the patient page shows it: the API's recommendation, and who the record is about. */
public record PatientAnswer(RecommendationView recommendation, PersonView person) {}
