package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server-drawn charts: their scales, their lines and the words that describe them. */
class TrendChartTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, 4", "3, 4", "4, 4", "5, 8", "9, 20", "20, 20", "21, 40", "81, 200", "1234, 2000", "2001, 4000"})
    void aCountsScaleEndsAtTheRoundNumberAtOrAboveTheLargest(double largest, double top) {
        assertThat(TrendChart.roundUp(largest)).isEqualTo(top);
    }

    @Test
    void aCountChartHasWholeTicksAndNoActionPlanLine() {
        TrendChart chart = TrendChart.count(
                "Active 104s", List.of(new TrendChart.Point(DAY, 12), new TrendChart.Point(DAY.plusDays(2), 17)));
        assertThat(chart.ticks()).extracting(TrendChart.Tick::label).containsExactly("0", "5", "10", "15", "20");
        assertThat(chart.actionPlanLine()).isFalse();
        assertThat(chart.points()).extracting(TrendChart.Point::shown).containsExactly("12", "17");
        // The first point at the left edge, the last at the right (360 wide, less the 16 margin); 12 of 20 is 60 % of
        // the way up the plot's 200.
        assertThat(chart.polyline()).isEqualTo("48.0,92.0 344.0,42.0");
    }

    @Test
    void anExcludedChartRunsFrom0To100WithTheActionPlanLineAt50() {
        TrendChart chart = TrendChart.excludedPercent(List.of(new TrendChart.Point(DAY, 12.5)));
        assertThat(chart.ticks()).extracting(TrendChart.Tick::label).containsExactly("0%", "25%", "50%", "75%", "100%");
        assertThat(chart.actionPlanLine()).isTrue();
        assertThat(chart.actionPlanY()).isEqualTo("112.0");
        assertThat(chart.points()).extracting(TrendChart.Point::shown).containsExactly("12.5");
    }

    @Test
    void aSparklineIsScaledToItsOwnRangeAndDescribedInWords() {
        Sparkline line = Sparkline.of(List.of(
                new TrendChart.Point(DAY, 20.0),
                new TrendChart.Point(DAY.plusDays(1), 30.0),
                new TrendChart.Point(DAY.plusDays(2), 25.5)));
        assertThat(line.polyline()).isEqualTo("1.0,23.0 48.0,1.0 95.0,10.9");
        assertThat(line.description())
                .isEqualTo("Excluded 20% on 1 June 2025, 25.5% on 3 June 2025; between 20% and 30%");
    }

    @Test
    void aSparklineKeepsTheLastDayOfEachWeekCountedBackFromAsOf() {
        // A Wednesday: weeks counted back from it are not calendar weeks (those would make four groups of 21 days).
        LocalDate wednesday = LocalDate.of(2025, 6, 4);
        List<TrendChart.Point> daily = new java.util.ArrayList<>();
        for (int d = 20; d >= 0; d--) {
            daily.add(new TrendChart.Point(wednesday.minusDays(d), d));
        }
        // The weeks ending on that Wednesday and the two before: their last days hold 14, 7 and 0.
        Sparkline line = Sparkline.weekly(daily, wednesday);
        assertThat(line.description()).isEqualTo("Excluded 14% on 21 May 2025, 0% on 4 June 2025; between 0% and 14%");
        assertThat(line.polyline()).isEqualTo("1.0,1.0 48.0,12.0 95.0,23.0");
        assertThat(Sparkline.of(List.of(new TrendChart.Point(wednesday, 12.5))).description())
                .isEqualTo("Excluded 12.5% on 4 June 2025");
    }

    @Test
    void aFlatSparklineIsDrawnMidHeightNotAsNoise() {
        Sparkline line =
                Sparkline.of(List.of(new TrendChart.Point(DAY, 40.0), new TrendChart.Point(DAY.plusDays(1), 40.2)));
        assertThat(line.polyline()).isEqualTo("1.0,12.4 95.0,11.6");
        assertThat(Sparkline.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void axisLabelsAreAtLeast12PixelsOnA390PixelPhoneAndNotHugeOnADesktop() throws Exception {
        // The chart scales to its width, its text too: 390 px less NHS.UK's 16 px margins on a phone, and at most
        // 30rem (480 px) wide, as pages.css says.
        String template = resource("templates/chart.html");
        String css = resource("META-INF/resources/static/app/pages.css");
        assertThat(template).contains("viewBox=\"{chart.viewBox}\" font-size=\"{chart.labelSize}\"");
        assertThat(css)
                .contains(".app-chart { width: 100%; max-width: 30rem;")
                .doesNotContainPattern("app-chart__label[^}]*font-size");
        TrendChart chart = TrendChart.count("Active 104s", List.of(new TrendChart.Point(DAY, 1)));
        double width = Double.parseDouble(chart.viewBox().split(" ")[2]);
        double size = Double.parseDouble(chart.labelSize());
        assertThat(size * (390 - 2 * 16) / width).isGreaterThanOrEqualTo(12);
        assertThat(size * 480 / width).isLessThanOrEqualTo(20);
    }

    private static String resource(String path) throws java.io.IOException {
        try (var in = TrendChartTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
