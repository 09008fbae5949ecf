package io.github.recordaccess.pages;

import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.CsvWriter;
import io.github.recordaccess.read.FormField;
import io.github.recordaccess.read.NhsNumber;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.Problems;
import io.github.recordaccess.read.Reads;
import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.security.AuditEventType;
import io.github.recordaccess.security.Audited;
import io.github.recordaccess.security.Scope;
import io.github.recordaccess.security.ScopeGuard;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.ProblemWords;
import io.github.recordaccess.web.Routes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The pages, for people at the ICB and the practices: the overview, a practice (counts, checklist, worklist,
 * trend), a patient and the search for one, and the CSV downloads of the overview and the worklists (a browser
 * cannot send the API's Accept header or bearer token). They read through the same read layer as the API
 * ({@link PageViews}, {@link OverviewViews}); their failures are pages too, with the problem's title and detail (the
 * API's problem), never a stack trace.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PagesResource {

    private static final String PAGE_RULE = "must be a whole number from 0 to 100000.";

    private final PageViews views;
    private final OverviewViews overviews;
    private final PageTemplates templates;
    private final Clock clock;

    private final ScopeGuard scope;

    public PagesResource(
            PageViews views, OverviewViews overviews, PageTemplates templates, Clock clock, ScopeGuard scope) {
        this.scope = scope;
        this.views = views;
        this.overviews = overviews;
        this.templates = templates;
        this.clock = clock;
    }

    @GET
    @Reads(Reads.Level.PRACTICES_IN_SCOPE)
    public Response overview(
            @RestQuery AsOf asOf,
            @RestQuery String sort,
            @RestQuery String order,
            @RestQuery String attention,
            @RestQuery String refreshed) {
        Scope caller = scope.scope();
        if (!caller.figuresEverywhere() && caller.ownPractices().size() == 1) {
            // A practice's own staff land on their practice's page: the overview of one practice says less.
            String practice = caller.ownPractices().iterator().next();
            return Response.seeOther(URI.create("/practices/" + practice + (asOf == null ? "" : "?asOf=" + asOf.day())))
                    .build();
        }
        return html(
                200,
                "PagesResource/overview",
                "page",
                overviews.overview(day(asOf), OverviewSort.of(sort, order), OverviewFilter.of(attention), refreshed));
    }

    /** The overview's CSV, as the API sends it with {@code Accept: text/csv}. */
    @GET
    @Reads(Reads.Level.PRACTICES_IN_SCOPE)
    @Path("practices.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    public Response overviewCsv(@RestQuery AsOf asOf) {
        return overviews.overviewCsv(day(asOf));
    }

    @GET
    @Reads(Reads.Level.FIGURES_OF_PRACTICE)
    @Path("practices/{odsCode}")
    @Audited(type = AuditEventType.PATIENT_DATA_ACCESS, endpoint = Routes.PAGE_PRACTICE)
    public String practice(
            @RestPath OdsCode odsCode,
            @RestQuery AsOf asOf,
            @Valid @BeanParam WorklistQuery worklist,
            @RestQuery @Min(value = 0, message = PAGE_RULE) @Max(value = 100_000, message = PAGE_RULE) Integer page) {
        return templates.render(
                "PagesResource/practice",
                "page",
                views.practice(odsCode, day(asOf), worklist.filter(), page == null ? 0 : page));
    }

    /**
     * One step of the practice's checklist on its own page: its instructions, one page of its worklist with the range
     * it shows, and the CSV of all of it. Patient-level, as the worklist is.
     */
    @GET
    @Reads(Reads.Level.PATIENTS_OF_PRACTICE)
    @Path("practices/{odsCode}/steps/{stepId}")
    @Audited(type = AuditEventType.PATIENT_DATA_ACCESS, endpoint = Routes.PAGE_STEP)
    public String step(
            @RestPath OdsCode odsCode,
            @RestPath String stepId,
            @RestQuery AsOf asOf,
            @RestQuery @Min(value = 0, message = PAGE_RULE) @Max(value = 100_000, message = PAGE_RULE) Integer page) {
        return templates.render(
                "PagesResource/step", "page", views.step(odsCode, day(asOf), stepId, page == null ? 0 : page));
    }

    /** Every patient of the worklist the page shows, as the API's CSV. */
    @GET
    @Reads(Reads.Level.PATIENTS_OF_PRACTICE)
    @Path("practices/{odsCode}/patients.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    @Audited(type = AuditEventType.PATIENT_DATA_ACCESS, endpoint = Routes.PAGE_WORKLIST_CSV)
    public Response worklistCsv(
            @RestPath OdsCode odsCode, @RestQuery AsOf asOf, @Valid @BeanParam WorklistQuery worklist) {
        return views.worklistCsv(odsCode, day(asOf), worklist.filter());
    }

    /** The search form; with a valid NHS number, on to that patient's page. */
    @GET
    @Reads(Reads.Level.ONE_PATIENT)
    @Path("patients")
    public Response findPatient(@RestQuery @FormField String nhsNumber, @RestQuery AsOf asOf, UriInfo uri) {
        LocalDate day = day(asOf);
        // The framework reads an empty box as no parameter: only the query tells "not searched" from "searched for
        // nothing".
        String entered = nhsNumber != null || !uri.getQueryParameters().containsKey("nhsNumber") ? nhsNumber : "";
        if (entered == null) {
            return html(200, "PagesResource/search", "page", PatientSearch.empty(day));
        }
        return PatientSearch.nhsNumber(entered)
                // A relative Location: behind a proxy that ends TLS an absolute one would say http://.
                .map(found -> Response.status(Response.Status.SEE_OTHER)
                        .header(HttpHeaders.LOCATION, "/patients/" + found + "?asOf=" + day)
                        .build())
                .orElseGet(() -> html(400, "PagesResource/search", "page", PatientSearch.refused(day, entered)));
    }

    @GET
    @Reads(Reads.Level.ONE_PATIENT)
    @Path("patients/{nhsNumber}")
    @Audited(type = AuditEventType.PATIENT_DATA_ACCESS, endpoint = Routes.PAGE_PATIENT)
    public String patient(@RestPath NhsNumber nhsNumber, @RestQuery AsOf asOf) {
        return templates.render("PagesResource/patient", "page", views.patient(nhsNumber, day(asOf)));
    }

    /** Every failure of a page is a page: the problem the API would answer, in people's words, with its status. */
    @ServerExceptionMapper
    public Response failed(Throwable e, UriInfo uri) {
        String route = Routes.nameOf(uri == null ? null : uri.getPath());
        Problem problem = ProblemWords.forPeople(Problems.of(e, route));
        if (Routes.PAGE_PATIENT.equals(route)
                && ProblemType.PATIENT_NOT_FOUND.uri().equals(problem.type())) {
            // Not found is a search that found nobody: the box stays, with the number to correct or try again.
            return html(404, "PagesResource/search", "page", PatientSearch.notFound(uri, clock));
        }
        return html(problem.status(), "PagesResource/error", "problem", problem);
    }

    private Response html(int status, String template, String name, Object data) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(templates.render(template, name, data))
                .build();
    }

    private LocalDate day(AsOf asOf) {
        return AsOf.orToday(asOf, clock);
    }
}
