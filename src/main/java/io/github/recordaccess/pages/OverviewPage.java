package io.github.recordaccess.pages;

import io.github.recordaccess.api.OverviewRow;
import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The ICB overview page: one row per registered practice, with its name, and the ICB's excluded % over the last year. */
public record OverviewPage(LocalDate asOf, List<Entry> rows, TrendChart trend) {

    private static final DateTimeFormatter EVALUATED =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    /** A practice's row, with what the registry says of it. */
    public record Entry(String name, String system, String liveSince, OverviewRow row) {

        static Entry of(PracticeEntry practice, OverviewRow row) {
            return new Entry(
                    practice == null ? row.practiceOdsCode() : practice.name(),
                    practice == null ? "" : practice.system().name(),
                    practice == null
                            ? ""
                            : practice.goLive().map(LocalDate::toString).orElse("Not live"),
                    row);
        }

        // Patients per recommendation, one accessor each: the templates read no-argument members only.
        public Integer provideAccess() {
            return row.recommendations().get(Recommendation.PROVISION_ACCESS);
        }

        public Integer offerOptIn() {
            return row.recommendations().get(Recommendation.OFFER_OPT_IN);
        }

        public Integer optedOut() {
            return row.recommendations().get(Recommendation.OPTED_OUT);
        }

        public Integer notApplicable() {
            return row.recommendations().get(Recommendation.NOT_APPLICABLE);
        }

        public Integer reviewRequired() {
            return row.recommendations().get(Recommendation.REVIEW_REQUIRED);
        }

        /** When the practice was evaluated, London time. */
        public String evaluated() {
            return row.evaluatedAt() == null ? "" : EVALUATED.format(row.evaluatedAt());
        }
    }
}
