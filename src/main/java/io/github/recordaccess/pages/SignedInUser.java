package io.github.recordaccess.pages;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in, as the pages' header shows it ({@code user} in every template). Only a person signed in through the
 * pages' sign-in (the authorization code flow: their identity holds an ID token) is signed in here; dev mode, the
 * tests and a bearer token are not. The name is the ID token's {@code name}, else its {@code preferred_username}, and
 * never any other claim; without either the header shows only "Sign out".
 */
public record SignedInUser(boolean signedIn, String name) {

    static final SignedInUser NOBODY = new SignedInUser(false, "");

    static SignedInUser of(SecurityIdentity identity) {
        if (identity == null
                || identity.isAnonymous()
                || identity.getCredential(IdTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return NOBODY;
        }
        String name = text(idToken.getClaim("name"));
        return new SignedInUser(true, name.isEmpty() ? text(idToken.getClaim("preferred_username")) : name);
    }

    /** A claim's text: smallrye-jwt gives claims the MicroProfile JWT names as strings, others as JSON values. */
    private static String text(Object claim) {
        String text = claim instanceof JsonString json ? json.getString() : claim instanceof String s ? s : "";
        return text.strip();
    }
}
