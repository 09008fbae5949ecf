package io.github.recordaccess.api;

import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.read.FormField;
import io.github.recordaccess.web.Negotiation;
import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every request to the contract its resource method declares: only the query parameters its
 * signature takes (case matters), each at most once and not empty, lists separated by commas alone, and a media type it
 * produces that the caller accepts (q=0 honoured). A careless request gets a 400 or 406 naming what is
 * wrong, never a silent default. Runs before the parameters are read.
 */
public class RequestContract {

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        if (rawQuery != null && rawQuery.contains(";")) {
            throw ApiException.invalid(
                    "Separate query parameters with '&' and list values (such as ods) with ',' only; ';' is not a separator.");
        }
        Set<String> declared = queryParameters(method);
        Set<String> formFields = formFields(method);
        Map<String, List<String>> sent = exact(rawQuery);
        Set<String> unknown = new TreeSet<>(sent.keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("Unknown query parameter" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ". This path takes "
                    + (declared.isEmpty() ? "none" : String.join(", ", new TreeSet<>(declared)))
                    + " (names are case-sensitive).");
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces != null
                && Negotiation.choose(request.getHeaderString(HttpHeaders.ACCEPT), offered(produces))
                        .isEmpty()) {
            throw new NotAcceptableException();
        }
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(sent).entrySet()) {
            if (parameter.getValue().size() > 1) {
                throw ApiException.invalid(parameter.getKey() + " may be given only once.");
            }
            // The framework reads an empty value as an absent one: that would be a silent default.
            if (parameter.getValue().get(0).isEmpty() && !formFields.contains(parameter.getKey())) {
                throw ApiException.invalid(parameter.getKey() + " is empty: give a value or leave it out.");
            }
        }
    }

    static List<String> offered(Produces produces) {
        return Arrays.stream(produces.value())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.split(";", -1)[0].trim())
                .toList();
    }

    /**
     * The query parameters as sent: names compared exactly (the framework's map ignores case, so
     * {@code ASOF} would pass for {@code asOf}), values percent-decoded.
     */
    private static Map<String, List<String>> exact(String rawQuery) {
        return rawQuery == null
                ? Map.of()
                : new QueryStringDecoder(rawQuery, StandardCharsets.UTF_8, false, 1024, true).parameters();
    }

    /**
     * The names of the method's {@code @RestQuery} (or {@code @QueryParam}) parameters, and of those fields of its
     * {@code @BeanParam} parameters; compiled with -parameters.
     */
    static Set<String> queryParameters(Method method) {
        Set<String> names = new java.util.HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    names.add(queryName(
                            field.getAnnotation(RestQuery.class),
                            field.getAnnotation(QueryParam.class),
                            field.getName()));
                }
            } else {
                names.add(queryName(
                        parameter.getAnnotation(RestQuery.class),
                        parameter.getAnnotation(QueryParam.class),
                        parameter.getName()));
            }
        }
        names.remove(null);
        return names;
    }

    private static Set<String> formFields(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(p -> p.isAnnotationPresent(FormField.class))
                .map(p -> queryName(p.getAnnotation(RestQuery.class), p.getAnnotation(QueryParam.class), p.getName()))
                .collect(Collectors.toSet());
    }

    private static String queryName(RestQuery rest, QueryParam query, String javaName) {
        if (rest != null) {
            return rest.value().isEmpty() ? javaName : rest.value();
        }
        return query == null ? null : query.value();
    }
}
