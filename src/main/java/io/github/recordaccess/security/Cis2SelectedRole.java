package io.github.recordaccess.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The role a person chose when signing in with NHS CIS2, and what it gives here. CIS2 puts the chosen role's id in
 * the ID token ({@code selected_roleid}, scope {@code selectedrole}) and every role the person holds in userinfo
 * ({@code nhsid_nrbac_roles}, scope {@code nationalrbacaccess}), each with its organisation ({@code org_code}), its
 * national RBAC role code ({@code role_code}, e.g. {@code S8000:G8000:R8000}) and activity codes. CIS2 knows none of
 * the service's roles: {@code access.scope.cis2.roles} maps role codes (whole, or one part) and activity codes to them.
 *
 * @param roles the service's roles the selected role gives; empty when none
 * @param organisation the selected role's ODS code, or null
 * @param why when nothing is given, why (for the log; never a person's details)
 */
record Cis2SelectedRole(Set<String> roles, String organisation, String why) {

    static Cis2SelectedRole of(String selectedRoleId, JsonArray nrbacRoles, Map<String, List<String>> map) {
        if (selectedRoleId == null || selectedRoleId.isBlank()) {
            return nothing("the ID token has no selected_roleid (request the selectedrole scope)");
        }
        if (nrbacRoles == null) {
            return nothing("userinfo has no nhsid_nrbac_roles (request the nationalrbacaccess scope and userinfo)");
        }
        Optional<JsonObject> selected = nrbacRoles.stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .filter(r -> selectedRoleId.equals(text(r, "person_roleid")))
                .findFirst();
        if (selected.isEmpty()) {
            return nothing("no entry of nhsid_nrbac_roles has the selected role's person_roleid");
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String code : codesOf(selected.get())) {
            // Upper-cased: a key set through an environment variable may arrive in lower case.
            map.forEach((key, given) -> {
                if (key.trim().equalsIgnoreCase(code)) {
                    roles.addAll(given);
                }
            });
        }
        String organisation = text(selected.get(), "org_code");
        if (roles.isEmpty()) {
            return new Cis2SelectedRole(
                    Set.of(),
                    organisation,
                    "access.scope.cis2.roles maps none of the selected " + "role's codes " + codesOf(selected.get()));
        }
        return new Cis2SelectedRole(Set.copyOf(roles), organisation, null);
    }

    /** The whole role code, each of its parts, and each activity code. */
    static List<String> codesOf(JsonObject role) {
        List<String> codes = new ArrayList<>();
        String roleCode = text(role, "role_code");
        if (roleCode != null) {
            codes.add(roleCode);
            for (String part : roleCode.split(":", -1)) {
                if (!part.isBlank() && !part.equals(roleCode)) {
                    codes.add(part);
                }
            }
        }
        JsonValue activities = role.get("activity_codes");
        if (activities != null && activities.getValueType() == JsonValue.ValueType.ARRAY) {
            activities.asJsonArray().stream()
                    .filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString())
                    .forEach(codes::add);
        }
        return codes;
    }

    private static Cis2SelectedRole nothing(String why) {
        return new Cis2SelectedRole(Set.of(), null, why);
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
