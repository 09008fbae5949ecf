package io.github.recordaccess.registry;

import io.github.recordaccess.fixtures.OnPostgres;
import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The registry on a real PostgreSQL server, set through QUARKUS_DATASOURCE_JDBC_URL as a deployment does. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(OnPostgres.class)
class RegistryOnPostgresTest extends RegistryContract {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
