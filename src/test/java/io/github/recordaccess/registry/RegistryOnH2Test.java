package io.github.recordaccess.registry;

import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The registry on the embedded H2 database: what dev mode and a one-replica jar use. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class RegistryOnH2Test extends RegistryContract {

    @Override
    String expectedDatabase() {
        return "H2";
    }
}
