package io.github.recordaccess.pages;

import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.read.Words;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.FuzzyDate;
import io.github.recordaccess.rules.NhsNumberVerification;
import io.github.recordaccess.rules.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The "Why" of a patient's page: the reasons, deciding one first, then only what they do not already say. The flag
 * is left out where a reason says it (an active 104 is both a reason and a flag), "Bulk-coded 104" only matters beside
 * an active 104, and no row repeats a word an earlier row shows.
 */
public record PatientWhy(List<Row> rows) {

    /** One row of the summary list: its key and one or more values (several as a list). */
    public record Row(String key, List<String> values) {

        public boolean several() {
            return values.size() > 1;
        }

        public String value() {
            return values.get(0);
        }
    }

    static PatientWhy of(RecommendationView answer) {
        Set<String> said = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Reason reason : answer.reasons()) {
            String words = Words.of(reason);
            if (said.add(key(words))) {
                reasons.add(words);
            }
        }
        if (!reasons.isEmpty()) {
            rows.add(new Row(reasons.size() == 1 ? "Reason" : "Reasons", List.copyOf(reasons)));
        }
        if (answer.nhsNumberVerification() != null) {
            add(rows, said, "NHS number verification", verification(answer.nhsNumberVerification()));
        }
        AccessFlag flag = answer.flag();
        boolean flagSaid = answer.reasons().stream().anyMatch(r -> r.name().equals(flag.name()));
        if (flag != AccessFlag.NONE && !flagSaid) {
            add(rows, said, "104/106 flag", Words.of(flag));
        }
        if (flag == AccessFlag.ACTIVE_104 && !answer.reasons().contains(Reason.BULK_CODED_104)) {
            add(
                    rows,
                    said,
                    "Bulk-coded 104",
                    answer.bulkCoded104() == null ? "Not known" : answer.bulkCoded104() ? "Yes" : "No");
        }
        if (answer.eligibleFrom() != null) {
            add(rows, said, "Eligible from", PatientBanner.inWords(FuzzyDate.ofDay(answer.eligibleFrom())));
        }
        return new PatientWhy(List.copyOf(rows));
    }

    /** The NHS-number verification status in words: "02 (number present but not traced)". */
    static String verification(String status) {
        if (NhsNumberVerification.UNREADABLE.equals(status)) {
            return "Cannot be read";
        }
        String meaning = NhsNumberVerification.meaning(status);
        return meaning == null ? status : status + " (" + meaning + ")";
    }

    private static void add(List<Row> rows, Set<String> said, String key, String value) {
        if (said.add(key(value))) {
            rows.add(new Row(key, List.of(value)));
        }
    }

    private static String key(String words) {
        return words.strip().toLowerCase(Locale.UK);
    }
}
