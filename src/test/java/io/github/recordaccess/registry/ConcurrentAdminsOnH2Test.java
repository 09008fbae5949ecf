package io.github.recordaccess.registry;

import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Concurrent registry changes on the embedded H2 database (the same application as {@link RegistryOnH2Test}). */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class ConcurrentAdminsOnH2Test extends ConcurrentAdminsContract {}
