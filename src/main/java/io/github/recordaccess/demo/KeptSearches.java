package io.github.recordaccess.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Searches whose matches span more than one page, kept for their next links; the oldest are forgotten. */
final class KeptSearches {

    private static final int KEPT = 2000;

    private final Map<String, List<FhirStore.Stored>> searches =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<FhirStore.Stored>> eldest) {
                    return size() > KEPT;
                }
            });

    void keep(String id, List<FhirStore.Stored> matches) {
        searches.put(id, matches);
    }

    List<FhirStore.Stored> get(String id) {
        return searches.get(id);
    }
}
