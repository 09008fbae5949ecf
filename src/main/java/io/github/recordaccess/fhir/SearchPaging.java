package io.github.recordaccess.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.SearchTotalModeEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IQuery;
import io.github.recordaccess.fhir.FhirServerException.Kind;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A search run to its end, page by page, each page checked ({@link SearchsetPages}) before it is handed over;
 * never truncated. The first page asks for an accurate total ({@code _total=accurate}) unless the server has
 * refused it; every {@code next} link is followed only inside {@code fhir.base-url} (or rebased onto it, with
 * {@code fhir.rebase-next-links}).
 */
@ApplicationScoped
class SearchPaging {

    /** Pages allowed beyond what the first page's total and size promise (a last short page, a rounding). */
    static final int PAGE_MARGIN = 2;

    private final IGenericClient client;
    private final FhirConfig config;
    private final FhirExchange exchange;
    private final FhirBase base;
    private final Set<String> resourceTypes;
    /** False once the server refused {@code _total=accurate}: searches then go without it. */
    private volatile boolean askForTotal = true;

    SearchPaging(IGenericClient client, FhirConfig config, FhirExchange exchange, FhirBase base, FhirContext context) {
        this.client = client;
        this.config = config;
        this.exchange = exchange;
        this.base = base;
        this.resourceTypes = Set.copyOf(context.getResourceTypes());
    }

    /**
     * Runs a search and hands over each page's matches once the page has been checked; follows every
     * {@code next} link. Fails, rather than truncating, on more pages than the total allows (or
     * {@code fhir.max-pages}), a loop, a link that leaves the base URL, or a total the pages do not add up to.
     */
    @SuppressWarnings("unchecked")
    <T extends Resource> void searchByPage(
            String interaction,
            Class<? extends Resource> expected,
            Supplier<IQuery<Bundle>> query,
            Consumer<List<T>> pageSink) {
        SearchsetPages checked = new SearchsetPages(interaction, expected);
        Bundle page = first(interaction, query);
        Integer total = page.hasTotal() ? page.getTotal() : null;
        Set<String> visited = new HashSet<>();
        int pages = 1;
        int bound = config.maxPages();
        int matches = 0;
        while (true) {
            List<Resource> found = checked.matchesOf(page);
            if (found.size() > config.pageSize()) {
                throw new FhirServerException(
                        Kind.INVALID_RESPONSE,
                        interaction,
                        "The FHIR search '" + interaction + "' returned " + found.size()
                                + " matches on one page though at most " + config.pageSize() + " were asked for.");
            }
            if (pages > 1 && total != null && page.hasTotal() && !Objects.equals(total, page.getTotal())) {
                throw checked.inconsistent("pages that announce different totals");
            }
            matches += found.size();
            pageSink.accept((List<T>) found);
            if (pages == 1) {
                bound = pageBound(total, found.size());
            }
            Bundle.BundleLinkComponent next = page.getLink(Bundle.LINK_NEXT);
            if (next == null || !next.hasUrl()) {
                break;
            }
            if (++pages > bound) {
                throw new FhirServerException(
                        Kind.INCOMPLETE,
                        interaction,
                        "The FHIR search '" + interaction + "' needs more than " + bound + " pages"
                                + (bound < config.maxPages()
                                        ? ", more than its total of " + total + " matches needs."
                                        : " (fhir.max-pages)."));
            }
            if (!visited.add(next.getUrl())) {
                throw new FhirServerException(
                        Kind.INCOMPLETE,
                        interaction,
                        "The FHIR search '" + interaction
                                + "' returned a next link that loops back to an earlier page.");
            }
            String url = follow(interaction, next.getUrl());
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

    /** ⌈total ÷ entries on the first page⌉ plus a margin where a total is given, else {@code fhir.max-pages}. */
    private int pageBound(Integer total, int firstPageMatches) {
        if (total == null || (total > 0 && firstPageMatches == 0)) {
            return config.maxPages();
        }
        if (total == 0) {
            return 1;
        }
        long needed = (total + (long) firstPageMatches - 1) / firstPageMatches + PAGE_MARGIN;
        return (int) Math.min(config.maxPages(), needed);
    }

    private Bundle first(String interaction, Supplier<IQuery<Bundle>> query) {
        if (askForTotal) {
            try {
                return exchange.execute(
                        interaction,
                        () -> query.get()
                                .totalMode(SearchTotalModeEnum.ACCURATE)
                                .execute());
            } catch (FhirServerException e) {
                if (e.httpStatus() != 400 || !e.serverText().contains("_total")) {
                    throw e;
                }
                askForTotal = false;
                Log.info("The FHIR server refused _total=accurate; searching without it from now on");
            }
        }
        return exchange.execute(interaction, () -> query.get().execute());
    }

    /** The URL a {@code next} link leads to, if it stays inside the base URL (or may be rebased onto it). */
    private String follow(String interaction, String link) {
        Optional<URI> url = base.parse(link);
        if (url.isPresent() && base.contains(url.get().toString())) {
            return url.get().toString();
        }
        if (url.isPresent() && config.rebaseNextLinks()) {
            return base.rebased(url.get(), resourceTypes::contains);
        }
        throw new FhirServerException(
                Kind.INVALID_RESPONSE,
                interaction,
                "The FHIR search '" + interaction + "' returned a next link outside FHIR_BASE_URL (another scheme,"
                        + " host, port or path); it was not followed. If the server sits behind a proxy that reports its"
                        + " internal address, set FHIR_REBASE_NEXT_LINKS=true.");
    }
}
