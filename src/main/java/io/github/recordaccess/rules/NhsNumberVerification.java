package io.github.recordaccess.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * UK Core NHS-number verification status (extension {@code Extension-UKCore-NHSNumberVerificationStatus} on
 * the NHS-number identifier; CodeSystem {@code UKCore-NHSNumberVerificationStatusEngland}, copied from the NHS
 * Data Dictionary's NHS number status indicator code). Only {@code 01} says the number was traced and
 * verified; every other status, and one that cannot be read, leaves the number unverified.
 */
public final class NhsNumberVerification {

    /** Number present and verified. */
    public static final String VERIFIED = "01";
    /** Stands for a status extension whose value carries no code of the CodeSystem. */
    public static final String UNREADABLE = "unreadable";

    private static final Map<String, String> MEANINGS = Map.of(
            "01", "number present and verified",
            "02", "number present but not traced",
            "03", "trace required",
            "04", "trace attempted: no match or multiple match found",
            "05", "trace needs to be resolved: NHS number or patient detail conflict",
            "06", "trace in progress",
            "07", "number not present and trace not required",
            "08", "trace postponed: baby under six weeks old");

    /**
     * Least verified first, where several statuses must be shown as one: nothing readable (or a code outside
     * the CodeSystem, which says no more); a trace that found a problem (04 no or multiple match, 05 a
     * conflict); no number (07); a trace still to come (03 required, 06 in progress, 08 postponed); a number
     * never traced (02); verified (01).
     */
    private static final List<String> LEAST_VERIFIED_FIRST =
            List.of(UNREADABLE, "04", "05", "07", "03", "06", "08", "02", VERIFIED);

    private static final Comparator<String> LEAST_VERIFIED = Comparator.<String>comparingInt(
                    s -> LEAST_VERIFIED_FIRST.contains(s) ? LEAST_VERIFIED_FIRST.indexOf(s) : 0)
            .thenComparing(Comparator.naturalOrder());

    private NhsNumberVerification() {}

    /** The least verified of the statuses, or null when there are none (no extension: as before UK Core). */
    public static String leastVerified(Collection<String> statuses) {
        return statuses.stream().min(LEAST_VERIFIED).orElse(null);
    }

    /** True for a status other than 01: a code of any other value, or one that could not be read. */
    public static boolean isUnverified(String status) {
        return status != null && !VERIFIED.equals(status);
    }

    /** The CodeSystem's meaning of a status in our words, e.g. "number present but not traced"; null if unknown. */
    public static String meaning(String status) {
        return status == null ? null : MEANINGS.get(status);
    }
}
