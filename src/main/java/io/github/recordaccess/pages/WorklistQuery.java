package io.github.recordaccess.pages;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.read.BulkCoded104Param;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jboss.resteasy.reactive.RestQuery;

/** The worklist filters of a practice page and its CSV download: the API's filters, under the API's names. */
public class WorklistQuery {

    private static final String TURNING_16_RULE = "must be a whole number of days from 1 to 366.";

    @RestQuery
    Recommendation recommendation;

    @RestQuery
    Reason reason;

    @RestQuery
    AccessFlag flag;

    @RestQuery
    ActionId action;

    @RestQuery
    BulkCoded104Param bulkCoded104;

    @RestQuery
    @Min(value = 1, message = TURNING_16_RULE)
    @Max(value = 366, message = TURNING_16_RULE)
    Integer turning16Within;

    WorklistFilter filter() {
        return new WorklistFilter(
                recommendation,
                reason,
                flag,
                action,
                bulkCoded104 == null ? null : bulkCoded104.value(),
                turning16Within);
    }
}
