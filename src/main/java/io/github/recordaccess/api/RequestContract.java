package io.github.recordaccess.api;

import io.github.recordaccess.web.Negotiation;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every request to the contract its resource method documents: only the query parameters its
 * OpenAPI {@code @Parameter}s name (case matters), lists separated by commas alone, and a media type it
 * produces that the caller accepts (q=0 honoured). A careless request gets a 400 or 406 naming what is
 * wrong, never a silent default.
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
            throw ApiException.invalid("Separate query parameters with '&' and list values (such as ods) with ',' only; ';' is not a separator.");
        }
        Set<String> documented = queryParameters(method);
        Set<String> unknown = new TreeSet<>(QueryParams.exact(request.getUriInfo()).keySet());
        unknown.removeAll(documented);
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("Unknown query parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + ". This path takes " + (documented.isEmpty() ? "none" : String.join(", ", new TreeSet<>(documented))) + " (names are case-sensitive).");
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces != null && Negotiation.choose(request.getHeaderString(HttpHeaders.ACCEPT), offered(produces)).isEmpty()) {
            throw new NotAcceptableException();
        }
    }

    static List<String> offered(Produces produces) {
        return Arrays.stream(produces.value()).flatMap(v -> Arrays.stream(v.split(","))).map(v -> v.split(";")[0].trim()).toList();
    }

    private static Set<String> queryParameters(Method method) {
        return Arrays.stream(method.getAnnotationsByType(Parameter.class)).filter(p -> p.in() == ParameterIn.QUERY).map(Parameter::name).collect(Collectors.toSet());
    }
}
