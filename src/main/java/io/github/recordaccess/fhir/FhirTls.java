package io.github.recordaccess.fhir;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The SSLContext that trusts the configured trust store: never "trust all". */
final class FhirTls {

    private FhirTls() {
    }

    /** Empty when no trust store is configured: the JVM's default trust applies. */
    static Optional<SSLContext> sslContext(FhirConfig.Tls tls) {
        if (tls.trustStore().isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(tls.trustStore().get());
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(tls.trustStoreType());
            store.load(in, tls.trustStorePassword().map(String::toCharArray).orElse(null));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return Optional.of(context);
        } catch (Exception e) {
            throw new ConfigurationException("FHIR_TLS_TRUST_STORE could not be read as a " + tls.trustStoreType() + " trust store: " + path);
        }
    }
}
