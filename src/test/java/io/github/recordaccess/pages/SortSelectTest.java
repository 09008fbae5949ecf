package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The overview's sort select: every column in both orders, the one shown selected, and its one value understood. */
class SortSelectTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 5);

    @Test
    void offersEveryColumnInBothOrdersWithTheShownOneSelected() {
        SortSelect select = OverviewSortChoices.select(OverviewSort.of("patients", "asc"), AS_OF, "");
        assertThat(select.options()).hasSize(2 * OverviewSort.Column.values().length);
        assertThat(select.options())
                .filteredOn(SortSelect.Option::selected)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.value()).isEqualTo("patients-asc");
                    assertThat(o.label()).isEqualTo("Patients, lowest first");
                });
        assertThat(select.options())
                .extracting(SortSelect.Option::label)
                .contains("Practice, A to Z", "Live since, latest first");
        assertThat(select.action()).isEqualTo("/");
        assertThat(select.keep()).containsExactly(new SortSelect.Field("asOf", "2026-12-05"));
    }

    @Test
    void theSelectsValueSortsAsTheTwoParametersDo() {
        for (SortSelect.Option option :
                OverviewSortChoices.select(OverviewSort.DEFAULT, AS_OF, "").options()) {
            int dash = option.value().lastIndexOf('-');
            assertThat(OverviewSort.of(option.value(), null))
                    .isEqualTo(OverviewSort.of(
                            option.value().substring(0, dash), option.value().substring(dash + 1)));
        }
        assertThat(OverviewSort.of("live-since", null).column())
                .as("a key with a dash, no order")
                .isEqualTo(OverviewSort.Column.LIVE_SINCE);
        assertThat(OverviewSort.of("live-since-asc", null).descending()).isFalse();
    }
}
