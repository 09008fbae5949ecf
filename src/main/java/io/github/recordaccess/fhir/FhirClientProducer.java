package io.github.recordaccess.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
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

    /** Trusts the configured trust store, or the JVM's when there is none; never "trust all". */
    @Produces
    @Singleton
    SSLContext fhirSslContext(TlsConfigurationRegistry registry) {
        try {
            return tls(registry).createSSLContext();
        } catch (ConfigurationException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigurationException(
                    "FHIR_TLS_TRUST_STORE could not be used: " + e.getClass().getSimpleName());
        }
    }

    /** The protocols of the shared TLS configuration ({@code quarkus.tls.fhir.protocols}). */
    @Produces
    @Singleton
    SSLParameters fhirSslParameters(TlsConfigurationRegistry registry) {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(tls(registry)
                .getSSLOptions()
                .getEnabledSecureTransportProtocols()
                .toArray(String[]::new));
        return parameters;
    }

    /** The TLS registry's configuration {@value FhirClientSettings#TLS_CONFIGURATION}, which the OIDC client uses too. */
    private static TlsConfiguration tls(TlsConfigurationRegistry registry) {
        TlsConfiguration tls = registry.get(FhirClientSettings.TLS_CONFIGURATION)
                .orElseThrow(() -> new ConfigurationException("The TLS configuration quarkus.tls."
                        + FhirClientSettings.TLS_CONFIGURATION + ".* is missing."));
        if (tls.isTrustAll()) {
            throw new ConfigurationException(
                    "quarkus.tls." + FhirClientSettings.TLS_CONFIGURATION
                            + ".trust-all is set, but the FHIR server's certificate must be checked: set FHIR_TLS_TRUST_STORE instead.");
        }
        return tls;
    }

    /** The tokens for the FHIR server, or none when {@code fhir.auth.type=none}. */
    @Produces
    @Singleton
    Optional<AccessTokens> fhirAccessTokens(FhirConfig config, Instance<OidcClient> oidcClient) {
        return switch (config.auth().type()) {
            case NONE -> Optional.empty();
            case BEARER ->
                Optional.of(AccessTokens.fixed(config.auth()
                        .token()
                        .filter(t -> !t.isBlank())
                        .orElseThrow(() -> new ConfigurationException(
                                "FHIR_AUTH_TOKEN is not set although FHIR_AUTH_TYPE is bearer."))));
            case CLIENT_CREDENTIALS ->
                Optional.of(new OidcClientTokens(
                        oidcClient.get(), config.connectTimeout().plus(config.readTimeout())));
        };
    }

    /** Where every FHIR request must stay. */
    @Produces
    @Singleton
    FhirBase fhirBase(FhirConfig config) {
        return new FhirBase(config.requiredBaseUrl());
    }

    @Produces
    @Singleton
    IGenericClient fhirClient(
            FhirContext context,
            FhirConfig config,
            FhirBase base,
            PageDeadlines deadlines,
            SSLContext ssl,
            SSLParameters sslParameters,
            Optional<AccessTokens> tokens,
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
        factory.setHttpClient(apacheClient(
                ssl,
                sslParameters,
                connect,
                read,
                new BoundedResponses(config.maxResponseSize().asLongValue(), deadlines::abortCurrent)));
        IGenericClient client = context.newRestfulGenericClient(config.requiredBaseUrl());
        client.setEncoding(EncodingEnum.JSON);
        client.setPrettyPrint(false);
        tokens.ifPresent(t -> client.registerInterceptor(new FhirAuthInterceptor(t)));
        client.registerInterceptor(traceContext);
        // Last: it refuses a request that leaves the base URL before it is sent, and arms the page deadline only
        // once a token has been fetched.
        client.registerInterceptor(new OutboundRequests(base, deadlines));
        return client;
    }

    /**
     * HAPI's Apache client, built as HAPI builds its own but with the shared TLS configuration, every answer
     * bounded in size, and no redirects followed: a redirect could lead the token to another host.
     */
    private static org.apache.http.client.HttpClient apacheClient(
            SSLContext ssl, SSLParameters parameters, int connect, int read, BoundedResponses bounded) {
        PoolingHttpClientConnectionManager pool =
                new PoolingHttpClientConnectionManager(RegistryBuilder.<ConnectionSocketFactory>create()
                        .register("http", PlainConnectionSocketFactory.getSocketFactory())
                        .register(
                                "https",
                                new SSLConnectionSocketFactory(
                                        ssl,
                                        parameters.getProtocols(),
                                        null,
                                        SSLConnectionSocketFactory.getDefaultHostnameVerifier()))
                        .build());
        pool.setMaxTotal(POOL);
        pool.setDefaultMaxPerRoute(POOL);
        return HttpClients.custom()
                .useSystemProperties()
                .disableCookieManagement()
                .disableRedirectHandling()
                .addInterceptorLast(bounded)
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(connect)
                        .setConnectionRequestTimeout(connect)
                        .setSocketTimeout(read)
                        .build())
                .build();
    }
}
