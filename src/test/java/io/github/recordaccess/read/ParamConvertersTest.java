package io.github.recordaccess.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

/**
 * A converter is not told its parameter's name, so the resources of the API and the pages must use each converted
 * type under the name its refusals give: every query and path parameter is checked, the fields of a
 * {@code @BeanParam} included.
 */
class ParamConvertersTest {

    /** A query or path parameter as the framework reads it: its Java element, type and the name it is sent under. */
    record Sent(String where, Class<?> type, String name, AnnotatedElement element) {}

    static List<Sent> parameters() {
        List<Sent> sent = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Arrays.stream(method.getAnnotations())
                        .noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    String where = resource.getSimpleName() + "." + method.getName();
                    if (parameter.isAnnotationPresent(BeanParam.class)) {
                        for (Field field : parameter.getType().getDeclaredFields()) {
                            add(
                                    sent,
                                    where + " " + parameter.getType().getSimpleName(),
                                    field.getType(),
                                    field.getName(),
                                    field);
                        }
                    } else {
                        add(sent, where, parameter.getType(), parameter.getName(), parameter);
                    }
                }
            }
        }
        return sent;
    }

    private static void add(List<Sent> sent, String where, Class<?> type, String javaName, AnnotatedElement element) {
        RestQuery query = element.getAnnotation(RestQuery.class);
        RestPath path = element.getAnnotation(RestPath.class);
        String given = query != null ? query.value() : path != null ? path.value() : null;
        if (given != null) {
            sent.add(new Sent(where, type, given.isEmpty() ? javaName : given, element));
        }
    }

    private static List<Class<?>> resources() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.github.recordaccess.api", "io.github.recordaccess.pages")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(Path.class))
                        .map(JavaClass::reflect)
                        .<Class<?>>map(c -> c)
                        .toList();
    }

    @Test
    void theFieldsOfABeanParamAreAmongTheParametersChecked() {
        assertThat(parameters())
                .anySatisfy(p -> assertThat(p.element()).isInstanceOf(Field.class))
                .anySatisfy(p -> assertThat(p.where()).startsWith("PagesResource."));
    }

    @Test
    void eachConvertedTypeIsTheParameterItsRefusalsName() {
        List<Sent> named = parameters().stream()
                .filter(p -> ParamConverters.NAMES.containsKey(p.type()))
                .toList();
        assertThat(named)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.name())
                        .as(p.where() + " " + p.type().getSimpleName())
                        .isEqualTo(ParamConverters.NAMES.get(p.type())));
        assertThat(named.stream().map(Sent::type).distinct())
                .containsExactlyInAnyOrderElementsOf(ParamConverters.NAMES.keySet());
    }

    @Test
    void everyIntegerParameterHasAMinimumThatRefusesAMalformedValue() {
        assertThat(parameters().stream().filter(p -> p.type() == Integer.class))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.element().getAnnotation(Min.class))
                        .as(p.where() + " " + p.name())
                        .isNotNull()
                        .satisfies(min -> assertThat(min.value()).isNotNegative()));
    }
}
