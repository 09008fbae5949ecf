package io.github.recordaccess.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.demo.DemoPractices;
import io.github.recordaccess.fixtures.DemoPatients;
import io.github.recordaccess.fixtures.OpenApiParameters;
import io.github.recordaccess.fixtures.SecuredProfile;
import io.github.recordaccess.fixtures.SyntheticFhirResource;
import io.github.recordaccess.fixtures.TestTokens;
import io.github.recordaccess.security.Scope;
import io.github.recordaccess.web.Routes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The leak test of issue 23: with a token for DEMOEMIS's staff, every read (GET) the published OpenAPI document lists
 * is called with every documented query parameter (each value of each enumeration, both booleans, the bounds of each
 * number, today and a past day for each date; {@code ods} as DEMOTPP, DEMOEMIS,DEMOTPP and DEMOEMIS), for both demo
 * practices' ODS codes and for patients of both, as JSON and as CSV. No answer (body or header) may hold the NHS
 * number or Patient id of a DEMOTPP patient, collected as a reader from DEMOTPP's list, less any that DEMOEMIS's list
 * holds too, but for the one the request itself sent (a problem's {@code instance} is the path asked for). The parameters are read from /q/openapi, so a parameter added there is called here too; one whose values
 * this test cannot tell fails it until it learns them.
 */
@QuarkusTest
@TestProfile(SecuredProfile.class)
@WithTestResource(SyntheticFhirResource.class)
class ScopeLeakTest {

    static final String EMIS = DemoPractices.EMIS_ODS;
    static final String TPP = DemoPractices.TPP_ODS;
    /** The one parameter whose values no schema can give: the overview's list of ODS codes. */
    static final Map<String, List<String>> BY_NAME = Map.of("ods", List.of(TPP, EMIS + "," + TPP, EMIS));

    static final List<String> ACCEPTS = List.of("application/json", "text/csv");
    /** How many of each practice's patients the patient endpoint is asked about. */
    static final int PATIENTS_ASKED = 4;

    /** One request: method, path and at most one query parameter. */
    record Call(String method, String template, String path, String parameter, String value, String accept) {
        Response send(String token) {
            RequestSpecification request = given().auth().oauth2(token).accept(accept);
            if (parameter != null) {
                request.queryParam(parameter, value);
            }
            return request.request(method, path);
        }

        /** Whether the request itself carries this identifier. */
        boolean sends(String identifier) {
            return path.contains(identifier) || (value != null && value.contains(identifier));
        }

        @Override
        public String toString() {
            return method + " " + path + (parameter == null ? "" : "?" + parameter + "=" + value) + " (" + accept + ")";
        }
    }

    @Test
    void demoEmisStaffSeeNoPatientOfDemoTppWhateverTheyAsk() {
        Set<String> tppOnly = DemoPatients.onlyAt(TPP, EMIS);
        assertThat(tppOnly).as("DEMOTPP's own patients, by number and id").hasSizeGreaterThan(100);
        Pattern tppPatient = anyOf(tppOnly);
        String emisStaff = TestTokens.withScope(List.of(Scope.PRACTICE), List.of(EMIS));

        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> answeredWithData = new java.util.TreeSet<>();
        List<Call> calls = calls(OpenApiParameters.document());
        for (Call call : calls) {
            Response response = call.send(emisStaff);
            String answer =
                    String.join(" ", response.asString(), response.headers().toString());
            Matcher leak = tppPatient.matcher(answer);
            while (leak.find()) {
                // What the caller sent may come back (a problem's instance is the path asked for): no leak.
                if (!call.sends(leak.group())) {
                    leaks.add(call + " -> " + response.statusCode() + " holds DEMOTPP's " + leak.group());
                    break;
                }
            }
            if (response.statusCode() >= 500) {
                failures.add(call + " -> " + response.statusCode() + " " + response.asString());
            }
            if (response.statusCode() == 200) {
                answeredWithData.add(call.template());
            }
        }

        assertThat(leaks).as("answers that hold a DEMOTPP patient").isEmpty();
        assertThat(failures).as("answers that failed").isEmpty();
        assertThat(answeredWithData)
                .as("the routes that answered DEMOEMIS's staff with data (so that the answers were worth searching)")
                .contains(
                        Routes.PATIENT_RECOMMENDATION,
                        Routes.PRACTICE_RECOMMENDATIONS,
                        Routes.PRACTICE_SUMMARY,
                        Routes.PRACTICE_CHECKLIST,
                        Routes.PRACTICE_HISTORY,
                        Routes.OVERVIEW);
    }

    @Test
    void theLeakTestWouldSeeALeak() {
        Set<String> tppOnly = DemoPatients.onlyAt(TPP, EMIS);
        String tppList = given().auth()
                .oauth2(TestTokens.reader())
                .accept("text/csv")
                .get("/api/v1/practices/" + TPP + "/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(anyOf(tppOnly).matcher(tppList).find())
                .as("a reader's DEMOTPP list holds DEMOTPP's patients")
                .isTrue();
        String emisList = given().auth()
                .oauth2(TestTokens.withScope(List.of(Scope.PRACTICE), List.of(EMIS)))
                .accept("text/csv")
                .get("/api/v1/practices/" + EMIS + "/access-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(anyOf(tppOnly).matcher(emisList).find())
                .as("DEMOEMIS's list, as its staff read it")
                .isFalse();
        assertThat(emisList).contains(DemoPatients.plainNhsNumber(EMIS));
    }

    /** Any of these identifiers, whole (not as part of a longer one). */
    static Pattern anyOf(Set<String> identifiers) {
        return Pattern.compile("(?<![A-Za-z0-9-])(?:"
                + identifiers.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![A-Za-z0-9-])");
    }

    /** Every operation, with no query parameter and then with each value of each, for every path value, both ways. */
    private static List<Call> calls(JsonPath openApi) {
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        assertThat(paths).as("the API's paths").isNotEmpty();
        List<Call> calls = new ArrayList<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!operation.getKey().equals("get")) {
                    // Reads only: the admin API's writes (PUT, DELETE, POST) answer no patient data to anyone.
                    continue;
                }
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                List<Map<String, Object>> parameters = OpenApiParameters.of(path.getValue(), operation.getKey());
                for (String concrete : concretePaths(path.getKey(), parameters)) {
                    for (String accept : ACCEPTS) {
                        calls.add(new Call(method, path.getKey(), concrete, null, null, accept));
                        for (Map<String, Object> parameter : parameters) {
                            if ("query".equals(parameter.get("in"))) {
                                String name = (String) parameter.get("name");
                                for (String value : OpenApiParameters.values(openApi, parameter, BY_NAME)) {
                                    calls.add(new Call(method, path.getKey(), concrete, name, value, accept));
                                }
                            }
                        }
                    }
                }
            }
        }
        return calls;
    }

    /** The path with each path parameter filled: both practices' ODS codes, patients of both practices. */
    private static List<String> concretePaths(String template, List<Map<String, Object>> parameters) {
        List<String> paths = new ArrayList<>(List.of(template));
        for (Map<String, Object> parameter : parameters) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            String name = (String) parameter.get("name");
            List<String> values = switch (name) {
                case "odsCode" -> List.of(EMIS, TPP);
                case "nhsNumber" -> patientsOfBoth();
                default ->
                    throw new AssertionError("no values for the path parameter " + name + " of " + template
                            + ": teach ScopeLeakTest what to ask for");
            };
            List<String> filled = new ArrayList<>();
            for (String path : paths) {
                values.forEach(v -> filled.add(path.replace("{" + name + "}", v)));
            }
            paths = filled;
        }
        return paths;
    }

    private static List<String> patientsOfBoth() {
        Set<String> numbers = new LinkedHashSet<>();
        for (String practice : List.of(EMIS, TPP)) {
            DemoPatients.of(practice).stream()
                    .map(DemoPatients.Listed::nhsNumber)
                    .filter(n -> n != null && n.matches("\\d{10}"))
                    .limit(PATIENTS_ASKED)
                    .forEach(numbers::add);
        }
        return List.copyOf(numbers);
    }
}
