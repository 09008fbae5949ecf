package io.github.recordaccess.demo;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * {@code demo.fhir-port=0} (the dev-mode default) means "a free port": one is picked here, while the
 * configuration is built, so that the demo server and the dev base URL ({@code ${demo.fhir-port}}) agree
 * and nothing else on the machine can clash with them. A port set explicitly is left alone.
 */
public class FreeDemoPort implements ConfigSourceFactory {

    static final String PORT = "demo.fhir-port";

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue port = context.getValue(PORT);
        if (port == null || !"0".equals(port.getValue())) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(PORT, Integer.toString(freePort())), "free demo port", 450));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the demo FHIR server", e);
        }
    }
}
