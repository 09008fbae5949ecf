package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodedEvent;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** One coded resource reduced to what the engine needs, and to what the join with the cohort needs. */
record FoundEntry(String patientId, String reference, List<CodedEvent> events) {

    /** Fails closed on an entry without an id: two of them could not be told apart, and one could hide a 104. */
    static FoundEntry of(Resource resource, FhirFactsMapper mapper) {
        if (!resource.getIdElement().hasIdPart()) {
            throw new FhirServerException(
                    FhirServerException.Kind.INVALID_RESPONSE,
                    "search coded entries by practice",
                    "The FHIR server returned a coded " + resource.fhirType() + " without an id; no result was given.");
        }
        return new FoundEntry(
                FhirGateway.idOf(FhirGateway.subjectOf(resource)),
                resource.fhirType() + "/" + resource.getIdElement().getIdPart(),
                mapper.eventsOf(resource));
    }
}
