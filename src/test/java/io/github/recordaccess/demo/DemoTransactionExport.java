package io.github.recordaccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.fixtures.FhirFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The demo practices as one FHIR transaction of PUTs, for loading into a real server (deploy/README.md).
 * Writes the file when {@code -Ddemo.export=PATH} is given.
 */
class DemoTransactionExport {

    static Bundle transaction(List<Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (Resource resource : resources) {
            String url = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            bundle.addEntry()
                    .setFullUrl(url)
                    .setResource(resource)
                    .getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT)
                    .setUrl(url);
        }
        return bundle;
    }

    @Test
    void everyDemoResourceIsAnIdempotentPut() throws IOException {
        List<Resource> resources = DemoPractices.resources();
        Bundle bundle = FhirFixtures.roundTrip(transaction(resources));

        assertThat(bundle.getEntry())
                .hasSize(resources.size())
                .allSatisfy(e -> assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT));
        String target = System.getProperty("demo.export");
        if (target != null) {
            Files.writeString(Path.of(target), FhirFixtures.toJson(bundle));
        }
    }
}
