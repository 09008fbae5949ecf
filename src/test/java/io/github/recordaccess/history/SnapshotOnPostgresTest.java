package io.github.recordaccess.history;

import io.github.recordaccess.fixtures.OnPostgres;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same on a real PostgreSQL server: the window queries and the tick claims must hold on both engines. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(OnPostgres.class)
class SnapshotOnPostgresTest extends SnapshotContract {}
