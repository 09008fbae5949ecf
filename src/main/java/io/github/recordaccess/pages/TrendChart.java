package io.github.recordaccess.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Excluded % over time, drawn on the server as SVG: no script, so the pages' Content-Security-Policy stays
 * {@code script-src 'self'} and the chart shows without JavaScript. The template draws the axes, the 50 %
 * action-plan line and the points; the same figures are listed in a table beside it, for screen readers.
 */
public record TrendChart(List<Point> points, String polyline, List<Tick> ticks, String firstDay, String lastDay) {

    /** One day's excluded %. */
    public record Point(LocalDate date, double excludedPercent) {}

    /** A y-axis mark: the percentage and its height. */
    public record Tick(int percent, String y) {}

    static final double WIDTH = 640;
    static final double HEIGHT = 240;
    static final double LEFT = 48;
    static final double RIGHT = 16;
    static final double TOP = 12;
    static final double BOTTOM = 28;

    static TrendChart of(List<Point> points) {
        List<Tick> ticks = List.of(0, 25, 50, 75, 100).stream()
                .map(p -> new Tick(p, number(y(p))))
                .toList();
        if (points.isEmpty()) {
            return new TrendChart(points, "", ticks, "", "");
        }
        LocalDate first = points.get(0).date();
        long days = Math.max(
                1, ChronoUnit.DAYS.between(first, points.get(points.size() - 1).date()));
        StringBuilder line = new StringBuilder();
        for (Point p : points) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, p.date()) / days;
            line.append(number(x))
                    .append(',')
                    .append(number(y(p.excludedPercent())))
                    .append(' ');
        }
        return new TrendChart(
                points,
                line.toString().trim(),
                ticks,
                first.toString(),
                points.get(points.size() - 1).date().toString());
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The height of a percentage (0 at the bottom, 100 at the top). */
    static double y(double percent) {
        double clamped = Math.max(0, Math.min(100, percent));
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - clamped) / 100;
    }

    public String actionPlanY() {
        return number(y(50));
    }

    public String axisBottom() {
        return number(HEIGHT - BOTTOM);
    }

    public String axisRight() {
        return number(WIDTH - RIGHT);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
