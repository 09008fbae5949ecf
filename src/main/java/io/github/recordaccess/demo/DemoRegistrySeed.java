package io.github.recordaccess.demo;

import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code demo.seed-registry=true} (dev mode), an empty registry gets the demo practices, so that the
 * overview, the checklist and the go-live-aware advice work on the demo data at once. A registry that
 * already holds practices is left alone: what a developer uploaded survives a restart.
 */
@ApplicationScoped
public class DemoRegistrySeed {

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
            registry.replaceAll(DemoPractices.REGISTRY);
            Log.infof(
                    "Practice registry was empty: registered the demo practices %s and %s.",
                    DemoPractices.EMIS_ODS, DemoPractices.TPP_ODS);
        }
    }
}
