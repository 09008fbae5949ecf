package io.github.recordaccess.pages;

import io.github.recordaccess.practice.PracticeSummary;
import io.github.recordaccess.read.Attention;
import java.util.List;

/**
 * The totals at the top of the overview, over the practices the caller may see (whatever the filter): how many
 * practices, how many not live and how many need attention, and the patients of those with figures. A practice that
 * could not be evaluated adds no figures (never zeros); {@code failed} says how many are left out. A practice whose
 * evaluation could not search a registration route adds the patients it found; {@code mayMissPatients} says how many
 * such practices there are, so that the totals are not read as complete.
 */
public record OverviewTotals(
        int practices,
        int notLive,
        int needingAttention,
        int failed,
        int mayMissPatients,
        int patients,
        int eligible,
        int provideAccess,
        int offerOptIn,
        int optedOut,
        int notApplicable,
        int reviewRequired,
        int bulkCoded104) {

    static OverviewTotals of(List<OverviewPage.Entry> entries) {
        int notLive = 0;
        int attention = 0;
        int failed = 0;
        int mayMissPatients = 0;
        int patients = 0;
        int eligible = 0;
        int provide = 0;
        int offer = 0;
        int optedOut = 0;
        int notApplicable = 0;
        int review = 0;
        int bulk = 0;
        for (OverviewPage.Entry e : entries) {
            List<Attention> tags = e.row().needsAttention();
            notLive += tags.contains(Attention.NOT_LIVE) ? 1 : 0;
            attention += tags.isEmpty() ? 0 : 1;
            mayMissPatients += tags.contains(Attention.ROUTES_NOT_SEARCHED) ? 1 : 0;
            if (e.row().failed()) {
                failed++;
                continue;
            }
            patients += e.row().patients();
            eligible += e.row().eligiblePatients();
            provide += e.provideAccess();
            offer += e.offerOptIn();
            optedOut += e.optedOut();
            notApplicable += e.notApplicable();
            review += e.reviewRequired();
            bulk += e.row().bulkCoded104();
        }
        return new OverviewTotals(
                entries.size(),
                notLive,
                attention,
                failed,
                mayMissPatients,
                patients,
                eligible,
                provide,
                offer,
                optedOut,
                notApplicable,
                review,
                bulk);
    }

    /** OFFER_OPT_IN over eligible patients, as each practice's excluded % is computed. */
    public String excludedPercent() {
        return PracticeSummary.excludedPercent(offerOptIn, eligible) + "%";
    }

    public String provideAccessPercent() {
        return OverviewPage.percent(provideAccess, eligible);
    }

    public String optedOutPercent() {
        return OverviewPage.percent(optedOut, eligible);
    }

    public String reviewRequiredPercent() {
        return OverviewPage.percent(reviewRequired, eligible);
    }

    public String notApplicablePercent() {
        return OverviewPage.percent(notApplicable, patients);
    }
}
