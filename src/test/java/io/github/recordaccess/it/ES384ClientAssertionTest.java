package io.github.recordaccess.it;

import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.security.KeyPair;
import java.util.Map;

/** A private-key JWT signed with ES384, as SMART Backend Services allows. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(ES384ClientAssertionTest.Profile.class)
class ES384ClientAssertionTest extends ClientAssertionContract {

    static final KeyPair KEYS = generate("ES384");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return profile("ES384", KEYS);
        }
    }

    @Override
    String algorithm() {
        return "ES384";
    }

    @Override
    String jcaSignature() {
        return "SHA384withECDSAinP1363Format";
    }

    @Override
    KeyPair keys() {
        return KEYS;
    }
}
