package io.github.recordaccess.rules;

import java.util.List;

/**
 * The default safeguarding concern codes ({@code access.codes.safeguarding}): rows of the table of essential
 * safeguarding codes in the RCGP safeguarding toolkit, Part 4 "Documenting safeguarding concerns and
 * information" (https://elearning.rcgp.org.uk/mod/book/view.php?chapterid=936&id=15290, read 2026-12-05), and
 * "Vulnerable adult", which the RCGP's adult coding guidance names. Only concepts whose SCTID could be read
 * from the source are here; an ICB extends or replaces the list (docs/rules.md, "Safeguarding concerns").
 */
public final class SafeguardingCodes {

    /** The same list as {@code access.codes.safeguarding}'s default, for code that is not configured. */
    public static final List<Coding> RCGP_ESSENTIAL = List.of(
            // Safeguarding concern about a child, including an unborn child
            snomed("836881000000105"), // Child is cause for safeguarding concern
            snomed("1064961000000107"), // Child in family is safeguarding concern
            snomed("878111000000109"), // Unborn child is cause for safeguarding concern
            // A child on a child protection plan, and their family members
            snomed("342191000000101"), // Subject to child protection plan
            snomed("375041000000100"), // Family member subject of child protection plan
            // Adults at risk
            snomed("417430008")); // Vulnerable adult

    private SafeguardingCodes() {}

    private static Coding snomed(String code) {
        return new Coding(CodeSets.SNOMED, code);
    }
}
