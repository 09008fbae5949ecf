package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;

/**
 * What every request to the FHIR server must be, whoever builds it: inside {@code fhir.base-url} (else it is
 * refused before anything, a token above all, is sent), asking for fresh results ({@code Cache-Control:
 * no-cache}: HAPI FHIR JPA otherwise reuses an identical search's results for a minute) and for strict handling
 * of search parameters ({@code Prefer: handling=strict}), and with its deadline armed ({@link PageDeadlines}).
 */
final class OutboundRequests implements IClientInterceptor {

    private final FhirBase base;
    private final PageDeadlines deadlines;

    OutboundRequests(FhirBase base, PageDeadlines deadlines) {
        this.base = base;
        this.deadlines = deadlines;
    }

    @Override
    public void interceptRequest(IHttpRequest request) {
        if (!base.contains(request.getUri())) {
            throw new FhirServerException(
                    FhirServerException.Kind.INVALID_RESPONSE,
                    "follow a FHIR link",
                    "A FHIR request to an address outside FHIR_BASE_URL was refused before it was sent.");
        }
        request.removeHeaders("Cache-Control");
        request.addHeader("Cache-Control", "no-cache");
        // A lenient server may ignore a search parameter it does not support and return everything: strict
        // handling asks it to refuse instead (and RegistrationCheck catches one that ignores this too).
        request.removeHeaders("Prefer");
        request.addHeader("Prefer", "handling=strict");
        deadlines.arm(request);
    }

    @Override
    public void interceptResponse(IHttpResponse response) {
        // the deadline runs until the body has been read: FhirExchange disarms it
    }
}
