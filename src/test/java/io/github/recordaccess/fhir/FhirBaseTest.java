package io.github.recordaccess.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which URLs lie inside the configured base URL, and how a foreign next link is rebased onto it. */
class FhirBaseTest {

    static final FhirBase BASE = new FhirBase("https://fhir.example.org:8443/R4");
    static final Set<String> TYPES = Set.of("Patient", "Observation", "Condition");

    @ParameterizedTest(name = "{0} inside: {1}")
    @CsvSource({
        "https://fhir.example.org:8443/R4/Patient?identifier=x, true",
        "https://fhir.example.org:8443/R4?_getpages=abc&_getpagesoffset=3, true",
        "https://FHIR.example.org:8443/R4/Patient, true",
        "https://fhir.example.org:8443/R4/, true",
        "?_getpages=abc, true",
        "Patient?_count=3, true",
        "http://fhir.example.org:8443/R4/Patient, false",
        "https://fhir.example.org/R4/Patient, false",
        "https://fhir.example.org:8444/R4/Patient, false",
        "https://other.example.org:8443/R4/Patient, false",
        "https://fhir.example.org:8443/R4x/Patient, false",
        "https://fhir.example.org:8443/R5/Patient, false",
        "https://fhir.example.org:8443/R4/../admin, false",
        "https://fhir.example.org:8443/R4/%2e%2e/admin, false",
        "https://fhir.example.org:8443/R4%2F..%2Fadmin, false",
        "https://user@fhir.example.org:8443/R4/Patient, false",
        "https://fhir.example.org:8443.evil.org/R4/Patient, false",
        "not a url, false"
    })
    void aUrlIsInsideOnlyWithTheSameSchemeHostPortAndPathPrefix(String url, boolean inside) {
        assertThat(BASE.contains(url)).isEqualTo(inside);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "http://10.0.0.7:8080/fhir?_getpages=abc&_getpagesoffset=3, https://fhir.example.org:8443/R4?_getpages=abc&_getpagesoffset=3",
        "http://hapi:8080/baseR4/Patient?_offset=500&_count=500, https://fhir.example.org:8443/R4/Patient?_offset=500&_count=500",
        "http://internal/a/b/Observation/_search?page=2, https://fhir.example.org:8443/R4/Observation/_search?page=2",
        "http://internal/?_getpages=x, https://fhir.example.org:8443/R4?_getpages=x"
    })
    void aRebasedLinkKeepsItsFhirPartUnderTheConfiguredBase(String link, String rebased) {
        String result = BASE.rebased(URI.create(link), TYPES::contains);

        assertThat(result).isEqualTo(rebased);
        assertThat(BASE.contains(result)).isTrue();
    }

    @ParameterizedTest(name = "{0} inside {1}: {2}")
    @CsvSource({
        "http://localhost:8090/fhir/, http://localhost:8090/fhir/Patient, true",
        "http://localhost:8090/fhir/, http://localhost:8090/fhirx, false",
        "http://localhost:80/, http://localhost/anything, true",
        "http://localhost, http://localhost:80/Patient, true"
    })
    void aBaseWithATrailingSlashOrDefaultPortMeansTheSame(String base, String url, boolean inside) {
        assertThat(new FhirBase(base).contains(url)).isEqualTo(inside);
    }
}
