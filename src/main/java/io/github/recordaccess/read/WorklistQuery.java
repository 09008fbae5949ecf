package io.github.recordaccess.read;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A worklist's filters as a query ({@code @BeanParam}) of the API's worklist and of the practice page and its CSV.
 * Each filter's parameter name, rule and OpenAPI description are written here once; the audit's list of parameters
 * given, the worklist links ({@link #query}), the converters' refusals and the pages' words read the names from here.
 */
public class WorklistQuery {

    public static final String RECOMMENDATION = "recommendation";
    public static final String REASON = "reason";
    public static final String FLAG = "flag";
    public static final String ACTION = "action";
    public static final String BULK_CODED_104 = "bulkCoded104";
    public static final String TURNING_16_WITHIN = "turning16Within";
    /** The six, in the order a query and a heading give them. */
    public static final List<String> NAMES =
            List.of(RECOMMENDATION, REASON, FLAG, ACTION, BULK_CODED_104, TURNING_16_WITHIN);

    /** turning16Within: a year at most, so that a list of children turning 16 stays one of the near future. */
    static final int TURNING_16_MAX_DAYS = 366;

    private static final String TURNING_16_RULE =
            "must be a whole number of days from 1 to " + TURNING_16_MAX_DAYS + ".";

    @RestQuery(RECOMMENDATION)
    @Parameter(description = "Only this recommendation")
    Recommendation recommendation;

    @RestQuery(REASON)
    @Parameter(description = "Only patients with this reason among their reasons")
    Reason reason;

    @RestQuery(FLAG)
    @Parameter(description = "Only this 104/106 flag")
    AccessFlag flag;

    @RestQuery(ACTION)
    @Parameter(description = "Only patients advised this action (docs/rules.md, \"Actions\")")
    ActionId action;

    /** Described by its type ({@link BulkCoded104Param}). */
    @RestQuery(BULK_CODED_104)
    BulkCoded104Param bulkCoded104;

    @RestQuery(TURNING_16_WITHIN)
    @Min(value = 1, message = TURNING_16_RULE)
    @Max(value = TURNING_16_MAX_DAYS, message = TURNING_16_RULE)
    @Parameter(
            description =
                    "Only NOT_APPLICABLE/UNDER_16 patients whose 16th birthday (eligibleFrom) is at most this many "
                            + "days after asOf (1.." + TURNING_16_MAX_DAYS + ")")
    Integer turning16Within;

    /** The filters sent; those left out match any patient. */
    public WorklistFilter filter() {
        return new WorklistFilter(
                recommendation,
                reason,
                flag,
                action,
                bulkCoded104 == null ? null : bulkCoded104.value(),
                turning16Within);
    }

    /** The filters a worklist has (any left out), by parameter name, in the order of {@link #NAMES}. */
    public static Map<String, Object> given(WorklistFilter filter) {
        Object[] values = {
            filter.recommendation(),
            filter.reason(),
            filter.flag(),
            filter.action(),
            filter.bulkCoded104(),
            filter.turning16Within()
        };
        Map<String, Object> given = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            if (values[i] != null) {
                given.put(NAMES.get(i), values[i]);
            }
        }
        return given;
    }

    /** The worklist's filters as a link's query, {@code name=value&…} (without asOf): empty for every patient. */
    public static String query(WorklistFilter filter) {
        return given(filter).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }
}
