package io.github.recordaccess.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * Asks the FHIR server for its CapabilityStatement with its own short timeout, so that the shared
 * client's timeouts are never changed per call.
 */
@ApplicationScoped
public class CapabilityProbe {

    /** What the probe saw: a FHIR version when up, the reason when down. */
    public record Result(boolean up, String fhirVersion, String error) {}

    private final FhirConfig config;
    private final FhirContext fhirContext;
    private final Optional<AccessTokens> tokens;
    private final HttpClient http;

    public CapabilityProbe(
            FhirConfig config,
            FhirContext fhirContext,
            SSLContext ssl,
            SSLParameters sslParameters,
            Optional<AccessTokens> tokens) {
        this.config = config;
        this.fhirContext = fhirContext;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.readiness().timeout())
                .sslContext(ssl)
                .sslParameters(sslParameters)
                .build();
    }

    public Result probe() {
        try {
            String base = config.requiredBaseUrl().endsWith("/")
                    ? config.requiredBaseUrl()
                            .substring(0, config.requiredBaseUrl().length() - 1)
                    : config.requiredBaseUrl();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/metadata"))
                    .timeout(config.readiness().timeout())
                    .header("Accept", "application/fhir+json")
                    .header("Cache-Control", "no-cache")
                    .GET();
            if (tokens.isPresent()) {
                request.header("Authorization", "Bearer " + tokens.get().current());
            }
            // The whole answer within the timeout: a server that trickles bytes cannot hold the probe.
            CompletableFuture<HttpResponse<String>> pending =
                    http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> response;
            try {
                response = pending.get(config.readiness().timeout().toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                pending.cancel(true);
            }
            if (response.statusCode() != 200) {
                return new Result(false, null, "GET /metadata answered HTTP " + response.statusCode());
            }
            IBaseResource resource = fhirContext.newJsonParser().parseResource(response.body());
            if (!(resource instanceof CapabilityStatement capability)) {
                return new Result(false, null, "GET /metadata did not return a CapabilityStatement");
            }
            return new Result(
                    true,
                    capability.hasFhirVersion() ? capability.getFhirVersion().toCode() : "unknown",
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, null, "interrupted");
        } catch (ExecutionException e) {
            // sendAsync wraps every failure: name its cause (ConnectException, SSLHandshakeException …)
            return notFetched(e.getCause() == null ? e : e.getCause());
        } catch (Exception e) {
            return notFetched(e);
        }
    }

    private static Result notFetched(Throwable cause) {
        return new Result(
                false,
                null,
                "CapabilityStatement could not be fetched: " + cause.getClass().getSimpleName());
    }
}
