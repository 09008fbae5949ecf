package io.github.recordaccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.ApiResources;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

/** A converter is not told its parameter's name, so the resources must use each converted type under the name its refusals give. */
class ParamConvertersTest {

    static Stream<Parameter> queryParameters() {
        return ApiResources.all().stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(PUT.class))
                .map(Method::getParameters)
                .flatMap(Arrays::stream)
                .filter(p -> p.isAnnotationPresent(RestQuery.class));
    }

    @Test
    void eachConvertedTypeIsTheParameterItsRefusalsName() {
        List<Parameter> named = queryParameters()
                .filter(p -> ParamConverters.NAMES.containsKey(p.getType()))
                .toList();
        assertThat(named)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.getName())
                        .as(p.getDeclaringExecutable().getName() + " "
                                + p.getType().getSimpleName())
                        .isEqualTo(ParamConverters.NAMES.get(p.getType())));
        assertThat(named.stream().map(Parameter::getType).distinct())
                .containsExactlyInAnyOrderElementsOf(ParamConverters.NAMES.keySet());
    }

    @Test
    void everyIntegerParameterHasAMinimumThatRefusesAMalformedValue() {
        assertThat(queryParameters().filter(p -> p.getType() == Integer.class))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.getAnnotation(Min.class))
                        .as(p.getName())
                        .isNotNull()
                        .satisfies(min -> assertThat(min.value()).isNotNegative()));
    }

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
