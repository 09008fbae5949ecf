package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.PatientFacts;
import java.util.Optional;

/** One patient's facts with the practice they are registered with, if the record says. */
public record PatientRecord(PatientFacts facts, Optional<PracticeRef> practice) {}
