package io.github.recordaccess.demo;

import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.registry.PracticeRegistry;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** In dev mode only: registers the demo practices, unless the registry already has an entry for them. */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoRegistry {

    private final PracticeRegistry registry;

    public DemoRegistry(PracticeRegistry registry) {
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        for (PracticeEntry entry : DemoPractices.REGISTRY) {
            if (registry.find(entry.odsCode()).isEmpty()) {
                registry.put(entry);
            }
        }
    }
}
