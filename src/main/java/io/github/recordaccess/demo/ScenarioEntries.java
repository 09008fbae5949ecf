package io.github.recordaccess.demo;

import io.github.recordaccess.rules.CodeSets;
import java.time.LocalDate;
import java.util.Random;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;

/** The 103/104/106 entries each demo scenario gives its patient (duplicate records are the practice's). */
final class ScenarioEntries {

    private final CodedEntries entries;
    private final Random random;
    private final LocalDate bulkDay;

    ScenarioEntries(CodedEntries entries, Random random, LocalDate bulkDay) {
        this.entries = entries;
        this.random = random;
        this.bulkDay = bulkDay;
    }

    /** @param when the scenario's day, drawn by the practice before the entries */
    void add(Patient patient, Scenario scenario, LocalDate when) {
        switch (scenario) {
            case DECLINED_103 -> entries.observation(patient, CodeSets.SNOMED_103, when.toString(), false);
            case ACTIVE_104, UNDER_16_WITH_104, DECEASED ->
                entries.observation(patient, CodeSets.SNOMED_104, when.toString(), random.nextBoolean());
            case ACTIVE_104_CONDITION ->
                entries.condition(
                        patient,
                        CodeSets.SNOMED_104,
                        when.toString(),
                        "confirmed",
                        random.nextBoolean() ? "inactive" : "active");
            case ACTIVE_104_MONTH_ONLY ->
                entries.observation(
                        patient, CodeSets.SNOMED_104, when.toString().substring(0, 7), false);
            case ONLY_106 -> entries.observation(patient, CodeSets.SNOMED_106, when.toString(), true);
            case RESCINDED_BY_106 -> {
                entries.observation(patient, CodeSets.SNOMED_104, when.toString(), true);
                entries.condition(
                        patient,
                        CodeSets.SNOMED_106,
                        when.plusDays(30 + random.nextInt(200)).toString(),
                        "confirmed",
                        "active");
            }
            case REAPPLIED_104 -> {
                entries.observation(
                        patient, CodeSets.SNOMED_104, when.minusDays(400).toString(), true);
                entries.observation(
                        patient, CodeSets.SNOMED_106, when.minusDays(300).toString(), true);
                entries.observation(patient, CodeSets.SNOMED_104, when.toString(), true);
            }
            case SAME_DAY_CONFLICT -> {
                entries.observation(patient, CodeSets.SNOMED_104, when.toString(), false);
                entries.observation(patient, CodeSets.SNOMED_106, when.toString(), false);
            }
            case SAME_DAY_ISSUED_106_LATER -> {
                entries.observation(patient, CodeSets.SNOMED_104, when.toString(), false)
                        .setIssued(CodedEntries.at(when, 9));
                entries.observation(patient, CodeSets.SNOMED_106, when.toString(), false)
                        .setIssued(CodedEntries.at(when, 15));
            }
            case UNDATED_106 -> {
                entries.observation(patient, CodeSets.SNOMED_104, when.toString(), false);
                entries.observation(patient, CodeSets.SNOMED_106, null, false);
            }
            case ENTERED_IN_ERROR_104 ->
                entries.observation(patient, CodeSets.SNOMED_104, when.toString(), true)
                        .setStatus(Observation.ObservationStatus.ENTEREDINERROR);
            case FUTURE_DATED_104 ->
                entries.observation(
                        patient, CodeSets.SNOMED_104, when.plusYears(100).toString(), false);
            case NEAR_MISS_104 ->
                entries.observation(
                        patient,
                        new io.github.recordaccess.rules.Coding(
                                SyntheticPractice.MISTYPED_SNOMED, CodeSets.SNOMED_104.code()),
                        when.toString(),
                        true);
            case BULK_104 -> entries.observation(patient, CodeSets.SNOMED_104, bulkDay.toString(), false);
            case BULK_104_RESCINDED -> {
                entries.observation(patient, CodeSets.SNOMED_104, bulkDay.toString(), false);
                entries.observation(
                        patient,
                        CodeSets.SNOMED_106,
                        bulkDay.plusDays(14 + random.nextInt(30)).toString(),
                        true);
            }
            default -> {}
        }
    }
}
