package io.github.recordaccess.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a patient-data resource method says about its own call, for the audit event written after it answers. */
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

    Map<String, Object> fields() {
        return fields;
    }
}
