package io.github.recordaccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.json.JsonString;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The header's name: the ID token's name, else its preferred_username; nobody without a sign-in. */
class SignedInUserTest {

    @Test
    void theNameClaimComesFirst() {
        SignedInUser user = SignedInUser.of(signedIn(Map.of(
                "name", json("Florence Nightingale"),
                "preferred_username", "florence.nightingale@nhs.net",
                "email", "f.n@example.org")));

        assertThat(user).isEqualTo(new SignedInUser(true, "Florence Nightingale"));
    }

    @Test
    void thenThePreferredUsername() {
        assertThat(SignedInUser.of(signedIn(Map.of("preferred_username", "alice", "name", json("  ")))))
                .isEqualTo(new SignedInUser(true, "alice"));
    }

    @Test
    void neverAnyOtherClaim() {
        SignedInUser user =
                SignedInUser.of(signedIn(Map.of("email", "f.n@example.org", "upn", "fn", "given_name", "Florence")));

        assertThat(user).isEqualTo(new SignedInUser(true, ""));
    }

    @Test
    void nobodyIsSignedInWithoutAnIdToken() {
        JsonWebToken accessToken = token(Map.of("preferred_username", "a-client"));
        SecurityIdentity bearer = identity(accessToken, new AccessTokenCredential("eyJ.a.b"));

        assertThat(SignedInUser.of(bearer)).isEqualTo(SignedInUser.NOBODY);
        assertThat(SignedInUser.of(
                        QuarkusSecurityIdentity.builder().setAnonymous(true).build()))
                .isEqualTo(SignedInUser.NOBODY);
        assertThat(SignedInUser.of(null)).isEqualTo(SignedInUser.NOBODY);
    }

    private static SecurityIdentity signedIn(Map<String, Object> claims) {
        return identity(token(claims), new IdTokenCredential("eyJ.id.token"));
    }

    private static SecurityIdentity identity(JsonWebToken principal, Credential credential) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(principal)
                .addCredential(credential)
                .addRole("record-access-reader")
                .build();
    }

    /** A token with these claims (custom claims as smallrye-jwt gives them: JSON values). */
    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "subject-1";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    private static JsonString json(String value) {
        return new JsonString() {
            @Override
            public String getString() {
                return value;
            }

            @Override
            public CharSequence getChars() {
                return value;
            }

            @Override
            public ValueType getValueType() {
                return ValueType.STRING;
            }
        };
    }
}
