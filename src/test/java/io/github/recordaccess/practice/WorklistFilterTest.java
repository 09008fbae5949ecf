package io.github.recordaccess.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.AccessRecommendation;
import io.github.recordaccess.rules.Action;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorklistFilterTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    @ParameterizedTest(name = "bulkCoded104={0} matches a patient whose bulk coding is {1}: {2}")
    @CsvSource({
        "true,  true,    true",
        "true,  false,   false",
        "true,  unknown, false",
        "false, false,   true",
        "false, true,    false",
        "false, unknown, false"
    })
    void bulkCoded104MatchesOnlyItsOwnValueNeverUnknown(boolean filter, String patient, boolean matches) {
        Boolean bulk = patient.equals("unknown") ? null : Boolean.valueOf(patient);
        AdvisedRecommendation row =
                row(Recommendation.OFFER_OPT_IN, AccessFlag.ACTIVE_104, List.of(Reason.ACTIVE_104), null, bulk);

        assertThat(WorklistFilter.byBulkCoded104(filter).matches(row)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "16 on {0}, within {1} days: {2}")
    @CsvSource({"2024-06-02, 1, true", "2024-06-03, 1, false", "2025-06-01, 365, true", "2025-06-02, 365, false"})
    void turning16WithinCountsFromAsOf(LocalDate sixteenth, int days, boolean matches) {
        AdvisedRecommendation row =
                row(Recommendation.NOT_APPLICABLE, AccessFlag.NONE, List.of(Reason.UNDER_16), sixteenth, false);

        assertThat(WorklistFilter.byTurning16Within(days).matches(row)).isEqualTo(matches);
    }

    @Test
    void turning16WithinListsOnlyPatientsNotApplicableForTheirAge() {
        AdvisedRecommendation deceasedChild = row(
                Recommendation.NOT_APPLICABLE,
                AccessFlag.NONE,
                List.of(Reason.DECEASED, Reason.UNDER_16),
                AS_OF.plusDays(1),
                false);

        assertThat(WorklistFilter.byTurning16Within(366).matches(deceasedChild)).isFalse();
    }

    @Test
    void filtersCombineWithAnd() {
        WorklistFilter filter = new WorklistFilter(
                Recommendation.OFFER_OPT_IN,
                Reason.BULK_CODED_104,
                AccessFlag.ACTIVE_104,
                ActionId.REVIEW_BULK_CODED_104,
                true,
                null);
        AdvisedRecommendation bulk = row(
                Recommendation.OFFER_OPT_IN,
                AccessFlag.ACTIVE_104,
                List.of(Reason.ACTIVE_104, Reason.BULK_CODED_104),
                null,
                true);
        AdvisedRecommendation individual =
                row(Recommendation.OFFER_OPT_IN, AccessFlag.ACTIVE_104, List.of(Reason.ACTIVE_104), null, false);

        assertThat(filter.matches(bulk)).isTrue();
        assertThat(filter.matches(individual)).isFalse();
        assertThat(WorklistFilter.ALL.matches(individual)).isTrue();
    }

    private static AdvisedRecommendation row(
            Recommendation recommendation,
            AccessFlag flag,
            List<Reason> reasons,
            LocalDate eligibleFrom,
            Boolean bulkCoded104) {
        AccessRecommendation result = new AccessRecommendation(
                "p1", "9990000018", AS_OF, recommendation, flag, reasons, eligibleFrom, bulkCoded104, List.of(), null);
        List<Action> actions = Boolean.TRUE.equals(bulkCoded104)
                ? List.of(new Action(ActionId.REVIEW_BULK_CODED_104, "review"))
                : List.of();
        return new AdvisedRecommendation(result, actions);
    }
}
