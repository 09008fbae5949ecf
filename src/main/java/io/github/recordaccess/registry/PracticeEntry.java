package io.github.recordaccess.registry;

import io.github.recordaccess.rules.ClinicalSystem;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One practice the ICB runs the service for.
 *
 * @param odsCode upper-case ODS code
 * @param goLiveDate the day the practice went live with the opt-out model, or null when it has not
 */
public record PracticeEntry(String odsCode, String name, ClinicalSystem system, LocalDate goLiveDate) {

    public PracticeEntry {
        Objects.requireNonNull(odsCode, "odsCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(system, "system");
    }

    /** Live on a day once its go-live date has come. */
    public boolean liveOn(LocalDate day) {
        return goLiveDate != null && !goLiveDate.isAfter(day);
    }

    public Optional<LocalDate> goLive() {
        return Optional.ofNullable(goLiveDate);
    }
}
