package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.read.Words;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Why" of a patient's page says each thing once. */
class PatientWhyTest {

    @Test
    void anActive104IsSaidOnceAndItsBulkCodingBesideIt() {
        PatientWhy why = PatientWhy.of(answer(AccessFlag.ACTIVE_104, false, List.of(Reason.ACTIVE_104)));
        assertThat(shown(why)).containsExactly("Reason: " + Words.of(Reason.ACTIVE_104), "Bulk-coded 104: No");
        assertThat(Collections.frequency(values(why), Words.of(AccessFlag.ACTIVE_104)))
                .isLessThanOrEqualTo(1);
    }

    @Test
    void aBulkCoded104ReasonIsNotRepeatedAsAYes() {
        PatientWhy why =
                PatientWhy.of(answer(AccessFlag.ACTIVE_104, true, List.of(Reason.BULK_CODED_104, Reason.ACTIVE_104)));
        assertThat(shown(why))
                .containsExactly("Reasons: " + Words.of(Reason.BULK_CODED_104) + ", " + Words.of(Reason.ACTIVE_104));
    }

    @Test
    void aFlagNoReasonSaysIsShownAndNoFlagIsNotShownAsNone() {
        PatientWhy undetermined = PatientWhy.of(answer(AccessFlag.UNDETERMINED, null, List.of(Reason.UNDATED_CODE)));
        assertThat(shown(undetermined))
                .containsExactly(
                        "Reason: " + Words.of(Reason.UNDATED_CODE),
                        "104/106 flag: " + Words.of(AccessFlag.UNDETERMINED));
        PatientWhy none = PatientWhy.of(answer(AccessFlag.NONE, null, List.of(Reason.NO_CODES)));
        assertThat(shown(none)).containsExactly("Reason: " + Words.of(Reason.NO_CODES));
    }

    @Test
    void anUnknownBulkCodingBesideAnActive104IsSaidToBeNotKnown() {
        PatientWhy why = PatientWhy.of(answer(AccessFlag.ACTIVE_104, null, List.of(Reason.ACTIVE_104)));
        assertThat(shown(why)).contains("Bulk-coded 104: Not known");
    }

    @Test
    void theSixteenthBirthdayIsADayInWords() {
        RecommendationView under16 = new RecommendationView(
                "9990001243",
                null,
                "p",
                "DEMOEMIS",
                LocalDate.of(2026, 12, 5),
                Recommendation.NOT_APPLICABLE,
                AccessFlag.NONE,
                List.of(Reason.UNDER_16),
                LocalDate.of(2027, 3, 1),
                false,
                List.of(),
                List.of());
        assertThat(shown(PatientWhy.of(under16))).contains("Eligible from: 1 March 2027");
    }

    private static RecommendationView answer(AccessFlag flag, Boolean bulkCoded, List<Reason> reasons) {
        return new RecommendationView(
                "9990001243",
                null,
                "p",
                "DEMOEMIS",
                LocalDate.of(2026, 12, 5),
                Recommendation.OFFER_OPT_IN,
                flag,
                reasons,
                null,
                bulkCoded,
                List.of(),
                List.of());
    }

    private static List<String> shown(PatientWhy why) {
        return why.rows().stream()
                .map(r -> r.key() + ": " + String.join(", ", r.values()))
                .toList();
    }

    private static List<String> values(PatientWhy why) {
        return why.rows().stream().flatMap(r -> r.values().stream()).toList();
    }
}
