package io.github.recordaccess.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One FhirContext (expensive, thread-safe) and one client, configured once at start-up. */
@ApplicationScoped
public class FhirClientProducer {

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Produces
    @Singleton
    IGenericClient fhirClient(FhirContext context, FhirConfig config) {
        IRestfulClientFactory factory = context.getRestfulClientFactory();
        // HAPI would otherwise fetch /metadata before the first call; readiness does that on its own terms.
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        factory.setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()));
        factory.setConnectionRequestTimeout(Math.toIntExact(config.connectTimeout().toMillis()));
        factory.setSocketTimeout(Math.toIntExact(config.readTimeout().toMillis()));
        factory.setPoolMaxTotal(32);
        factory.setPoolMaxPerRoute(32);
        IGenericClient client = context.newRestfulGenericClient(config.requiredBaseUrl());
        client.setEncoding(EncodingEnum.JSON);
        client.setPrettyPrint(false);
        if (config.auth().type() == FhirConfig.AuthType.BEARER) {
            String token = config.auth().token().filter(t -> !t.isBlank()).orElseThrow(() -> new ConfigurationException(
                    "FHIR_AUTH_TOKEN is not set although FHIR_AUTH_TYPE is bearer."));
            client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        }
        return client;
    }
}
