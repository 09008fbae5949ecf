package io.github.recordaccess.pages;

import io.github.recordaccess.read.DisplayFormats;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A figure over time, drawn on the server as SVG: no script, so the pages' Content-Security-Policy stays
 * {@code script-src 'self'} and the chart shows without JavaScript. The template draws the axes, the 50 %
 * action-plan line (on a chart of excluded %) and the line; the same figures are listed in a table beside it,
 * for screen readers.
 *
 * @param valueName what is drawn, as the table's column heading
 * @param unit what follows each figure ("%" or nothing)
 */
public record TrendChart(
        String valueName,
        String unit,
        boolean actionPlanLine,
        List<Point> points,
        String polyline,
        List<Tick> ticks,
        String firstDay,
        String lastDay) {

    /** One day's figure. */
    public record Point(LocalDate date, double value) {

        /** The figure as the table shows it: counts without decimals. */
        public String shown() {
            return TrendChart.shown(value);
        }
    }

    /** A y-axis mark: its label and its height. */
    public record Tick(String label, String y) {}

    // Drawn narrow and scaled up: the whole chart scales with the page, its text too, so a 640-wide drawing put its
    // 12-unit labels at about 6 px on a 390 px phone. At 360 units wide the labels are 14 px on a phone (about 358 px
    // of
    // content width) and about 19 px at the chart's widest (30rem, see pages.css).
    static final double WIDTH = 360;
    /** The axis labels' size, in the drawing's units (about CSS pixels at phone width). */
    static final double LABEL_SIZE = 14;

    static final double HEIGHT = 240;
    static final double LEFT = 48;
    static final double RIGHT = 16;
    static final double TOP = 12;
    static final double BOTTOM = 28;

    /** Excluded % on a 0–100 scale, with the action-plan line at 50 %. */
    static TrendChart excludedPercent(List<Point> points) {
        return of("Excluded", "%", true, points, 100);
    }

    /** A count (patients) on a scale from 0 to a round number at or above the largest. */
    static TrendChart count(String valueName, List<Point> points) {
        double largest = points.stream().mapToDouble(Point::value).max().orElse(0);
        return of(valueName, "", false, points, roundUp(largest));
    }

    private static TrendChart of(String name, String unit, boolean actionPlan, List<Point> points, double top) {
        List<Tick> ticks = IntStream.rangeClosed(0, 4)
                .mapToObj(i -> top * i / 4)
                .map(v -> new Tick(shown(v) + unit, number(y(v, top))))
                .toList();
        if (points.isEmpty()) {
            return new TrendChart(name, unit, actionPlan, points, "", ticks, "", "");
        }
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        StringBuilder line = new StringBuilder();
        for (Point p : points) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, p.date()) / days;
            line.append(number(x)).append(',').append(number(y(p.value(), top))).append(' ');
        }
        return new TrendChart(
                name,
                unit,
                actionPlan,
                points,
                line.toString().trim(),
                ticks,
                DisplayFormats.date(first),
                DisplayFormats.date(last));
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The smallest 4 × {1, 2, 5} × 10ⁿ at or above the value: four whole ticks of round numbers. */
    static double roundUp(double value) {
        for (double decade = 1; ; decade *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                if (4 * step * decade >= value) {
                    return 4 * step * decade;
                }
            }
        }
    }

    /** The height of a figure (0 at the bottom, {@code top} at the top). */
    static double y(double value, double top) {
        double clamped = Math.max(0, Math.min(top, value));
        return TOP + (HEIGHT - TOP - BOTTOM) * (top - clamped) / top;
    }

    public String actionPlanY() {
        return number(y(50, 100));
    }

    public String viewBox() {
        return "0 0 " + shown(WIDTH) + " " + shown(HEIGHT);
    }

    public String labelSize() {
        return shown(LABEL_SIZE);
    }

    /** Where the y-axis labels end, just left of the axis. */
    public String tickLabelX() {
        return number(LEFT - 6);
    }

    /** The baseline of the first and last days, under the axis. */
    public String dayLabelY() {
        return number(HEIGHT - 6);
    }

    public String axisLeft() {
        return number(LEFT);
    }

    public String axisBottom() {
        return number(HEIGHT - BOTTOM);
    }

    public String axisRight() {
        return number(WIDTH - RIGHT);
    }

    /** A figure as the pages show it: whole numbers without decimals. */
    static String shown(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
