package io.github.recordaccess.it;

import io.github.recordaccess.fixtures.WireMockFhirResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.security.KeyPair;
import java.util.Map;

/** A private-key JWT signed with RS384, as SMART Backend Services allows. */
@QuarkusTest
@WithTestResource(WireMockFhirResource.class)
@TestProfile(RS384ClientAssertionTest.Profile.class)
class RS384ClientAssertionTest extends ClientAssertionContract {

    static final KeyPair KEYS = generate("RS384");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return profile("RS384", KEYS);
        }
    }

    @Override
    String algorithm() {
        return "RS384";
    }

    @Override
    String jcaSignature() {
        return "SHA384withRSA";
    }

    @Override
    KeyPair keys() {
        return KEYS;
    }
}
