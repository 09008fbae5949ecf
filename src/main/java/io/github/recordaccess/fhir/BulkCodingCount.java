package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import io.github.recordaccess.fhir.FhirServerException.Kind;
import io.github.recordaccess.rules.Coding;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Counts a practice's coded entries on one day, for one patient's bulk-coding check when no practice evaluation is cached. */
@ApplicationScoped
class BulkCodingCount {

    private final IGenericClient client;
    private final FhirExchange exchange;

    BulkCodingCount(IGenericClient client, FhirExchange exchange) {
        this.client = client;
        this.exchange = exchange;
    }

    /**
     * How many Observations and Conditions of the practice carry one of {@code codings} on {@code day}
     * ({@code _summary=count}, one code per search). Counts resources, not distinct patients.
     */
    int countCodedOnDay(String organizationId, Collection<Coding> codings, LocalDate day) {
        int total = 0;
        for (Map.Entry<Class<? extends Resource>, String> type : FhirGateway.CODED_TYPES.entrySet()) {
            for (Coding coding : codings) {
                String interaction = "count " + type.getKey().getSimpleName() + " by code, practice and day";
                Bundle bundle = exchange.execute(
                        interaction,
                        () -> client.search()
                                .forResource(type.getKey())
                                .whereMap(FhirGateway.params(
                                        "code",
                                        coding.token(),
                                        "patient.general-practitioner",
                                        "Organization/" + organizationId,
                                        type.getValue(),
                                        day.toString()))
                                .summaryMode(SummaryEnum.COUNT)
                                .returnBundle(Bundle.class)
                                .execute());
                SearchsetPages.checkOutcomes(interaction, bundle);
                if (!bundle.hasTotal()) {
                    throw new FhirServerException(
                            Kind.INVALID_RESPONSE,
                            interaction,
                            "The FHIR server did not return a total for " + interaction + ".");
                }
                total += bundle.getTotal();
            }
        }
        return total;
    }
}
