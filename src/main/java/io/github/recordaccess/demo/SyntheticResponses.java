package io.github.recordaccess.demo;

import io.github.recordaccess.demo.FhirStore.Stored;
import java.util.List;

/** The JSON the synthetic server answers with, shaped as HAPI FHIR JPA shapes it. */
final class SyntheticResponses {

    private SyntheticResponses() {}

    /** One searchset page, written by hand from each resource's stored JSON; the first page carries the total. */
    static String bundle(String baseUrl, String id, List<Stored> matches, int offset, int count, boolean first) {
        int end = Math.min(matches.size(), offset + count);
        StringBuilder json = new StringBuilder(256 + (end - offset) * 512)
                .append("{\"resourceType\":\"Bundle\",\"id\":\"")
                .append(id)
                .append("\",\"type\":\"searchset\"");
        if (first) {
            json.append(",\"total\":").append(matches.size());
        }
        if (end < matches.size()) {
            json.append(",\"link\":[{\"relation\":\"next\",\"url\":\"")
                    .append(baseUrl)
                    .append("?_getpages=")
                    .append(id)
                    .append("&_getpagesoffset=")
                    .append(end)
                    .append("&_count=")
                    .append(count)
                    .append("&_bundletype=searchset\"}]");
        }
        if (end > offset) {
            json.append(",\"entry\":[");
            for (int i = offset; i < end; i++) {
                Stored s = matches.get(i);
                json.append(i > offset ? "," : "")
                        .append("{\"fullUrl\":\"")
                        .append(baseUrl)
                        .append('/')
                        .append(s.type())
                        .append('/')
                        .append(s.id())
                        .append("\",\"resource\":")
                        .append(s.json())
                        .append(",\"search\":{\"mode\":\"match\"}}");
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    static String outcome(String code, String diagnostics) {
        return "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"" + code
                + "\",\"diagnostics\":\"" + diagnostics.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}";
    }

    static final String CAPABILITY =
            "{\"resourceType\":\"CapabilityStatement\",\"status\":\"active\",\"date\":\"2024-01-01\","
                    + "\"kind\":\"instance\",\"fhirVersion\":\"4.0.1\",\"format\":[\"json\"],\"rest\":[{\"mode\":\"server\"}]}";
}
