package io.github.recordaccess.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * The day a patient turns 16 and enters the opt-out model (BMA, "Accelerated access to GP-held
 * patient records 2023": patients aged 16 and over).
 */
final class SixteenthBirthday {

    private SixteenthBirthday() {}

    /**
     * Uses the latest day a partial birth date allows ({@code 2010} → 2010-12-31), so nobody is treated
     * as 16 before they certainly are. A 29 February birthday falls on 1 March in a common year.
     */
    static LocalDate of(FuzzyDate birthDate) {
        LocalDate latestBirth = birthDate.lastDay();
        LocalDate sixteenth = latestBirth.plusYears(16);
        boolean leapDay = latestBirth.getMonth() == Month.FEBRUARY && latestBirth.getDayOfMonth() == 29;
        return leapDay && sixteenth.getDayOfMonth() == 28 ? sixteenth.plusDays(1) : sixteenth;
    }
}
