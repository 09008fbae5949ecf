package io.github.recordaccess.security;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

/**
 * Refuses tokens whose times no identity provider of ours would give: issued in the future (an {@code iat} later than
 * now plus {@code access.token-clock-skew}), or valid for longer than {@code access.max-token-lifetime} from now. A
 * stolen or forged-at-the-provider token that lives for a hundred years would otherwise open the service for as long.
 * quarkus-oidc checks signature, issuer, audience and expiry; it runs this jose4j validator beside them for every
 * tenant, so the API's bearer tokens and the pages' ID tokens alike, and a refusal is its usual 401.
 */
@Unremovable
@ApplicationScoped
public class TokenTimesValidator implements Validator {

    private final Clock clock;
    private final Duration skew;
    private final Duration maxLifetime;

    public TokenTimesValidator(Clock clock, TokenTimes times) {
        this.clock = clock;
        this.skew = times.tokenClockSkew();
        this.maxLifetime = times.maxTokenLifetime();
    }

    @Override
    public String validate(JwtContext context) throws MalformedClaimException {
        JwtClaims claims = context.getJwtClaims();
        long now = clock.instant().getEpochSecond();
        NumericDate issuedAt = claims.getIssuedAt();
        if (issuedAt != null && issuedAt.getValue() > now + skew.toSeconds()) {
            return "The token was issued in the future (iat more than " + skew.toSeconds() + " s ahead of this clock).";
        }
        NumericDate expires = claims.getExpirationTime();
        if (expires == null) {
            return "The token has no expiry (exp).";
        }
        if (expires.getValue() > now + maxLifetime.toSeconds() + skew.toSeconds()) {
            return "The token is valid for longer than " + maxLifetime + " from now (exp).";
        }
        return null;
    }
}
