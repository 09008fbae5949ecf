package io.github.recordaccess.pages;

import io.github.recordaccess.web.Routes;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Signing out of the pages: the header's "Sign out" ({@value #SIGN_OUT}) and the page it ends on ({@value #SIGNED_OUT}).
 *
 * <p>Sign-out is local by default, with quarkus-oidc's {@link OidcSession#logout()}: the session cookie is removed, so
 * the next page sends the person to the identity provider again. That works with every provider. With a provider
 * that supports RP-initiated logout (it advertises an {@code end_session_endpoint}), setting
 * {@code quarkus.oidc.web.logout.path} to {@value #SIGN_OUT} has quarkus-oidc answer that path itself for a signed-in
 * person, ending the provider's session as well and returning them to {@value #SIGNED_OUT} (the tenant's
 * {@code logout.post-logout-path}); this resource then only sees people who are not signed in. That is not the default
 * because quarkus-oidc refuses to start a tenant with a logout path when its provider has no end-session endpoint.
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

    public SignOutResource(SecurityIdentity identity, OidcSession session, PageTemplates templates) {
        this.identity = identity;
        this.session = session;
        this.templates = templates;
    }

    @GET
    @Path(SIGN_OUT)
    public Uni<Response> signOut() {
        Uni<Void> ended = SignedInUser.of(identity).signedIn()
                ? session.logout()
                : Uni.createFrom().voidItem();
        // A relative Location: the browser resolves it against the address it used, whatever proxy is in between.
        return ended.map(done -> Response.status(Response.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, SIGNED_OUT)
                .build());
    }

    /**
     * The provider returns the person here with the {@code state} quarkus-oidc gave it (declared, as every query
     * parameter must be, and not checked: this page does nothing and shows nothing of theirs).
     */
    @GET
    @Path(SIGNED_OUT)
    public String signedOut(@RestQuery String state) {
        return templates.render("SignOutResource/signed-out");
    }
}
