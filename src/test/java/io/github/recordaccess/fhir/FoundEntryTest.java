package io.github.recordaccess.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.rules.CodeSets;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** Two coded entries without ids could not be told apart, and dropping one as a duplicate could hide a 104. */
class FoundEntryTest {

    private final FhirFactsMapper mapper = new FhirFactsMapper(CodeSets.snomedDefaults());

    @Test
    void anEntryWithAnIdIsKeyedByTypeAndId() {
        Observation entry = FhirFixtures.observation("o-1", "p-1", FhirFixtures.code104(), "2024-01-01");
        FoundEntry found = FoundEntry.of(entry, mapper);
        assertThat(found.reference()).isEqualTo("Observation/o-1");
        assertThat(found.patientId()).isEqualTo("p-1");
    }

    @Test
    void anEntryWithoutAnIdFailsTheSearchInsteadOfBeingMergedAway() {
        Observation entry = FhirFixtures.observation("o-1", "p-1", FhirFixtures.code104(), "2024-01-01");
        entry.setId((String) null);
        assertThatThrownBy(() -> FoundEntry.of(entry, mapper))
                .isInstanceOf(FhirServerException.class)
                .satisfies(e -> assertThat(((FhirServerException) e).kind())
                        .isEqualTo(FhirServerException.Kind.INVALID_RESPONSE));
    }
}
