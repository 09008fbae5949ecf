package io.github.recordaccess.probe;

import io.github.recordaccess.fixtures.FhirFixtures;
import io.github.recordaccess.fixtures.PracticeFixture;
import java.util.regex.Pattern;

/** What the probe tests share: a practice, NHS numbers in the test range, and how to spot one in text. */
final class Probe {

    static final PracticeFixture PRACTICE = PracticeFixture.standard("P12345", "org-probe", 1200);
    static final String SUMMARY = "/api/v1/practices/P12345/summary";
    static final String LIST = "/api/v1/practices/P12345/access-recommendations";
    /** A valid NHS number that no patient of the fixture has. */
    static final String STRANGER = FhirFixtures.nhsNumber(4242);

    static final Pattern ANY_NHS_NUMBER = Pattern.compile("(?<!\\d)999\\d{7}(?!\\d)");
    static final String PROBLEM_JSON = "application/problem+json";

    private Probe() {}

    static String patientPath(String nhs) {
        return "/api/v1/patients/" + nhs + "/access-recommendation";
    }

    static String nhsOf(int index) {
        return PRACTICE.patient(index).getIdentifierFirstRep().getValue();
    }
}
