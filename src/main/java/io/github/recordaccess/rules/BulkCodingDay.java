package io.github.recordaccess.rules;

import java.time.LocalDate;

/** A London calendar day on which counted 104s were recorded for {@code patients} distinct patients. */
public record BulkCodingDay(LocalDate date, int patients) {}
