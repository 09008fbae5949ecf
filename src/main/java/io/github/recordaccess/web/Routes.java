package io.github.recordaccess.web;

import java.util.List;
import java.util.Optional;

/**
 * The service's HTTP routes as templates. Metrics, audit events and logs name a request by its template
 * (or {@link #UNMATCHED}), never by its path, which may hold an NHS number. {@code RoutesTest} checks
 * that every JAX-RS resource method is listed here.
 */
public final class Routes {

    public static final String PATIENT_RECOMMENDATION = "/api/v1/patients/{nhsNumber}/access-recommendation";
    public static final String PRACTICE_RECOMMENDATIONS = "/api/v1/practices/{odsCode}/access-recommendations";
    public static final String PRACTICE_SUMMARY = "/api/v1/practices/{odsCode}/summary";
    public static final String PRACTICE_CHECKLIST = "/api/v1/practices/{odsCode}/checklist";
    public static final String OVERVIEW = "/api/v1/practices";
    public static final String ADMIN_PRACTICES = "/api/v1/admin/practices";
    public static final String ADMIN_PRACTICE = "/api/v1/admin/practices/{odsCode}";
    public static final String ADMIN_SNAPSHOTS = "/api/v1/admin/snapshots";
    public static final String PRACTICE_HISTORY = "/api/v1/practices/{odsCode}/history";
    public static final String HISTORY = "/api/v1/history";
    /** The pages (HTML, for people): the ICB overview, one practice, one patient. */
    public static final String PAGE_OVERVIEW = "/";
    /** The overview as CSV, the same as the API's, for a browser (which cannot send Accept: text/csv or a bearer token). */
    public static final String PAGE_OVERVIEW_CSV = "/practices.csv";

    public static final String PAGE_PRACTICE = "/practices/{odsCode}";
    /** The overview's form that computes one practice's figures again and stores them (POST only). */
    public static final String PAGE_PRACTICE_REFRESH = "/practices/{odsCode}/refresh";
    /** One step of a practice's checklist on its own page, with the step's worklist (by the API's step id). */
    public static final String PAGE_STEP = "/practices/{odsCode}/steps/{stepId}";
    /** A practice's worklist under the page's filters as CSV, the same as the API's. */
    public static final String PAGE_WORKLIST_CSV = "/practices/{odsCode}/patients.csv";
    /** The search form for a patient by NHS number. */
    public static final String PAGE_PATIENT_SEARCH = "/patients";

    public static final String PAGE_PATIENT = "/patients/{nhsNumber}";
    /** Signing out of the pages (the form posts here; a GET only shows the form), and the public page it ends on. */
    public static final String SIGN_OUT = "/sign-out";

    public static final String SIGNED_OUT = "/signed-out";
    /** Dev mode's personas (act as an ICB analyst, a practice's staff, ...): built in dev mode and tests only. */
    public static final String DEV_PERSONAS = "/dev/personas";
    /** Where the pages' CSS, JS and images are served from: public, and never patient data. */
    public static final String STATIC = "/static/";
    /** Where the practice registry is uploaded: the one place a body of up to quarkus.http.limits.max-body-size is taken. */
    public static final String ADMIN_UPLOADS = "/api/v1/admin/";
    /** The one constant for every request that matches no route. */
    public static final String UNMATCHED = "UNMATCHED";

    public static final List<String> API = List.of(
            PATIENT_RECOMMENDATION,
            PRACTICE_RECOMMENDATIONS,
            PRACTICE_SUMMARY,
            PRACTICE_CHECKLIST,
            OVERVIEW,
            ADMIN_PRACTICES,
            ADMIN_PRACTICE,
            ADMIN_SNAPSHOTS,
            PRACTICE_HISTORY,
            HISTORY);

    public static final List<String> PAGES = List.of(
            PAGE_OVERVIEW,
            PAGE_OVERVIEW_CSV,
            PAGE_PRACTICE,
            PAGE_PRACTICE_REFRESH,
            PAGE_STEP,
            PAGE_WORKLIST_CSV,
            PAGE_PATIENT_SEARCH,
            PAGE_PATIENT,
            SIGN_OUT,
            SIGNED_OUT,
            DEV_PERSONAS);

    /** Routes built in dev mode and tests only: the packaged application has no resource there at all (404). */
    public static final List<String> DEV_ONLY = List.of(DEV_PERSONAS);

    private static final List<String> ALL =
            java.util.stream.Stream.concat(API.stream(), PAGES.stream()).toList();

    private Routes() {}

    /** The template a raw request path matches, if any; a trailing slash is tolerated as JAX-RS does. */
    public static Optional<String> templateOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] segments = trimmed(path).split("/", -1);
        return ALL.stream()
                .filter(template -> matches(template.split("/", -1), segments))
                .findFirst();
    }

    /** The methods a path answers, for a 405's Allow header: the admin routes write, sign-out posts, the rest only read. */
    public static String allowedMethods(String path) {
        return switch (templateOf(path).orElse(UNMATCHED)) {
            case ADMIN_PRACTICES -> "GET, PUT";
            case ADMIN_PRACTICE -> "PUT, DELETE";
            case ADMIN_SNAPSHOTS, PAGE_PRACTICE_REFRESH -> "POST";
            case SIGN_OUT, DEV_PERSONAS -> "GET, POST";
            default -> "GET";
        };
    }

    /** The template, or {@link #UNMATCHED}: safe for a label, a log line or an audit event. */
    public static String nameOf(String path) {
        return templateOf(path).orElse(UNMATCHED);
    }

    /** True for a value that is one of the templates: what a metric's uri label may hold besides UNMATCHED. */
    public static boolean isTemplate(String value) {
        return ALL.contains(value);
    }

    /** True for a path of one of the pages: it answers HTML, and its errors are HTML pages too. */
    public static boolean isPage(String path) {
        return templateOf(path).filter(PAGES::contains).isPresent();
    }

    private static String trimmed(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean matches(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{");
            if (parameter ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
