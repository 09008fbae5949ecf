package io.github.recordaccess.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * OAuth2 client-credentials tokens (RFC 6749 §4.4) for the FHIR server, authenticated with a client
 * secret or a private-key JWT (RFC 7523). A token is reused until shortly before it expires. Tokens
 * and secrets are never logged.
 */
final class ClientCredentialsTokens implements AccessTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FhirConfig.Auth auth;
    private final String tokenUrl;
    private final String clientId;
    private final PrivateKey privateKey;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private Token token;

    private record Token(String value, Instant renewAt) {
    }

    ClientCredentialsTokens(FhirConfig config, java.util.Optional<SSLContext> ssl, Clock clock) {
        this.auth = config.auth();
        this.tokenUrl = auth.tokenUrl().orElseThrow(() -> new ConfigurationException("FHIR_AUTH_TOKEN_URL is not set although FHIR_AUTH_TYPE is client-credentials."));
        this.clientId = auth.clientId().orElseThrow(() -> new ConfigurationException("FHIR_AUTH_CLIENT_ID is not set although FHIR_AUTH_TYPE is client-credentials."));
        if (auth.clientSecret().isEmpty() && auth.privateKey().isEmpty()) {
            throw new ConfigurationException("Set FHIR_AUTH_CLIENT_SECRET or FHIR_AUTH_PRIVATE_KEY for FHIR_AUTH_TYPE client-credentials.");
        }
        this.privateKey = auth.privateKey().map(ClientCredentialsTokens::readKey).orElse(null);
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.connectTimeout());
        ssl.ifPresent(builder::sslContext);
        this.http = builder.build();
        this.timeout = config.readTimeout();
        this.clock = clock;
    }

    @Override
    public synchronized String current() {
        if (token == null || !clock.instant().isBefore(token.renewAt())) {
            token = fetch();
        }
        return token.value();
    }

    @Override
    public synchronized boolean invalidate() {
        token = null;
        return true;
    }

    private Token fetch() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        auth.scope().ifPresent(scope -> form.put("scope", scope));
        form.put("client_id", clientId);
        if (privateKey != null) {
            form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
            form.put("client_assertion", assertion());
        } else {
            form.put("client_secret", auth.clientSecret().get());
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new FhirServerException(FhirServerException.Kind.UNAVAILABLE, "fetch FHIR access token",
                        "The FHIR server's token endpoint answered HTTP " + response.statusCode() + ".", response.statusCode(), response.statusCode() >= 500);
            }
            JsonNode json = JSON.readTree(response.body());
            String value = json.path("access_token").asText(null);
            if (value == null || value.isBlank()) {
                throw new FhirServerException(FhirServerException.Kind.UNAVAILABLE, "fetch FHIR access token",
                        "The FHIR server's token endpoint returned no access_token.");
            }
            long expiresIn = json.path("expires_in").asLong(300);
            Instant renewAt = clock.instant().plusSeconds(expiresIn).minus(auth.refreshBefore());
            Log.debugf("Fetched a FHIR access token valid for %d s", expiresIn);
            return new Token(value, renewAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FhirServerException(FhirServerException.Kind.UNAVAILABLE, "fetch FHIR access token", "Fetching the FHIR access token was interrupted.");
        } catch (java.io.IOException e) {
            throw new FhirServerException(FhirServerException.Kind.UNAVAILABLE, "fetch FHIR access token",
                    "The FHIR server's token endpoint could not be reached.", 0, true);
        }
    }

    /** A short-lived RS256 client assertion: iss = sub = client id, aud = token endpoint. */
    private String assertion() {
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", clientId);
        claims.put("sub", clientId);
        claims.put("aud", tokenUrl);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(300).getEpochSecond());
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("could not sign the client assertion", e);
        }
    }

    private static PrivateKey readKey(String pem) {
        try {
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new ConfigurationException("FHIR_AUTH_PRIVATE_KEY is not a PEM PKCS#8 RSA private key.");
        }
    }
}
