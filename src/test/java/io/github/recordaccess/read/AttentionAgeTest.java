package io.github.recordaccess.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How old figures may be before the overview tags them, and how soon a practice may be computed again. */
class AttentionAgeTest {

    @ParameterizedTest(name = "computed {0}, for {1}, now {2}: old {3}")
    @CsvSource({
        // For today: against now. 23 h is not old, 25 h is.
        "2025-06-01T11:00:00Z, 2025-06-02, 2025-06-02T10:00:00Z, false",
        "2025-06-01T09:00:00Z, 2025-06-02, 2025-06-02T10:00:00Z, true",
        // For a past day: against that day's end (London, BST), so its own nightly snapshot is not old.
        "2025-05-20T01:00:00Z, 2025-05-20, 2025-06-02T10:00:00Z, false",
        "2025-05-18T01:00:00Z, 2025-05-20, 2025-06-02T10:00:00Z, true",
        // Exactly a day is not more than a day.
        "2025-06-01T10:00:00Z, 2025-06-02, 2025-06-02T10:00:00Z, false"
    })
    void figuresMoreThanADayOlderThanWhatTheyStandForAreOld(String evaluatedAt, String day, String now, boolean old) {
        assertThat(Attention.olderThanADay(Instant.parse(evaluatedAt), LocalDate.parse(day), Instant.parse(now)))
                .isEqualTo(old);
    }

    @ParameterizedTest(name = "last {0} s ago, interval {1} s: wait {2} s")
    @CsvSource({
        // Never computed, or computed longer ago than the interval: now.
        "never, 30, 0",
        "30, 30, 0",
        "45, 30, 0",
        // Within the interval: the rest of it.
        "10, 30, 20",
        "0, 30, 30",
        // Stored by a replica whose clock runs ahead: the whole interval, never longer.
        "-20, 30, 30"
    })
    void aPracticeIsComputedAgainNoSoonerThanTheMinimumRefreshInterval(String ago, long interval, long wait) {
        Instant now = Instant.parse("2025-06-02T10:00:00Z");
        Instant last = ago.equals("never") ? null : now.minusSeconds(Long.parseLong(ago));
        assertThat(PracticeRefreshes.waitBefore(last, now, Duration.ofSeconds(interval)))
                .isEqualTo(Duration.ofSeconds(wait));
    }
}
