package io.github.recordaccess.api;

import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.NhsNumber;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.Negotiation;
import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and checks what callers send. Every refusal is a 400 naming the parameter and what it accepts;
 * a parameter given twice is refused rather than guessed.
 */
final class QueryParams {

    private static final Pattern ODS = Pattern.compile("[A-Za-z0-9]{3,10}");
    private static final Pattern ODS_LIST = Pattern.compile("[A-Za-z0-9,]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST_AS_OF = LocalDate.of(2999, 12, 31);
    static final int MAX_SIZE = 1000;

    private final Map<String, List<String>> params;

    QueryParams(UriInfo uri) {
        this.params = exact(uri);
    }

    /**
     * The query parameters as sent: names compared exactly (the framework's map ignores case, so
     * {@code ASOF} would pass for {@code asOf}), values percent-decoded.
     */
    static Map<String, List<String>> exact(UriInfo uri) {
        String raw = uri.getRequestUri().getRawQuery();
        return raw == null ? Map.of() : new QueryStringDecoder(raw, StandardCharsets.UTF_8, false, 1024, true).parameters();
    }

    static String nhsNumber(String value) {
        if (!NhsNumber.isValid(value)) {
            throw ApiException.invalid("nhsNumber must be 10 digits with a valid modulus-11 check digit.");
        }
        return value;
    }

    static String odsCode(String value) {
        if (value == null || !ODS.matcher(value).matches()) {
            throw ApiException.invalid("odsCode must be 3 to 10 letters and digits.");
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    /** The day to answer for: today (Europe/London) unless given; never after today, which no record can speak for. */
    LocalDate asOf(Clock clock) {
        Optional<String> value = single("asOf");
        LocalDate today = LocalDate.now(clock);
        if (value.isEmpty()) {
            return today;
        }
        LocalDate asOf;
        try {
            if (!ISO_DATE.matcher(value.get()).matches()) {
                throw new DateTimeException("not YYYY-MM-DD");
            }
            asOf = LocalDate.parse(value.get());
            if (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
                throw new DateTimeException("out of range");
            }
        } catch (DateTimeException e) {
            throw ApiException.invalid("asOf must be a real calendar date YYYY-MM-DD between " + EARLIEST_AS_OF + " and " + LATEST_AS_OF + ".");
        }
        if (asOf.isAfter(today)) {
            throw ApiException.invalid("asOf must not be after today (" + today + ", Europe/London): the record cannot say what will be coded.");
        }
        return asOf;
    }

    Optional<Recommendation> recommendation() {
        return single("recommendation").map(v -> parseEnum(Recommendation.class, "recommendation", v));
    }

    Optional<Integer> page() {
        return single("page").map(v -> parseInt("page", v, 0, Integer.MAX_VALUE / MAX_SIZE));
    }

    Optional<Integer> size() {
        return single("size").map(v -> parseInt("size", v, 1, MAX_SIZE));
    }

    /** {@code ods=A,B,C}: the practices the overview should show. */
    Optional<List<String>> odsList() {
        return single("ods").map(v -> {
            if (!ODS_LIST.matcher(v).matches()) {
                throw ApiException.invalid("ods must be ODS codes separated by ',' alone (no spaces, ';' or other separators).");
            }
            return Arrays.asList(v.split(",", -1));
        });
    }

    /** True when CSV is the type to answer with (see {@link Negotiation}); JSON wins a tie. */
    static boolean wantsCsv(jakarta.ws.rs.core.HttpHeaders headers) {
        return Negotiation.choose(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT),
                List.of(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, RecommendationCsv.MEDIA_TYPE))
                .filter(RecommendationCsv.MEDIA_TYPE::equals).isPresent();
    }

    Optional<ClinicalSystem> system() {
        return single("system").map(v -> parseEnum(ClinicalSystem.class, "system", v));
    }

    Optional<Boolean> live() {
        return single("live").map(v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid("live must be true or false.");
        });
    }

    private Optional<String> single(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw ApiException.invalid(name + " may be given only once.");
        }
        return Optional.of(values.get(0));
    }

    private static int parseInt(String name, String value, int min, int max) {
        String error = name + " must be a whole number from " + min + " to " + max + ".";
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiException.invalid(error);
        }
        long parsed = Long.parseLong(value);
        if (parsed < min || parsed > max) {
            throw ApiException.invalid(error);
        }
        return (int) parsed;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid(name + " must be one of " + Arrays.toString(type.getEnumConstants()) + "."));
    }
}
