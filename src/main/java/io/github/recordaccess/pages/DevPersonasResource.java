package io.github.recordaccess.pages;

import io.github.recordaccess.read.ApiException;
import io.github.recordaccess.security.PersonaChoice;
import io.github.recordaccess.security.Scope;
import io.github.recordaccess.web.AccessPaths;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.Routes;
import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Dev mode's personas: act as an ICB analyst, a practice's staff, a reader or an administrator on the demo practices,
 * without an identity provider. The choice is a cookie that only counts where no sign-in protects the pages (dev mode
 * and tests). The class is built only with {@code demo.personas=true} (dev and test profiles): the packaged
 * application has no such route at all ({@code PackagedApplicationIT}). Until a persona is chosen, dev mode acts as
 * before: every practice, patient level.
 */
@Path(Routes.DEV_PERSONAS)
@Produces(MediaType.TEXT_HTML)
@ApplicationScoped
@IfBuildProperty(name = "demo.personas", stringValue = "true")
public class DevPersonasResource implements PersonaChoice {

    static final String COOKIE = "record-access-persona";

    private final PageTemplates templates;
    private final AccessPaths paths;

    public DevPersonasResource(PageTemplates templates, AccessPaths paths) {
        this.templates = templates;
        this.paths = paths;
    }

    @Override
    public Optional<Scope> chosen(RoutingContext request) {
        Cookie cookie = request.request().getCookie(COOKIE);
        return cookie == null
                ? Optional.empty()
                : DevPersona.byId(cookie.getValue()).map(DevPersona::scope);
    }

    @GET
    public String list(RoutingContext request) {
        openPagesOnly();
        Cookie cookie = request.request().getCookie(COOKIE);
        String current = cookie == null ? "" : cookie.getValue();
        return templates.render(
                "PagesResource/personas",
                "personas",
                new Page(
                        DevPersona.all(),
                        DevPersona.byId(current).map(DevPersona::id).orElse("")));
    }

    /** Chooses a persona (or none, with an empty or unknown one) and goes to the overview, as sign-in would. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String persona) {
        openPagesOnly();
        Optional<DevPersona> chosen = DevPersona.byId(persona == null ? "" : persona);
        NewCookie cookie = new NewCookie.Builder(COOKIE)
                .value(chosen.map(DevPersona::id).orElse(""))
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(chosen.isPresent() ? -1 : 0)
                .build();
        return Response.seeOther(java.net.URI.create("/"))
                .cookie(cookie)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Where sign-in protects the pages, personas would mean nothing: the route answers as if it did not exist. */
    private void openPagesOnly() {
        if (paths.isProtected(Routes.PAGE_OVERVIEW)) {
            throw new ApiException(ProblemType.NOT_FOUND, "There is no resource at this path.");
        }
    }

    /** The personas, and the one chosen now ("" for none). */
    public record Page(List<DevPersona> all, String current) {}
}
