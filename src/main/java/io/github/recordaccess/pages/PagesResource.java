package io.github.recordaccess.pages;

import io.github.recordaccess.api.AsOf;
import io.github.recordaccess.api.BulkCoded104Param;
import io.github.recordaccess.api.ParameterProblems;
import io.github.recordaccess.api.ProblemMappers;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.security.PatientDataAudited;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.Routes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The pages, for people at the ICB and the practices: the overview, a practice (counts, checklist, worklist,
 * trend) and a patient. They call the same services as the API ({@link PageViews}); their failures are
 * pages too, with the problem's title and detail, never a stack trace.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PagesResource {

    private static final String PAGE_RULE = "must be a whole number from 0 to 100000.";
    private static final String TURNING_16_RULE = "must be a whole number of days from 1 to 366.";

    private final PageViews views;
    private final PageTemplates templates;
    private final Clock clock;

    public PagesResource(PageViews views, PageTemplates templates, Clock clock) {
        this.views = views;
        this.templates = templates;
        this.clock = clock;
    }

    @GET
    public String overview(@RestQuery AsOf asOf) {
        return templates.render("PagesResource/overview", "page", views.overview(day(asOf)));
    }

    @GET
    @Path("practices/{odsCode}")
    @PatientDataAudited(Routes.PAGE_PRACTICE)
    public String practice(
            @RestPath String odsCode,
            @RestQuery AsOf asOf,
            @RestQuery Recommendation recommendation,
            @RestQuery Reason reason,
            @RestQuery AccessFlag flag,
            @RestQuery ActionId action,
            @RestQuery BulkCoded104Param bulkCoded104,
            @RestQuery @Min(value = 1, message = TURNING_16_RULE) @Max(value = 366, message = TURNING_16_RULE)
                    Integer turning16Within,
            @RestQuery @Min(value = 0, message = PAGE_RULE) @Max(value = 100_000, message = PAGE_RULE) Integer page) {
        WorklistFilter filter = new WorklistFilter(
                recommendation,
                reason,
                flag,
                action,
                bulkCoded104 == null ? null : bulkCoded104.value(),
                turning16Within);
        return templates.render(
                "PagesResource/practice", "page", views.practice(odsCode, day(asOf), filter, page == null ? 0 : page));
    }

    @GET
    @Path("patients/{nhsNumber}")
    @PatientDataAudited(Routes.PAGE_PATIENT)
    public String patient(@RestPath String nhsNumber, @RestQuery AsOf asOf) {
        return templates.render("PagesResource/patient", "page", views.patient(nhsNumber, day(asOf)));
    }

    /** Every failure of a page is a page: the problem the API would answer, as HTML with its status. */
    @ServerExceptionMapper
    public Response failed(Throwable e, UriInfo uri) {
        Problem problem = ProblemMappers.problemFor(
                ParameterProblems.asRefusal(e), Routes.nameOf(uri == null ? null : uri.getPath()));
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(templates.render("PagesResource/error", "problem", problem))
                .build();
    }

    private LocalDate day(AsOf asOf) {
        return AsOf.orToday(asOf, clock);
    }
}
