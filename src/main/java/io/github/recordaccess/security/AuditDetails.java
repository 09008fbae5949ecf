package io.github.recordaccess.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an audited resource method says about its own call, for the audit event written after it answers. */
@RequestScoped
public class AuditDetails {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public void nhsNumbers(List<String> nhsNumbers) {
        fields.put("nhsNumbers", nhsNumbers);
    }

    public void practice(String odsCode) {
        fields.put("practice", odsCode);
    }

    public void query(Set<String> parameterNames) {
        fields.put("query", parameterNames);
    }

    public void returned(int patients, String format) {
        fields.put("format", format);
        fields.put("patientsReturned", patients);
    }

    /** A registry change: how many practices the registry holds after it. */
    public void registrySize(int practices) {
        fields.put("practicesRegistered", practices);
    }

    Map<String, Object> fields() {
        return fields;
    }
}
