package io.github.recordaccess.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.ApiResources;
import io.github.recordaccess.pages.PagesResource;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource method that reads practice or patient data declares what it reads ({@link Reads}), so that {@link
 * ScopedReads} holds it to the caller's scope; the admin routes are the admin role's, and declare nothing.
 */
class ScopedReadsTest {

    @Test
    void everyReadOfTheApiAndThePagesDeclaresWhatItReads() {
        List<String> undeclared = new ArrayList<>();
        for (Method method : readMethods()) {
            if (method.getAnnotation(Reads.class) == null) {
                undeclared.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
        }
        assertThat(undeclared).isEmpty();
        assertThat(readMethods()).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void aMethodWithAPracticeInItsPathReadsThatPractice() {
        for (Method method : readMethods()) {
            if (template(method).contains("{odsCode}")) {
                assertThat(method.getAnnotation(Reads.class).value())
                        .as(method.toString())
                        .isIn(Reads.Level.PATIENTS_OF_PRACTICE, Reads.Level.FIGURES_OF_PRACTICE);
            }
        }
    }

    private static List<Method> readMethods() {
        return Stream.concat(ApiResources.all().stream(), Stream.of(PagesResource.class))
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .filter(m -> Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                .filter(m -> !template(m).startsWith("/api/v1/admin/"))
                .toList();
    }

    private static String template(Method method) {
        String base = method.getDeclaringClass().getAnnotation(Path.class).value();
        Path path = method.getAnnotation(Path.class);
        return (path == null ? base : base + "/" + path.value()).replaceAll("/+", "/");
    }
}
