package io.github.recordaccess.read;

import io.github.recordaccess.security.ScopeGuard;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds every read to the caller's scope, once, for the API and the pages alike, before the resource method runs and
 * so before any lookup: an unknown ODS code answers as another practice's does. It runs after the request's own
 * contract (401, then 400 for unknown parameters), and leaves a malformed ODS code to the parameter converters (400): it is no scope question.
 * What a figures-only caller sees of what it may read is shaped by the views ({@code figuresOnly}).
 */
public class ScopedReads {

    private final ScopeGuard guard;

    public ScopedReads(ScopeGuard guard) {
        this.guard = guard;
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void hold(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Reads reads = method.getAnnotation(Reads.class);
        String odsCode = request.getUriInfo().getPathParameters().getFirst("odsCode");
        String practice = OdsCode.isCode(odsCode) ? code(odsCode) : null;
        if (reads == null) {
            if (practice != null && !request.getUriInfo().getPath().startsWith("/api/v1/admin/")) {
                guard.requirePatientsOf(practice); // undeclared: the strictest reading
            }
            return;
        }
        switch (reads.value()) {
            case PATIENTS_OF_PRACTICE -> {
                if (practice != null) {
                    guard.requirePatientsOf(practice);
                }
            }
            case FIGURES_OF_PRACTICE -> {
                if (practice != null) {
                    guard.requireFiguresOf(practice);
                }
            }
            case ONE_PATIENT -> guard.requireSomePatients();
            case PRACTICES_IN_SCOPE -> {
                guard.requireSomePractice();
                for (String named :
                        named(request.getUriInfo().getQueryParameters().getFirst("ods"))) {
                    guard.requireFiguresOf(named);
                }
            }
            case ICB_TOTALS -> guard.requireIcbTotals();
        }
    }

    /** The well-formed codes of an {@code ods=} list; a malformed list is the converter's 400. */
    private static List<String> named(String list) {
        if (list == null) {
            return List.of();
        }
        List<String> codes = Arrays.asList(list.split(",", -1));
        return codes.stream().allMatch(OdsCode::isCode)
                ? codes.stream().map(ScopedReads::code).toList()
                : List.of();
    }

    private static String code(String odsCode) {
        return odsCode.toUpperCase(Locale.ROOT);
    }
}
