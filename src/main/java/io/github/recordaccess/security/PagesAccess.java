package io.github.recordaccess.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The pages' sign-in, beyond what quarkus-oidc's "web" tenant holds ({@code access.pages.*}). */
@ConfigMapping(prefix = "access.pages")
public interface PagesAccess {

    /**
     * The host names the pages answer for when their sign-in is on (the sign-in redirect URI names the request's host).
     * No default: the service refuses to start with sign-in on and none given. Dev mode and tests allow loopback.
     */
    Optional<List<String>> allowedHosts();

    /**
     * Whether sign-out also ends the person's session at the identity provider (RP-initiated logout, through its
     * end-session endpoint). Default false: sign-out ends the session here only.
     */
    @WithDefault("false")
    boolean signOutAtProvider();
}
