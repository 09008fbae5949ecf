package io.github.recordaccess.fhir;

import io.github.recordaccess.fhir.FhirServerException.Kind;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Resource;

/** What one page of a search may hold before its matches are handed over: anything else fails the search. */
final class SearchsetPages {

    private SearchsetPages() {}

    /** The page's matches, checked: only {@code expected} resources, no error outcome, a searchset. */
    static List<Resource> matchesOf(String interaction, Bundle page, Class<? extends Resource> expected) {
        checkOutcomes(interaction, page);
        List<Resource> found = new ArrayList<>(page.getEntry().size());
        for (BundleEntryComponent entry : page.getEntry()) {
            Resource resource = entry.getResource();
            SearchEntryMode mode = entry.getSearch().getMode();
            if (resource == null || mode == SearchEntryMode.INCLUDE || resource instanceof OperationOutcome) {
                continue;
            }
            if (!expected.isInstance(resource)) {
                throw new FhirServerException(
                        Kind.INVALID_RESPONSE,
                        interaction,
                        "The FHIR search '" + interaction + "' returned a " + resource.fhirType() + " where only "
                                + expected.getSimpleName() + " was expected.");
            }
            found.add(resource);
        }
        return found;
    }

    /** An OperationOutcome with an error inside a 200 means the server did not do what was asked. */
    static void checkOutcomes(String interaction, Bundle page) {
        if (page.getType() != null && page.getType() != Bundle.BundleType.SEARCHSET) {
            throw new FhirServerException(
                    Kind.INVALID_RESPONSE,
                    interaction,
                    "The FHIR search '" + interaction + "' returned a "
                            + page.getType().toCode() + " Bundle, not a searchset.");
        }
        for (BundleEntryComponent entry : page.getEntry()) {
            if (entry.getResource() instanceof OperationOutcome outcome
                    && outcome.getIssue().stream()
                            .anyMatch(i ->
                                    i.getSeverity() == IssueSeverity.ERROR || i.getSeverity() == IssueSeverity.FATAL)) {
                throw new FhirServerException(
                        Kind.INVALID_RESPONSE,
                        interaction,
                        "The FHIR server reported an error inside the results of '" + interaction + "'.");
            }
        }
    }
}
