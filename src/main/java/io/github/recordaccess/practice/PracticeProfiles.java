package io.github.recordaccess.practice;

import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.PracticeContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/** What the registry says about a practice now, in the form the advice needs. */
@ApplicationScoped
public class PracticeProfiles {

    private final PracticeRegistry registry;

    public PracticeProfiles(PracticeRegistry registry) {
        this.registry = registry;
    }

    public Optional<PracticeEntry> entry(String odsCode) {
        return odsCode == null ? Optional.empty() : registry.find(odsCode.toUpperCase(Locale.ROOT));
    }

    /** The practice's context; {@link PracticeContext#UNKNOWN} when the code is null or not registered. */
    public PracticeContext context(String odsCode) {
        return contextOf(entry(odsCode));
    }

    public static PracticeContext contextOf(Optional<PracticeEntry> entry) {
        return entry.map(e -> PracticeContext.of(e.system(), e.goLiveDate())).orElse(PracticeContext.UNKNOWN);
    }
}
