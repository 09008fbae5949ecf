package io.github.recordaccess.history;

import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
class SnapshotOnH2Test extends SnapshotContract {}
