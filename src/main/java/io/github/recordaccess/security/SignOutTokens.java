package io.github.recordaccess.security;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token that the pages' sign-out form carries (CSRF protection): an HMAC-SHA256 of the person's own session, that
 * is of the ID token held in the encrypted session cookie. Only a page of ours, rendered for that session, can put it
 * in a form; another site sees neither the cookie nor our pages, so it cannot make a browser sign out. It needs no
 * cookie or store of its own, is valid exactly as long as the session, and every replica computes the same from the
 * secret the web tenant already shares ({@code quarkus.oidc.web.credentials.secret}, which also encrypts the session
 * cookie; else the token-state encryption secret). Without either, a random key makes the tokens good on this replica
 * only, as quarkus-oidc's own random cookie key would.
 *
 * <p>Not quarkus-rest-csrf: it needs the quarkus-qute extension, which cannot run in dev mode at this Quarkus version
 * (see PageTemplates), and it would set a cookie on every API answer too.
 */
@ApplicationScoped
public class SignOutTokens {

    /** The form field that carries the token. */
    public static final String FIELD = "csrf-token";

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    public SignOutTokens(
            @ConfigProperty(name = "quarkus.oidc.web.credentials.secret") Optional<String> clientSecret,
            @ConfigProperty(name = "quarkus.oidc.web.token-state-manager.encryption-secret")
                    Optional<String> encryptionSecret) {
        Optional<String> secret = clientSecret.or(() -> encryptionSecret).filter(s -> !s.isBlank());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        // A key of its own, derived from the shared secret, so that no token says anything about the secret itself.
        this.key = secret.map(s -> hmac(s.getBytes(StandardCharsets.UTF_8), "record-access sign-out form"))
                .orElse(random);
    }

    /** The token for the person signed in with {@code identity}'s session; empty for anyone else. */
    public String formToken(SecurityIdentity identity) {
        return idToken(identity)
                .map(id -> Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, id)))
                .orElse("");
    }

    /** True when {@code token} is the one a page of ours gave this session's form. */
    public boolean confirms(SecurityIdentity identity, String token) {
        String expected = formToken(identity);
        return token != null
                && !expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The token a page's other forms carry (the overview's refresh): the session's sign-out token for a person signed
     * in; where the pages are open without sign-in (dev mode, tests) one token of this replica's key, since there is no
     * session for another site to borrow, yet a post that carries no token is still refused.
     */
    public String pageFormToken(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, "open pages"));
        }
        return formToken(identity);
    }

    /** True when {@code token} is the one {@link #pageFormToken} gave this caller's page. */
    public boolean confirmsPageForm(SecurityIdentity identity, String token) {
        String expected = pageFormToken(identity);
        return token != null
                && !expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<String> idToken(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        IdTokenCredential id = identity.getCredential(IdTokenCredential.class);
        return id == null || id.getToken() == null ? Optional.empty() : Optional.of(id.getToken());
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
