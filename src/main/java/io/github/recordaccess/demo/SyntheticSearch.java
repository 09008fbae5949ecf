package io.github.recordaccess.demo;

import io.github.recordaccess.demo.FhirStore.Stored;
import io.github.recordaccess.rules.FuzzyDate;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/** The synthetic server's search semantics: which parameters it supports and which stored resources match. */
final class SyntheticSearch {

    static final Map<String, Set<String>> SUPPORTED = Map.of(
            "Organization", Set.of("identifier"),
            "Patient", Set.of("identifier", "general-practitioner", "general-practitioner:identifier"),
            "PractitionerRole", Set.of("organization"),
            "Observation", Set.of("code", "patient", "patient.general-practitioner", "date"),
            "Condition", Set.of("code", "patient", "patient.general-practitioner", "recorded-date", "onset-date"));
    private static final Set<String> CONTROL = Set.of("_count", "_summary", "_format", "_total");

    private final FhirStore store;

    SyntheticSearch(FhirStore store) {
        this.store = store;
    }

    /** True for the parameters the server supports on {@code type}, and the control parameters. */
    static boolean supports(String type, String parameter) {
        return CONTROL.contains(parameter) || SUPPORTED.get(type).contains(parameter);
    }

    /** The stored resources of {@code type} that match every parameter (FHIR AND across, OR within). */
    List<Stored> find(String type, Map<String, List<String>> params) {
        Set<Stored> found = null;
        if (params.containsKey("identifier")) {
            found = union(values(params, "identifier"), token -> store.withIdentifier(type, token));
        }
        if (params.containsKey("general-practitioner")) {
            found = intersect(found, union(values(params, "general-practitioner"), store::patientsOf));
        }
        if (params.containsKey("general-practitioner:identifier")) {
            found = intersect(
                    found, union(values(params, "general-practitioner:identifier"), store::patientsWithGpIdentifier));
        }
        if (params.containsKey("organization")) {
            found = intersect(found, union(values(params, "organization"), store::rolesOf));
        }
        if (params.containsKey("code")) {
            found = intersect(found, union(values(params, "code"), token -> store.codedWith(type, token)));
        }
        if (params.containsKey("patient")) {
            found = intersect(
                    found,
                    union(
                            values(params, "patient"),
                            ref -> store.codedOf(type, ref.substring(ref.lastIndexOf('/') + 1))));
        }
        if (found == null) {
            found = new LinkedHashSet<>(store.all(type));
        }
        List<Stored> matches = new ArrayList<>(found);
        if (params.containsKey("patient.general-practitioner")) {
            Set<String> practices = Set.copyOf(values(params, "patient.general-practitioner"));
            matches.removeIf(s -> practicesOfSubject(s.resource()).stream().noneMatch(practices::contains));
        }
        for (String dateParam : List.of("date", "recorded-date", "onset-date")) {
            for (String value : params.getOrDefault(dateParam, List.of())) { // AND across occurrences
                matches.removeIf(s -> !matchesDay(dateOf(s.resource(), dateParam), value));
            }
        }
        return matches;
    }

    /** The literal references of the subject's {@code generalPractitioner}s, as a chain on it matches them. */
    private List<String> practicesOfSubject(Resource resource) {
        String subject = resource instanceof Observation o
                ? o.getSubject().getReference()
                : ((Condition) resource).getSubject().getReference();
        Stored patient = store.read("Patient", subject.substring(subject.lastIndexOf('/') + 1));
        return patient == null
                ? List.of()
                : ((Patient) patient.resource())
                        .getGeneralPractitioner().stream()
                                .filter(Reference::hasReference)
                                .map(Reference::getReference)
                                .toList();
    }

    /**
     * Observation {@code date} searches effective[x]; Condition {@code recorded-date} searches recordedDate and
     * {@code onset-date} onset[x].
     */
    private static FuzzyDate dateOf(Resource resource, String parameter) {
        Type value = resource instanceof Observation o
                ? o.getEffective()
                : "onset-date".equals(parameter)
                        ? ((Condition) resource).getOnset()
                        : ((Condition) resource).getRecordedDateElement();
        if (value instanceof Period period) {
            value = period.getStartElement();
        }
        return value instanceof BaseDateTimeType date && date.getValueAsString() != null
                ? FuzzyDate.parse(date.getValueAsString())
                : null;
    }

    /**
     * A day with an R4 prefix: {@code eq} (none) means the resource's whole date range lies within the day;
     * {@code ge}, {@code le}, {@code gt} and {@code lt} that its range reaches on or after, on or before, after
     * or before the day.
     */
    private static boolean matchesDay(FuzzyDate date, String value) {
        String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
        LocalDate day = LocalDate.parse(prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2));
        if (date == null) {
            return false;
        }
        return switch (prefix) {
            case "ge" -> date.end().isAfter(FuzzyDate.startOf(day));
            case "gt" -> date.end().isAfter(FuzzyDate.startOf(day.plusDays(1)));
            case "le" -> date.start().isBefore(FuzzyDate.startOf(day.plusDays(1)));
            case "lt" -> date.start().isBefore(FuzzyDate.startOf(day));
            default ->
                !date.start().isBefore(FuzzyDate.startOf(day))
                        && !date.end().isAfter(FuzzyDate.startOf(day.plusDays(1)));
        };
    }

    private static Set<Stored> union(List<String> values, java.util.function.Function<String, List<Stored>> lookup) {
        Set<Stored> union = new LinkedHashSet<>();
        values.forEach(v -> union.addAll(lookup.apply(v)));
        return union;
    }

    private static Set<Stored> intersect(Set<Stored> found, Set<Stored> more) {
        if (found == null) {
            return more;
        }
        found.retainAll(more);
        return found;
    }

    /** Comma-separated values of every occurrence of a parameter (OR within, AND across). */
    private static List<String> values(Map<String, List<String>> params, String name) {
        List<String> values = new ArrayList<>();
        for (String value : params.get(name)) {
            for (String v : value.split(",", -1)) {
                values.add(v.trim());
            }
        }
        return values;
    }

    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A query string or form body as parameter lists, decoded. */
    static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** {@code _count}, within 1..5000; 20 when absent. */
    static int pageSize(Map<String, List<String>> params) {
        String value = single(params, "_count");
        return value == null ? 20 : Math.max(1, Math.min(5000, Integer.parseInt(value)));
    }
}
