package io.github.recordaccess.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In dev mode only: serves the demo practices on loopback, so {@code mvn quarkus:dev} needs no FHIR server. */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoFhirServer {

    private final int port;
    private SyntheticFhirServer server;

    public DemoFhirServer(@ConfigProperty(name = "demo.fhir-port", defaultValue = "0") int port) {
        this.port = port;
    }

    void start(@Observes StartupEvent event) {
        try {
            server = SyntheticFhirServer.start(port, "/fhir", DemoPractices.resources());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The demo FHIR server could not listen on port " + port + " (demo.fhir-port)", e);
        }
        Log.infof(
                "Demo FHIR server with synthetic practices %s and %s at %s",
                DemoPractices.EMIS_ODS, DemoPractices.TPP_ODS, server.baseUrl());
    }

    void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.close();
        }
    }
}
