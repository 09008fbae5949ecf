package io.github.recordaccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.BulkCoded104Param;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class RequestContractTest {

    @Test
    void queryParametersAreTheSignaturesRestQueryParameters() throws Exception {
        Method list = WorklistResource.class.getMethod(
                "recommendations",
                String.class,
                AsOf.class,
                io.github.recordaccess.rules.Recommendation.class,
                io.github.recordaccess.rules.Reason.class,
                io.github.recordaccess.rules.AccessFlag.class,
                io.github.recordaccess.rules.ActionId.class,
                BulkCoded104Param.class,
                Integer.class,
                Integer.class,
                Integer.class,
                jakarta.ws.rs.core.HttpHeaders.class);
        assertThat(RequestContract.queryParameters(list))
                .containsExactlyInAnyOrder(
                        "asOf",
                        "recommendation",
                        "reason",
                        "flag",
                        "action",
                        "bulkCoded104",
                        "turning16Within",
                        "page",
                        "size");
    }
}
