package io.github.recordaccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.ApiResources;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutesTest {

    @Test
    void everyResourceMethodIsAListedRoute() {
        assertThat(templatesOf(ApiResources.all())).containsExactlyInAnyOrderElementsOf(Routes.API);
    }

    @Test
    void everyPageIsAListedRoute() {
        assertThat(templatesOf(List.of(
                        io.github.recordaccess.pages.PagesResource.class,
                        io.github.recordaccess.pages.SignOutResource.class,
                        io.github.recordaccess.pages.PracticeRefreshResource.class,
                        io.github.recordaccess.pages.DevPersonasResource.class)))
                .containsExactlyInAnyOrderElementsOf(Routes.PAGES);
    }

    private static List<String> templatesOf(List<Class<?>> resources) {
        List<String> templates = new ArrayList<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                if (Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class))) {
                    Path path = method.getAnnotation(Path.class);
                    String template = path == null ? base : (base + "/" + path.value()).replaceAll("/+", "/");
                    templates.add(
                            template.length() > 1 && template.endsWith("/")
                                    ? template.substring(0, template.length() - 1)
                                    : template);
                }
            }
        }
        return templates.stream().distinct().toList();
    }

    @Test
    void signOutIsAFormThatPostsAndAPageThatShowsIt() {
        assertThat(Routes.allowedMethods("/sign-out")).isEqualTo("GET, POST");
        assertThat(Routes.allowedMethods("/signed-out")).isEqualTo("GET");
        assertThat(Routes.isPage("/sign-out")).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/patients/9990000018/access-recommendation   | /api/v1/patients/{nhsNumber}/access-recommendation",
                "/api/v1/patients/anything/access-recommendation/    | /api/v1/patients/{nhsNumber}/access-recommendation",
                "/api/v1/patients//access-recommendation             | UNMATCHED",
                "/api/v1/patients/9990000018/access-recommendation/x | UNMATCHED",
                "/api/v1/practices/A12345/summary                    | /api/v1/practices/{odsCode}/summary",
                "/api/v1/practices/A12345/checklist                  | /api/v1/practices/{odsCode}/checklist",
                "/api/v1/practices/A12345/access-recommendations     | /api/v1/practices/{odsCode}/access-recommendations",
                "/api/v1/practices                                   | /api/v1/practices",
                "/api/v1/practices/                                  | /api/v1/practices",
                "/api/v1/patients/9990000018                         | UNMATCHED",
                "/q/metrics                                          | UNMATCHED",
                "/                                                   | /",
                "/practices/A12345                                   | /practices/{odsCode}",
                "/patients/9990000018                                | /patients/{nhsNumber}",
                "/practices/A12345/extra                             | UNMATCHED",
                "/static/nhsuk/nhsuk-frontend.min.css                | UNMATCHED",
                "/sign-out                                           | /sign-out",
            })
    void aPathIsNamedByItsTemplateOrUnmatched(String path, String name) {
        assertThat(Routes.nameOf(path)).isEqualTo(name);
    }
}
