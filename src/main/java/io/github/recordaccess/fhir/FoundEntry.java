package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.CodedEvent;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** One coded resource reduced to what the engine needs, and to what the join with the cohort needs. */
record FoundEntry(String patientId, String reference, List<CodedEvent> events) {

    static FoundEntry of(Resource resource, FhirFactsMapper mapper) {
        return new FoundEntry(
                FhirGateway.idOf(FhirGateway.subjectOf(resource)),
                resource.fhirType() + "/" + resource.getIdElement().getIdPart(),
                mapper.eventsOf(resource));
    }
}
