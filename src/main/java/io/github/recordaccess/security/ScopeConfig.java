package io.github.recordaccess.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Map;

/** Who may see which practice ({@code access.scope.*}): where a caller's organisations come from, and small numbers. */
@ConfigMapping(prefix = "access.scope")
public interface ScopeConfig {

    /** The token claim holding the caller's organisations: one ODS code, or an array of them. */
    @WithDefault("ods_codes")
    String odsClaim();

    /**
     * Counts of sensitive groups (safeguarding concerns) from 1 to this show as "fewer than" this plus one in
     * figures-only views, so that a named practice's count cannot point at a child.
     */
    @WithDefault("7")
    int smallNumber();

    /**
     * Sign-in to the pages with NHS Care Identity Service 2: the organisation is that of the person's selected role
     * (userinfo {@code nhsid_nrbac_roles}), and the roles come from {@link #cis2Roles()}, never from the token.
     */
    @WithName("cis2")
    @WithDefault("false")
    boolean cis2();

    /**
     * CIS2 national RBAC role codes (a whole {@code role_code}, or one of its {@code :}-separated parts) and activity
     * codes, each to the service's roles it gives. A CIS2 role that no entry names gets nothing.
     */
    @WithName("cis2.roles")
    Map<String, List<String>> cis2Roles();
}
