package io.github.recordaccess.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The OpenAPI document's security scheme, so that Swagger UI's "Authorize" gets a token: OpenID Connect discovery from
 * the identity provider the service trusts ({@code quarkus.oidc.auth-server-url}, read when the application starts, so
 * a deployment's own provider appears), or, without one (dev mode, a fixed public key), a bearer token to paste. Every
 * operation under /api references it; health, metrics and the document itself are open and do not. Access is decided
 * by the path policies in application.properties, not by annotations, so Quarkus cannot add these references itself.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiSecurityScheme implements OASFilter {

    /** The scheme's name when the identity provider is known. */
    static final String OIDC = "oidc";
    /** The scheme's name when only a token can be pasted. */
    static final String BEARER = "bearer";

    static final String DISCOVERY = "/.well-known/openid-configuration";

    private final Optional<String> issuer;

    public ApiSecurityScheme() {
        this(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .filter(url -> !url.isBlank()));
    }

    ApiSecurityScheme(Optional<String> issuer) {
        this.issuer = issuer;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String name = issuer.isPresent() ? OIDC : BEARER;
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.setSecuritySchemes(null);
        components.addSecurityScheme(name, scheme());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        SecurityRequirement requirement = OASFactory.createSecurityRequirement().addScheme(name);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> operation.setSecurity(null));
                item.getOperations().values().forEach(operation -> operation.addSecurityRequirement(requirement));
            }
        });
    }

    private SecurityScheme scheme() {
        return issuer.map(url -> OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl(stripSlash(url) + DISCOVERY)
                        .description("Sign in at the identity provider, or use a client's credentials (a dashboard: "
                                + "docs/dashboards.md). The token needs one of the roles record-access-practice, "
                                + "record-access-icb or record-access-reader (record-access-admin for /api/v1/admin)."))
                .orElseGet(() -> OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Paste an access token from the identity provider (no provider is configured "
                                + "for discovery here; in dev mode the API needs no token)."));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
