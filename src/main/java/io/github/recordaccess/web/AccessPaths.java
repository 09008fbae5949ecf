package io.github.recordaccess.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Which paths are open and which need a caller: read from the {@code quarkus.http.auth.permission.*}
 * settings that open and close them, so the two cannot disagree. Public paths are those of a permission
 * whose policy is {@code permit}; protected paths those of any other policy.
 */
@ApplicationScoped
public class AccessPaths {

    private static final String PREFIX = "quarkus.http.auth.permission.";

    private final List<String> open = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();

    public AccessPaths(Config config) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.endsWith(".policy")) {
                boolean permit = "permit"
                        .equals(config.getOptionalValue(name, String.class).orElse(""));
                String paths = name.substring(0, name.length() - ".policy".length()) + ".paths";
                config.getOptionalValues(paths, String.class).orElse(List.of()).forEach((permit ? open : closed)::add);
            }
        }
    }

    /** Open to anyone: the Authorization header is not even looked at. */
    public boolean contains(String path) {
        return open.stream().anyMatch(p -> matches(p, path));
    }

    /** Needs an authenticated caller. */
    public boolean isProtected(String path) {
        return !contains(path) && closed.stream().anyMatch(p -> matches(p, path));
    }

    private static boolean matches(String pattern, String path) {
        return pattern.endsWith("/*")
                ? path.equals(pattern.substring(0, pattern.length() - 2))
                        || path.startsWith(pattern.substring(0, pattern.length() - 1))
                : path.equals(pattern);
    }
}
