package io.github.recordaccess.fhir;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IQuery;
import io.github.recordaccess.fhir.FhirServerException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** A search run to its end, page by page, each page checked before it is handed over; never truncated. */
@ApplicationScoped
class SearchPaging {

    private final IGenericClient client;
    private final FhirConfig config;
    private final FhirExchange exchange;

    SearchPaging(IGenericClient client, FhirConfig config, FhirExchange exchange) {
        this.client = client;
        this.config = config;
        this.exchange = exchange;
    }

    /**
     * Runs a search and hands over each page's matches once the page has been checked; follows every
     * {@code next} link. Fails, rather than truncating, on too many pages, a loop, or a total that the
     * pages do not add up to.
     */
    @SuppressWarnings("unchecked")
    <T extends Resource> void searchByPage(
            String interaction,
            Class<? extends Resource> expected,
            Supplier<IQuery<Bundle>> query,
            Consumer<List<T>> pageSink) {
        Bundle page = exchange.execute(interaction, () -> query.get().execute());
        Integer total = page.hasTotal() ? page.getTotal() : null;
        Set<String> visited = new HashSet<>();
        int pages = 1;
        int matches = 0;
        while (true) {
            List<Resource> found = SearchsetPages.matchesOf(interaction, page, expected);
            if (found.size() > config.pageSize()) {
                throw new FhirServerException(
                        Kind.INVALID_RESPONSE,
                        interaction,
                        "The FHIR search '" + interaction + "' returned " + found.size()
                                + " matches on one page though at most " + config.pageSize() + " were asked for.");
            }
            matches += found.size();
            pageSink.accept((List<T>) found);
            Bundle.BundleLinkComponent next = page.getLink(Bundle.LINK_NEXT);
            if (next == null || !next.hasUrl()) {
                break;
            }
            if (++pages > config.maxPages()) {
                throw new FhirServerException(
                        Kind.INCOMPLETE,
                        interaction,
                        "The FHIR search '" + interaction + "' needs more than " + config.maxPages()
                                + " pages (fhir.max-pages).");
            }
            if (!visited.add(next.getUrl())) {
                throw new FhirServerException(
                        Kind.INCOMPLETE,
                        interaction,
                        "The FHIR search '" + interaction
                                + "' returned a next link that loops back to an earlier page.");
            }
            String url = next.getUrl();
            page = exchange.execute(
                    interaction,
                    () -> client.loadPage()
                            .byUrl(url)
                            .andReturnBundle(Bundle.class)
                            .execute());
        }
        if (total != null && total != matches) {
            throw new FhirServerException(
                    Kind.INCOMPLETE,
                    interaction,
                    "The FHIR search '" + interaction + "' announced " + total + " matches but its pages held "
                            + matches + ".");
        }
    }
}
