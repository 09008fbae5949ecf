package io.github.recordaccess.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

/** The worklist's six filters are named once: the query the framework reads, the links and the audit agree. */
class WorklistQueryTest {

    @Test
    void theNamesAreTheQueryParametersTheFrameworkReads() {
        assertThat(Arrays.stream(WorklistQuery.class.getDeclaredFields())
                        .filter(f -> f.isAnnotationPresent(RestQuery.class))
                        .map(WorklistQueryTest::sentAs))
                .containsExactlyInAnyOrderElementsOf(WorklistQuery.NAMES);
    }

    @Test
    void aWorklistsLinkGivesItsFiltersInOneOrder() {
        WorklistFilter filter = new WorklistFilter(
                Recommendation.OFFER_OPT_IN,
                Reason.BULK_CODED_104,
                AccessFlag.ACTIVE_104,
                ActionId.REVIEW_BULK_CODED_104,
                true,
                null);
        assertThat(WorklistQuery.query(filter))
                .isEqualTo(
                        "recommendation=OFFER_OPT_IN&reason=BULK_CODED_104&flag=ACTIVE_104&action=REVIEW_BULK_CODED_104&bulkCoded104=true");
        assertThat(WorklistQuery.query(WorklistFilter.byTurning16Within(90))).isEqualTo("turning16Within=90");
        assertThat(WorklistQuery.query(WorklistFilter.ALL)).isEmpty();
    }

    @Test
    void theFiltersGivenAreTheOnesWithAValue() {
        assertThat(WorklistQuery.given(WorklistFilter.byBulkCoded104(false)))
                .containsExactly(java.util.Map.entry(WorklistQuery.BULK_CODED_104, false));
        assertThat(WorklistQuery.given(WorklistFilter.ALL)).isEmpty();
    }

    private static String sentAs(Field field) {
        String name = field.getAnnotation(RestQuery.class).value();
        return name.isEmpty() ? field.getName() : name;
    }
}
