package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;

/** Adds the current bearer token to every FHIR request. */
final class FhirAuthInterceptor implements IClientInterceptor {

    private final AccessTokens tokens;

    FhirAuthInterceptor(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void interceptRequest(IHttpRequest request) {
        request.removeHeaders("Authorization");
        request.addHeader("Authorization", "Bearer " + tokens.current());
    }

    @Override
    public void interceptResponse(IHttpResponse response) {
        // nothing to do
    }
}
