package io.github.recordaccess.registry;

import io.github.recordaccess.fixtures.OnPostgres;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Concurrent registry changes on a real PostgreSQL server (the same application as {@link RegistryOnPostgresTest}). */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(OnPostgres.class)
class ConcurrentAdminsOnPostgresTest extends ConcurrentAdminsContract {}
