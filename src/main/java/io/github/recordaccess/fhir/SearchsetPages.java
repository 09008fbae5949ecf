package io.github.recordaccess.fhir;

import io.github.recordaccess.fhir.FhirServerException.Kind;
import io.quarkus.logging.Log;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Resource;

/**
 * The pages of one search, checked as they arrive: what a page may hold before its matches are handed over.
 * A search is consistent or it fails: an entry seen twice (offset paging over data that changed between pages
 * repeats one entry and so skips another), an entry without a resource, an {@code include} where only matches
 * were asked for, or an OperationOutcome that warns (results may be incomplete) all fail it.
 */
final class SearchsetPages {

    private final String interaction;
    private final Class<? extends Resource> expected;
    /** 64-bit hashes of the entries' keys: a cohort of 50,000 costs a few MB. A collision reads as a repeat and fails closed. */
    private final Set<Long> seen = new HashSet<>();

    SearchsetPages(String interaction, Class<? extends Resource> expected) {
        this.interaction = interaction;
        this.expected = expected;
    }

    /** The page's matches, checked: only {@code expected} resources, each once in the whole search. */
    List<Resource> matchesOf(Bundle page) {
        if (page.getType() != null && page.getType() != Bundle.BundleType.SEARCHSET) {
            throw new FhirServerException(
                    Kind.INVALID_RESPONSE,
                    interaction,
                    "The FHIR search '" + interaction + "' returned a "
                            + page.getType().toCode() + " Bundle, not a searchset.");
        }
        List<Resource> found = new ArrayList<>(page.getEntry().size());
        for (BundleEntryComponent entry : page.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                throw inconsistent("an entry without a resource");
            }
            if (resource instanceof OperationOutcome outcome) {
                judge(outcome); // whatever its mode
                continue;
            }
            SearchEntryMode mode = entry.getSearch().getMode(); // none means match
            if (mode == SearchEntryMode.INCLUDE || mode == SearchEntryMode.OUTCOME) {
                throw inconsistent("an entry marked '" + mode.toCode() + "' where only matches were asked for");
            }
            if (!expected.isInstance(resource)) {
                throw new FhirServerException(
                        Kind.INVALID_RESPONSE,
                        interaction,
                        "The FHIR search '" + interaction + "' returned a " + resource.fhirType() + " where only "
                                + expected.getSimpleName() + " was expected.");
            }
            once(entry, resource);
            found.add(resource);
        }
        return found;
    }

    /** An entry is known by its fullUrl, else by its type and id; one that has neither cannot be told apart. */
    private void once(BundleEntryComponent entry, Resource resource) {
        String id = resource.getIdElement().getIdPart();
        if (!entry.hasFullUrl() && id == null) {
            throw inconsistent("an entry with neither a fullUrl nor an id");
        }
        // A fullUrl is absolute, so it can never equal a "type/id" key.
        if (!seen.add(fnv1a64(entry.hasFullUrl() ? entry.getFullUrl() : resource.fhirType() + "/" + id))) {
            throw inconsistent("the same entry twice (the results changed while they were paged)");
        }
    }

    /** Warning, error or fatal: the server says the results are not what was asked for. Information is ignored. */
    private void judge(OperationOutcome outcome) {
        for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            IssueSeverity severity = issue.getSeverity();
            if (severity == IssueSeverity.INFORMATION) {
                // Its text may quote the query, and so an NHS number: only the fact is logged.
                Log.infof("FHIR %s: the server added an information message to the results; ignored", interaction);
            } else {
                throw inconsistent("an OperationOutcome of severity '"
                        + (severity == null || severity == IssueSeverity.NULL ? "unknown" : severity.toCode())
                        + "' (the results may be incomplete or wrong)");
            }
        }
    }

    /** FNV-1a, 64 bits: the chance that two of 50,000 different keys share a hash is about one in ten billion. */
    static long fnv1a64(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    FhirServerException inconsistent(String what) {
        return new FhirServerException(
                Kind.INCONSISTENT,
                interaction,
                "The FHIR search '" + interaction + "' returned " + what + "; no result was given. Try again.");
    }
}
