package io.github.recordaccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.read.AsOf;
import io.github.recordaccess.read.OdsCode;
import io.github.recordaccess.read.WorklistQuery;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class RequestContractTest {

    /** A @BeanParam's fields are query parameters too: the worklist's filters are one. */
    @Test
    void queryParametersAreTheSignaturesRestQueryParameters() throws Exception {
        Method list = WorklistResource.class.getMethod(
                "recommendations",
                OdsCode.class,
                AsOf.class,
                WorklistQuery.class,
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
