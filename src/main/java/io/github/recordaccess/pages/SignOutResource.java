package io.github.recordaccess.pages;

import io.github.recordaccess.security.ProviderSignOut;
import io.github.recordaccess.security.SignOutTokens;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.ProblemWords;
import io.github.recordaccess.web.Routes;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Signing out of the pages: the header's "Sign out" form posts to {@value #SIGN_OUT}, and the person ends on
 * {@value #SIGNED_OUT}.
 *
 * <p>Only a POST that carries the session's form token ({@link SignOutTokens}) signs anyone out, so another site can
 * neither link nor post a person out. A GET of {@value #SIGN_OUT} (an old bookmark, the 403 page's link) signs nobody
 * out: it shows the form. Sign-out removes the session cookie with quarkus-oidc's {@link OidcSession#logout()}; with
 * {@code access.pages.sign-out-at-provider} the person is then sent to the provider's end-session endpoint
 * ({@link ProviderSignOut}) to end its session too, and comes back to {@value #SIGNED_OUT}. quarkus-oidc's own logout
 * path is not used (the service refuses to start with one): it answers any GET before any check of ours.
 *
 * <p>{@value #SIGNED_OUT} is public and holds no data: a page that needs sign-in would send the person straight back
 * to the provider, which may sign them in again without asking.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignOutResource {

    static final String SIGN_OUT = Routes.SIGN_OUT;
    static final String SIGNED_OUT = Routes.SIGNED_OUT;

    private final SecurityIdentity identity;
    private final OidcSession session;
    private final PageTemplates templates;
    private final SignOutTokens tokens;
    private final ProviderSignOut provider;

    public SignOutResource(
            SecurityIdentity identity,
            OidcSession session,
            PageTemplates templates,
            SignOutTokens tokens,
            ProviderSignOut provider) {
        this.identity = identity;
        this.session = session;
        this.templates = templates;
        this.tokens = tokens;
        this.provider = provider;
    }

    /** The sign-out form on a page of its own; it signs nobody out. Nobody signed in has nothing to sign out of. */
    @GET
    @Path(SIGN_OUT)
    public Response confirm() {
        if (!SignedInUser.of(identity).signedIn()) {
            return seeOther(URI.create(SIGNED_OUT));
        }
        return html(200, templates.render("SignOutResource/sign-out"));
    }

    @POST
    @Path(SIGN_OUT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signOut(@RestForm(SignOutTokens.FIELD) String token, UriInfo uri) {
        if (!SignedInUser.of(identity).signedIn()) {
            return Uni.createFrom().item(seeOther(URI.create(SIGNED_OUT)));
        }
        if (!tokens.confirms(identity, token)) {
            Log.info("A sign-out without this session's form token was refused: nobody was signed out");
            Problem refused = Problem.of(
                    ProblemType.SIGN_OUT_NOT_CONFIRMED,
                    "The sign-out did not come from this service's own page, so nobody was signed out. "
                            + "To sign out, use Sign out at the top of the page.",
                    SIGN_OUT);
            return Uni.createFrom()
                    .item(html(
                            refused.status(),
                            templates.render("PagesResource/error", "problem", ProblemWords.forPeople(refused))));
        }
        // The provider's address needs the ID token, which the session held: made before the session ends.
        Optional<URI> atProvider = provider.endSession(identity, uri, SIGNED_OUT);
        // A relative Location for our own page: the browser resolves it against the address it used.
        return session.logout().map(done -> seeOther(atProvider.orElse(URI.create(SIGNED_OUT))));
    }

    /**
     * The provider returns the person here with the {@code state} it may have been given (declared, as every query
     * parameter must be, and not checked: this page does nothing and shows nothing of theirs).
     */
    @GET
    @Path(SIGNED_OUT)
    public String signedOut(@RestQuery String state) {
        return templates.render("SignOutResource/signed-out");
    }

    private static Response seeOther(URI location) {
        return Response.status(Response.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, location.toString())
                .build();
    }

    private static Response html(int status, String page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }
}
