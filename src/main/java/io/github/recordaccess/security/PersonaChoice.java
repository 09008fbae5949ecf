package io.github.recordaccess.security;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Dev mode's stand-in for an identity provider: the persona a person chose on the personas page, if any. Only a
 * dev-mode bean implements it, so in production no bean exists and no cookie can give a scope.
 */
public interface PersonaChoice {

    /** The chosen persona's scope, or empty when none is chosen (dev mode then acts as before: everything). */
    Optional<Scope> chosen(RoutingContext request);
}
