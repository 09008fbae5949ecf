package io.github.recordaccess.pages;

import io.github.recordaccess.security.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The kinds of person dev mode can act as on the demo practices, without an identity provider. */
public enum DevPersona {
    ICB(
            "ICB analyst, figures only",
            "Every practice's figures; no patient rows, NHS numbers or worklists.",
            Set.of(Scope.ICB),
            Set.of()),
    DEMOEMIS_STAFF(
            "Staff of Demo EMIS Practice (DEMOEMIS)",
            "That practice's patients and figures only.",
            Set.of(Scope.PRACTICE),
            Set.of("DEMOEMIS")),
    DEMOTPP_STAFF(
            "Staff of Demo TPP Practice (DEMOTPP)",
            "That practice's patients and figures only.",
            Set.of(Scope.PRACTICE),
            Set.of("DEMOTPP")),
    READER(
            "ICB reader under a data-sharing agreement",
            "Every practice's patients and figures.",
            Set.of(Scope.READER),
            Set.of()),
    ADMIN("Administrator", "The practice registry and snapshot runs (API); no pages.", Set.of(Scope.ADMIN), Set.of());

    private final String title;
    private final String sees;
    // Immutable although the type does not say so: every constant passes Set.of.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Set<String> roles;

    @SuppressWarnings("ImmutableEnumChecker")
    private final Set<String> organisations;

    DevPersona(String title, String sees, Set<String> roles, Set<String> organisations) {
        this.title = title;
        this.sees = sees;
        this.roles = roles;
        this.organisations = organisations;
    }

    public String title() {
        return title;
    }

    public String sees() {
        return sees;
    }

    /** The value the form posts and the cookie keeps. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Scope scope() {
        return Scope.of(roles, organisations);
    }

    static Optional<DevPersona> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    static List<DevPersona> all() {
        return List.of(values());
    }
}
