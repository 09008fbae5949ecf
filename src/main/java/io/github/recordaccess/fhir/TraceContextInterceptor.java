package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Carries the current trace to the FHIR server ({@code traceparent}, W3C Trace Context), so that one
 * request can be followed into the server's logs. HAPI's Apache client is not instrumented by Quarkus.
 * With tracing off ({@code quarkus.otel.sdk.disabled=true}, the default) nothing is added.
 */
@ApplicationScoped
public class TraceContextInterceptor implements IClientInterceptor {

    private static final TextMapSetter<IHttpRequest> HEADERS = (request, name, value) -> request.addHeader(name, value);

    private final OpenTelemetry openTelemetry;

    public TraceContextInterceptor(OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    @Override
    public void interceptRequest(IHttpRequest request) {
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), request, HEADERS);
    }

    @Override
    public void interceptResponse(IHttpResponse response) {
        // Nothing to read back.
    }
}
