package io.github.recordaccess.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/** The scheme Swagger UI's "Authorize" uses comes from the configured identity provider, and every API call names it. */
class ApiSecuritySchemeTest {

    @Test
    void theIdentityProvidersDiscoveryDocumentIsTheOpenIdConnectUrl() {
        OpenAPI document = document();
        new ApiSecurityScheme(Optional.of("https://idp.example.org/realms/icb/")).filterOpenAPI(document);

        SecurityScheme scheme = document.getComponents().getSecuritySchemes().get(ApiSecurityScheme.OIDC);
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.OPENIDCONNECT);
        assertThat(scheme.getOpenIdConnectUrl())
                .isEqualTo("https://idp.example.org/realms/icb/.well-known/openid-configuration");
        assertThat(document.getComponents().getSecuritySchemes()).containsOnlyKeys(ApiSecurityScheme.OIDC);
        assertThat(schemesOf(document, "/api/v1/practices")).containsExactly(ApiSecurityScheme.OIDC);
        assertThat(schemesOf(document, "/api/v1/admin/practices")).containsExactly(ApiSecurityScheme.OIDC);
    }

    @Test
    void withoutAnIdentityProviderATokenCanBePasted() {
        OpenAPI document = document();
        new ApiSecurityScheme(Optional.empty()).filterOpenAPI(document);

        SecurityScheme scheme = document.getComponents().getSecuritySchemes().get(ApiSecurityScheme.BEARER);
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(schemesOf(document, "/api/v1/practices")).containsExactly(ApiSecurityScheme.BEARER);
    }

    @Test
    void openPathsReferenceNoScheme() {
        OpenAPI document = document();
        new ApiSecurityScheme(Optional.of("https://idp.example.org")).filterOpenAPI(document);

        assertThat(document.getPaths().getPathItem("/q/health").getGET().getSecurity())
                .isNullOrEmpty();
    }

    private static OpenAPI document() {
        return OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/practices", OASFactory.createPathItem().GET(operation()))
                        .addPathItem(
                                "/api/v1/admin/practices",
                                OASFactory.createPathItem().GET(operation()).PUT(operation()))
                        .addPathItem("/q/health", OASFactory.createPathItem().GET(operation())));
    }

    private static Operation operation() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses());
    }

    private static List<String> schemesOf(OpenAPI document, String path) {
        return document.getPaths().getPathItem(path).getOperations().values().stream()
                .flatMap(operation -> operation.getSecurity().stream())
                .flatMap(requirement -> requirement.getSchemes().keySet().stream())
                .distinct()
                .toList();
    }
}
