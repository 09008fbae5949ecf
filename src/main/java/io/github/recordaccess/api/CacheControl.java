package io.github.recordaccess.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Reads the request's Cache-Control: {@code no-cache} (or {@code max-age=0}) asks for a fresh evaluation. */
final class CacheControl {

    private CacheControl() {}

    static boolean noCache(HttpHeaders headers) {
        for (String value : headers.getRequestHeader(HttpHeaders.CACHE_CONTROL) == null
                ? java.util.List.<String>of()
                : headers.getRequestHeader(HttpHeaders.CACHE_CONTROL)) {
            String v = value.toLowerCase(Locale.ROOT).replace(" ", "");
            if (v.contains("no-cache") || v.contains("max-age=0")) {
                return true;
            }
        }
        return false;
    }
}
