package io.github.recordaccess.fhir;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The configured base URL ({@code fhir.base-url}) as the one place FHIR requests may go: the same scheme,
 * host, port and path prefix. Credentials travel with every FHIR request, so a link or a redirect that leads
 * elsewhere must never be followed.
 */
final class FhirBase {

    private final URI base;
    private final String path;

    FhirBase(String baseUrl) {
        this.base = URI.create(baseUrl).normalize();
        String p = base.getRawPath() == null ? "" : base.getRawPath();
        this.path = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** True when {@code url} (absolute, or relative to the base) lies inside the base URL. */
    boolean contains(String url) {
        return parse(url).filter(this::inside).isPresent();
    }

    /** The URL resolved against the base; absolute URLs stay as they are. Empty when it is no URL. */
    Optional<URI> parse(String url) {
        try {
            URI uri = URI.create(url);
            return Optional.of((uri.isAbsolute() ? uri : withBase().resolve(uri)).normalize());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /**
     * The link with its own base path replaced by ours: what follows that base path is the FHIR part (a
     * resource type, {@code [type]/_search}, or nothing before the query, as in HAPI's {@code ?_getpages=}).
     */
    String rebased(URI link, Predicate<String> isResourceType) {
        List<String> segments = Arrays.stream((link.getRawPath() == null ? "" : link.getRawPath()).split("/"))
                .filter(s -> !s.isEmpty())
                .toList();
        int tail = 0;
        int last = segments.size() - 1;
        if (last >= 1 && segments.get(last).equals("_search") && isResourceType.test(segments.get(last - 1))) {
            tail = 2;
        } else if (last >= 0 && isResourceType.test(segments.get(last))) {
            tail = 1;
        }
        StringBuilder url = new StringBuilder(withBase().toString().replaceAll("/$", ""));
        segments.subList(segments.size() - tail, segments.size())
                .forEach(s -> url.append('/').append(s));
        if (link.getRawQuery() != null) {
            url.append('?').append(link.getRawQuery());
        }
        return url.toString();
    }

    private boolean inside(URI url) {
        String p = url.getRawPath() == null ? "" : url.getRawPath();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")) {
            return false; // an encoded dot or slash could climb out of the prefix on the server's side
        }
        return base.getScheme().equalsIgnoreCase(url.getScheme())
                && url.getRawUserInfo() == null
                && url.getHost() != null
                && base.getHost().toLowerCase(Locale.ROOT).equals(url.getHost().toLowerCase(Locale.ROOT))
                && port(base) == port(url)
                && (path.isEmpty() || p.equals(path) || p.equals(path + "/") || p.startsWith(path + "/"));
    }

    private URI withBase() {
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + path + "/");
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
