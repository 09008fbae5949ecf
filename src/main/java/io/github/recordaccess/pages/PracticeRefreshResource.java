package io.github.recordaccess.pages;

import io.github.recordaccess.read.Attention;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.PracticeRefreshes;
import io.github.recordaccess.read.Problems;
import io.github.recordaccess.read.Reads;
import io.github.recordaccess.security.AuditDetails;
import io.github.recordaccess.security.AuditEventType;
import io.github.recordaccess.security.Audited;
import io.github.recordaccess.security.SignOutTokens;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.Routes;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The overview's "Compute again" form for one practice: computes its figures now and stores them, so that every
 * replica's overview shows them, then goes back to the overview in the order and filter it had. Only a post that
 * carries the page's form token ({@link SignOutTokens#pageFormToken}, CSRF protection as the sign-out form's) does
 * anything; the practice must be one the person may see (checked before the method, and again in the read layer), and
 * no sooner than the minimum refresh interval after its last figures ({@link PracticeRefreshes}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PracticeRefreshResource {

    private final PracticeRefreshes refreshes;
    private final SignOutTokens tokens;
    private final SecurityIdentity identity;
    private final PageTemplates templates;
    private final AuditDetails audit;

    public PracticeRefreshResource(
            PracticeRefreshes refreshes,
            SignOutTokens tokens,
            SecurityIdentity identity,
            PageTemplates templates,
            AuditDetails audit) {
        this.refreshes = refreshes;
        this.tokens = tokens;
        this.identity = identity;
        this.templates = templates;
        this.audit = audit;
    }

    @POST
    @Path("practices/{odsCode}/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Reads(Reads.Level.FIGURES_OF_PRACTICE)
    @Audited(type = AuditEventType.PRACTICE_REFRESH, endpoint = Routes.PAGE_PRACTICE_REFRESH)
    public Response refresh(
            @RestPath OdsCode odsCode,
            @RestForm(SignOutTokens.FIELD) String token,
            @RestForm String sort,
            @RestForm String order,
            @RestForm String attention) {
        audit.practice(odsCode.value());
        if (!tokens.confirmsPageForm(identity, token)) {
            Log.info("A refresh without the page's form token was refused: nothing was computed");
            Problem refused = Problem.of(
                    ProblemType.REFRESH_NOT_CONFIRMED,
                    "The request did not come from this service's own page, so nothing was computed. "
                            + "To compute a practice's figures again, use the button beside it on the overview.",
                    Routes.PAGE_PRACTICE_REFRESH);
            return html(refused);
        }
        // The overview's order and filter, checked as the overview checks them, before they go into the Location.
        OverviewSort back = OverviewSort.of(sort, order);
        Attention filter = OverviewFilter.of(attention);
        refreshes.refresh(odsCode);
        return Response.status(Response.Status.SEE_OTHER)
                .header(
                        HttpHeaders.LOCATION,
                        "/?sort=" + back.column().key + "&order=" + (back.descending() ? "desc" : "asc")
                                + OverviewFilter.query(filter) + "&refreshed=" + odsCode.value()
                                + "#practice-" + odsCode.value())
                .build();
    }

    /** A failure is a page, as the other pages' are. */
    @ServerExceptionMapper
    public Response failed(Throwable e, UriInfo uri) {
        return html(Problems.of(e, Routes.PAGE_PRACTICE_REFRESH));
    }

    private Response html(Problem problem) {
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(templates.render("PagesResource/error", "problem", problem))
                .build();
    }
}
