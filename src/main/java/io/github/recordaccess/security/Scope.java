package io.github.recordaccess.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one caller may read, from their roles and organisations; a caller with several roles gets the union.
 * The practice is the data controller of its records: its own staff ({@link #PRACTICE}) see its patients; an ICB
 * ({@link #ICB}) sees practice-level figures of every practice; a reader under a data-sharing agreement
 * ({@link #READER}) sees every practice's patients. {@link #everything()} is for open paths only (dev mode and tests,
 * where no caller is authenticated).
 */
public record Scope(Set<String> roles, Set<String> organisations, boolean unrestricted) {

    public static final String PRACTICE = "record-access-practice";
    public static final String ICB = "record-access-icb";
    public static final String READER = "record-access-reader";
    public static final String ADMIN = "record-access-admin";

    public Scope {
        roles = Set.copyOf(roles);
        organisations = upperCased(organisations);
    }

    public static Scope everything() {
        return new Scope(Set.of(), Set.of(), true);
    }

    public static Scope of(Collection<String> roles, Collection<String> organisations) {
        return new Scope(Set.copyOf(roles), Set.copyOf(organisations), false);
    }

    /** Patient-level data of every practice: the reader role, or an open path. */
    public boolean patientsEverywhere() {
        return unrestricted || roles.contains(READER);
    }

    /** Practice-level figures of every practice, and the ICB's totals. */
    public boolean figuresEverywhere() {
        return patientsEverywhere() || roles.contains(ICB);
    }

    /** The practices whose patients the practice role opens: the caller's organisations, or none. */
    public Set<String> ownPractices() {
        return roles.contains(PRACTICE) ? organisations : Set.of();
    }

    /** A practice role without any organisation: it opens nothing, and the log should say why. */
    public boolean practiceRoleWithoutOrganisation() {
        return roles.contains(PRACTICE) && organisations.isEmpty();
    }

    public boolean mayReadPatientsOf(String odsCode) {
        return patientsEverywhere() || (odsCode != null && ownPractices().contains(upper(odsCode)));
    }

    public boolean mayReadFiguresOf(String odsCode) {
        return figuresEverywhere() || mayReadPatientsOf(odsCode);
    }

    /** Figures of the practice but not its patients: checklists without worklist links, small numbers hidden. */
    public boolean figuresOnlyFor(String odsCode) {
        return mayReadFiguresOf(odsCode) && !mayReadPatientsOf(odsCode);
    }

    /** Whether any patient may be read at all (the patient endpoint, the search). */
    public boolean mayReadSomePatients() {
        return patientsEverywhere() || !ownPractices().isEmpty();
    }

    /** The ICB-wide history and trend: totals over every practice. */
    public boolean mayReadIcbTotals() {
        return figuresEverywhere();
    }

    /** Of these practices, those whose figures the caller may see, in the same order. */
    public List<String> visible(Collection<String> odsCodes) {
        return odsCodes.stream().filter(this::mayReadFiguresOf).toList();
    }

    private static Set<String> upperCased(Collection<String> codes) {
        Set<String> upper = new TreeSet<>();
        codes.stream().filter(c -> c != null && !c.isBlank()).map(Scope::upper).forEach(upper::add);
        return Set.copyOf(upper);
    }

    private static String upper(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
