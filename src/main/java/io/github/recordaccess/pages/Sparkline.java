package io.github.recordaccess.pages;

import io.github.recordaccess.read.DisplayFormats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A practice's excluded % over the last year as a line small enough for a table cell: one point a week, scaled to its
 * own range (at least {@value #MIN_RANGE} points, so that noise does not look like a trend) and described in words for
 * screen readers, since a line that small has no axes.
 */
public record Sparkline(String polyline, String description) {

    static final double WIDTH = 96;
    static final double HEIGHT = 24;
    static final double MIN_RANGE = 5;

    /**
     * The line of the last point of each week counted back from {@code to} (a 96-pixel line cannot show 365 days, and a
     * page of 200 practices would carry them all).
     */
    static Sparkline weekly(List<TrendChart.Point> daily, LocalDate to) {
        Map<Long, TrendChart.Point> lastOfWeek = new TreeMap<>();
        for (TrendChart.Point p : daily) {
            lastOfWeek.merge(
                    -Math.floorDiv(ChronoUnit.DAYS.between(p.date(), to), 7),
                    p,
                    (a, b) -> a.date().isAfter(b.date()) ? a : b);
        }
        return of(List.copyOf(lastOfWeek.values()));
    }

    static Sparkline of(List<TrendChart.Point> points) {
        if (points.isEmpty()) {
            return new Sparkline("", "No history yet");
        }
        TrendChart.Point first = points.get(0);
        TrendChart.Point last = points.get(points.size() - 1);
        double low = points.stream().mapToDouble(TrendChart.Point::value).min().orElseThrow();
        double high = points.stream().mapToDouble(TrendChart.Point::value).max().orElseThrow();
        double middle = (low + high) / 2;
        double range = Math.max(MIN_RANGE, high - low);
        double bottom = middle - range / 2;
        long days = Math.max(1, ChronoUnit.DAYS.between(first.date(), last.date()));
        StringBuilder line = new StringBuilder();
        for (TrendChart.Point p : points) {
            double x = 1 + (WIDTH - 2) * ChronoUnit.DAYS.between(first.date(), p.date()) / days;
            double y = 1 + (HEIGHT - 2) * (1 - (p.value() - bottom) / range);
            line.append(TrendChart.number(x))
                    .append(',')
                    .append(TrendChart.number(y))
                    .append(' ');
        }
        String description = points.size() == 1
                ? "Excluded " + last.shown() + "% on " + DisplayFormats.date(last.date())
                : "Excluded " + first.shown() + "% on " + DisplayFormats.date(first.date()) + ", " + last.shown()
                        + "% on " + DisplayFormats.date(last.date())
                        + (points.size() > 2
                                ? "; between " + TrendChart.shown(low) + "% and " + TrendChart.shown(high) + "%"
                                : "");
        return new Sparkline(line.toString().trim(), description);
    }

    public boolean isEmpty() {
        return polyline.isEmpty();
    }
}
