package io.github.recordaccess.demo;

import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.github.recordaccess.rules.ClinicalSystem;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code demo.seed-registry=true} (dev mode), an empty registry gets the demo practices, so that the
 * overview, the checklist and the go-live-aware advice work on the demo data at once. A registry that
 * already holds practices is left alone: what a developer uploaded survives a restart.
 */
@ApplicationScoped
public class DemoRegistrySeed {

    /** The EMIS demo practice went live on the day the contract required; the TPP one has not. */
    public static final LocalDate EMIS_GO_LIVE = LocalDate.of(2023, 10, 31);

    public static final List<PracticeEntry> PRACTICES = List.of(
            new PracticeEntry(DemoPractices.EMIS_ODS, "Demo EMIS Practice", ClinicalSystem.EMIS, EMIS_GO_LIVE),
            new PracticeEntry(DemoPractices.TPP_ODS, "Demo TPP Practice", ClinicalSystem.TPP, null));

    private final PracticeRegistry registry;
    private final boolean seed;

    DemoRegistrySeed(
            PracticeRegistry registry,
            @ConfigProperty(name = "demo.seed-registry", defaultValue = "false") boolean seed) {
        this.registry = registry;
        this.seed = seed;
    }

    void seed(@Observes StartupEvent start) {
        if (seed && registry.all().isEmpty()) {
            registry.replaceAll(PRACTICES);
            Log.infof(
                    "Practice registry was empty: registered the demo practices %s and %s.",
                    DemoPractices.EMIS_ODS, DemoPractices.TPP_ODS);
        }
    }
}
