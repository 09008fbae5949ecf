package io.github.recordaccess.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/** One FhirContext (expensive, thread-safe) and one client, configured once at start-up. */
@ApplicationScoped
public class FhirClientProducer {

    private static final int POOL = 32;

    @Produces
    @Singleton
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4();
        context.setParserErrorHandler(new DatesKeptAsText());
        return context;
    }

    @Produces
    @Singleton
    Optional<SSLContext> fhirSslContext(FhirConfig config) {
        return FhirTls.sslContext(config.tls());
    }

    /** The tokens for the FHIR server, or none when {@code fhir.auth.type=none}. */
    @Produces
    @Singleton
    Optional<AccessTokens> fhirAccessTokens(FhirConfig config, Optional<SSLContext> ssl, Clock clock) {
        return switch (config.auth().type()) {
            case NONE -> Optional.empty();
            case BEARER -> Optional.of(AccessTokens.fixed(config.auth().token().filter(t -> !t.isBlank())
                    .orElseThrow(() -> new io.quarkus.runtime.configuration.ConfigurationException(
                            "FHIR_AUTH_TOKEN is not set although FHIR_AUTH_TYPE is bearer."))));
            case CLIENT_CREDENTIALS -> Optional.of(new ClientCredentialsTokens(config, ssl, clock));
        };
    }

    @Produces
    @Singleton
    IGenericClient fhirClient(FhirContext context, FhirConfig config, Optional<SSLContext> ssl, Optional<AccessTokens> tokens,
            TraceContextInterceptor traceContext) {
        IRestfulClientFactory factory = context.getRestfulClientFactory();
        // HAPI would otherwise fetch /metadata before the first call; readiness does that on its own terms.
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        int connect = Math.toIntExact(config.connectTimeout().toMillis());
        int read = Math.toIntExact(config.readTimeout().toMillis());
        factory.setConnectTimeout(connect);
        factory.setConnectionRequestTimeout(connect);
        factory.setSocketTimeout(read);
        factory.setPoolMaxTotal(POOL);
        factory.setPoolMaxPerRoute(POOL);
        ssl.ifPresent(context1 -> factory.setHttpClient(trustingClient(context1, connect, read)));
        IGenericClient client = context.newRestfulGenericClient(config.requiredBaseUrl());
        client.setEncoding(EncodingEnum.JSON);
        client.setPrettyPrint(false);
        tokens.ifPresent(t -> client.registerInterceptor(new FhirAuthInterceptor(t)));
        client.registerInterceptor(traceContext);
        return client;
    }

    /** An Apache client that trusts the configured trust store, with the same timeouts and pool. */
    private static org.apache.http.client.HttpClient trustingClient(SSLContext ssl, int connect, int read) {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", PlainConnectionSocketFactory.getSocketFactory())
                .register("https", new SSLConnectionSocketFactory(ssl))
                .build());
        pool.setMaxTotal(POOL);
        pool.setDefaultMaxPerRoute(POOL);
        return HttpClients.custom().setConnectionManager(pool).setDefaultRequestConfig(RequestConfig.custom()
                .setConnectTimeout(connect).setConnectionRequestTimeout(connect).setSocketTimeout(read).build()).build();
    }
}
