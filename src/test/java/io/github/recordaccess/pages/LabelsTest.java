package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import org.junit.jupiter.api.Test;

/** The words the pages use for the API's ids. */
class LabelsTest {

    @Test
    void everyWorklistFilterHasWords() {
        assertThat(Labels.FILTER_WORDS.keySet()).containsExactlyInAnyOrderElementsOf(WorklistQuery.NAMES);
    }

    @Test
    void aWorklistsFiltersReadAsWords() {
        assertThat(Labels.describe(WorklistFilter.ALL)).isEmpty();
        assertThat(Labels.describe(WorklistFilter.byRecommendation(Recommendation.OFFER_OPT_IN)))
                .isEqualTo("Recommendation: Offer opt in");
        assertThat(Labels.describe(new WorklistFilter(
                        Recommendation.NOT_APPLICABLE,
                        Reason.UNDER_16,
                        AccessFlag.ACTIVE_104,
                        ActionId.REVIEW_BULK_CODED_104,
                        false,
                        30)))
                .isEqualTo("Recommendation: Not applicable; reason: Under 16; 104/106 flag: Active 104; "
                        + "action: Review bulk coded 104; bulk-coded 104: no; turning 16 within 30 days");
    }
}
