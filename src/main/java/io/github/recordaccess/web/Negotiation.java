package io.github.recordaccess.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation as RFC 9110 §12.5.1 has it: each offered type takes the quality of the most
 * specific range that matches it, {@code q=0} means "not acceptable", and an empty header means any type.
 * Ties go to the more specific range, then to the range the caller listed first, then to the server's order.
 */
public final class Negotiation {

    private record Range(String type, String subtype, double q, int position) {

        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String offeredType, String offeredSubtype) {
            return (type.equals("*") || type.equals(offeredType))
                    && (subtype.equals("*") || subtype.equals(offeredSubtype));
        }
    }

    private Negotiation() {}

    /** The offered media type ({@code type/subtype}, in the server's order of preference) to answer with, if any is acceptable. */
    public static Optional<String> choose(String accept, List<String> offered) {
        List<Range> ranges = parse(accept);
        String best = null;
        Range bestRange = null;
        for (String offer : offered) {
            String[] parts = offer.toLowerCase(Locale.ROOT).split("/", 2);
            Range deciding = ranges.stream()
                    .filter(r -> r.matches(parts[0], parts[1]))
                    .max((a, b) -> Integer.compare(a.specificity(), b.specificity()) != 0
                            ? Integer.compare(a.specificity(), b.specificity())
                            : Integer.compare(b.position(), a.position()))
                    .orElse(null);
            if (deciding != null && deciding.q() > 0 && (bestRange == null || better(deciding, bestRange))) {
                best = offer;
                bestRange = deciding;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(Range candidate, Range current) {
        if (candidate.q() != current.q()) {
            return candidate.q() > current.q();
        }
        if (candidate.specificity() != current.specificity()) {
            return candidate.specificity() > current.specificity();
        }
        return candidate.position() < current.position();
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        String[] items = accept == null ? new String[0] : accept.split(",");
        for (int i = 0; i < items.length; i++) {
            String[] params = items[i].trim().split(";");
            String[] typeAndSub = params[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
            if (typeAndSub.length != 2 || typeAndSub[0].isEmpty() || typeAndSub[1].isEmpty()) {
                continue;
            }
            ranges.add(new Range(typeAndSub[0], typeAndSub[1], quality(params), i));
        }
        if (ranges.isEmpty()) {
            ranges.add(new Range("*", "*", 1.0, 0));
        }
        return ranges;
    }

    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String[] pair = params[i].trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("q")) {
                try {
                    double q = Double.parseDouble(pair[1].trim());
                    return q < 0 || q > 1 || Double.isNaN(q) ? 0 : q;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1.0;
    }
}
