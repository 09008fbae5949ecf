package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.CodeKind.SAFEGUARDING_CONCERN;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.TODAY;
import static io.github.recordaccess.rules.Events.cond;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.MergedRecordsTest.fetched;
import static io.github.recordaccess.rules.MergedRecordsTest.record;
import static io.github.recordaccess.rules.MergedRecordsTest.replacedBy;
import static io.github.recordaccess.rules.MergedRecordsTest.replaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Bulk106Days}: the London days on which counted 106s were recorded for enough distinct patients. */
class Bulk106DaysTest {

    private static final String DAY = "2023-10-20";
    private static final LocalDate BULK = LocalDate.parse(DAY);

    @Test
    void aDayIsABulkDayFromTheThresholdOn() {
        List<PatientFacts> three = List.of(coded("a", DAY), coded("b", DAY), coded("c", DAY));

        assertThat(among(three, 3)).containsExactly(BULK);
        assertThat(among(three, 4)).isEmpty();
        assertThat(among(three.subList(0, 2), 3)).isEmpty();
    }

    @Test
    void distinctPatientsAreCountedNotEntries() {
        List<PatientFacts> practice = List.of(
                record("a", obs(REVIEW_NOT_INDICATED_106, DAY), obs(REVIEW_NOT_INDICATED_106, DAY + "T15:00:00Z")),
                record("b", obs(REVIEW_NOT_INDICATED_106, DAY), cond(REVIEW_NOT_INDICATED_106, DAY, "confirmed")));

        assertThat(among(practice, 2)).containsExactly(BULK);
        assertThat(among(practice, 3)).isEmpty();
    }

    @Test
    void eachDayIsCountedOnItsOwnLondonDay() {
        // 23:30 UTC on 19 October is 00:30 on 20 October in London (BST); 22:30 UTC is still the 19th.
        List<PatientFacts> practice = List.of(
                coded("a", DAY),
                coded("b", "2023-10-19T23:30:00Z"),
                coded("c", "2023-10-19T22:30:00Z"),
                coded("d", "2023-10-19"));

        assertThat(among(practice, 2)).containsExactlyInAnyOrder(BULK, BULK.minusDays(1));
        assertThat(among(practice, 3)).isEmpty();
    }

    @Test
    void uncounted106sAndOtherCodesAreIgnored() {
        List<PatientFacts> practice = List.of(
                coded("a", DAY),
                coded("b", DAY),
                record("c", obs(REVIEW_NOT_INDICATED_106, DAY, "preliminary")),
                record("d", obs(REVIEW_NOT_INDICATED_106, DAY, "entered-in-error")),
                record("e", cond(REVIEW_NOT_INDICATED_106, DAY, "provisional")),
                record("f", Events.nearMiss(REVIEW_NOT_INDICATED_106, Events.MISTYPED_SNOMED, DAY)),
                record("g", obs(REVIEW_INDICATED_104, DAY)),
                record("h", obs(SAFEGUARDING_CONCERN, DAY)));

        assertThat(among(practice, 3)).isEmpty();
        assertThat(among(practice, 2)).containsExactly(BULK);
    }

    @Test
    void a106NotDatedToTheDayIsOnNoDay() {
        List<PatientFacts> practice = List.of(
                coded("a", DAY),
                coded("b", "2023-10"),
                coded("c", "2023"),
                record("d", obs(REVIEW_NOT_INDICATED_106, null)));

        assertThat(among(practice, 1)).containsExactly(BULK);
    }

    @Test
    void a106ThatMayPostdateAsOfIsNotCounted() {
        List<PatientFacts> practice =
                List.of(coded("a", "2024-06-01"), coded("b", "2024-06-02"), coded("c", "2024-06-02"));

        assertThat(among(practice, 1)).containsExactly(AS_OF);
        // As of today, a 106 dated after it still does not count (unlike a 103 or 104).
        assertThat(Bulk106Days.among(practice, MergedRecords.among(practice), AS_OF, true, 1))
                .containsExactly(AS_OF);
    }

    @Test
    void aRecordMergedIntoItsSurvivorIsCountedOnceWithIt() {
        List<PatientFacts> practice =
                List.of(replacedBy(coded("old", DAY), "new"), coded("new", DAY), coded("other", DAY));

        assertThat(among(practice, 2)).containsExactly(BULK);
        assertThat(among(practice, 3)).isEmpty();
    }

    @Test
    void aReplacedRecords106CountsForItsSurvivor() {
        List<PatientFacts> practice = List.of(replacedBy(coded("old", DAY), "new"), record("new"), coded("other", DAY));

        assertThat(among(practice, 2)).containsExactly(BULK);
    }

    @Test
    void entriesFetchedForARecordReplacedOutsideThePracticeCountForItsSurvivor() {
        List<PatientFacts> practice = List.of(
                fetched(replaces(record("new"), "gone"), "gone", obs(REVIEW_NOT_INDICATED_106, DAY)),
                coded("other", DAY));

        assertThat(among(practice, 2)).containsExactly(BULK);
    }

    @Test
    void patientsCodedOnADayAreCountedFromEntriesFoundByPatient() {
        Map<String, List<CodedEvent>> byPatient = new LinkedHashMap<>();
        byPatient.put("a", List.of(obs(REVIEW_NOT_INDICATED_106, DAY), obs(REVIEW_NOT_INDICATED_106, DAY)));
        byPatient.put("b", List.of(obs(REVIEW_NOT_INDICATED_106, "2023-10-19T23:30:00Z")));
        byPatient.put("c", List.of(obs(REVIEW_NOT_INDICATED_106, "2023-10-21"), obs(REVIEW_INDICATED_104, DAY)));
        byPatient.put("d", List.of(obs(REVIEW_NOT_INDICATED_106, DAY, "preliminary")));
        byPatient.put("e", List.of(obs(SAFEGUARDING_CONCERN, DAY), obs(REVIEW_NOT_INDICATED_106, "2023-10")));
        byPatient.put("f", new ArrayList<>());

        assertThat(Bulk106Days.patientsCodedOn(BULK, byPatient, AS_OF, TODAY)).isEqualTo(2);
        assertThat(Bulk106Days.patientsCodedOn(BULK.plusDays(1), byPatient, AS_OF, TODAY))
                .isEqualTo(1);
        assertThat(Bulk106Days.patientsCodedOn(BULK, Map.of(), AS_OF, TODAY)).isZero();
    }

    @Test
    void patientsCodedAfterAsOfAreNotCounted() {
        Map<String, List<CodedEvent>> byPatient = Map.of(
                "a", List.of(obs(REVIEW_NOT_INDICATED_106, "2024-06-02")),
                "b", List.of(obs(REVIEW_NOT_INDICATED_106, "2024-06-02")));

        assertThat(Bulk106Days.patientsCodedOn(LocalDate.of(2024, 6, 2), byPatient, AS_OF, TODAY))
                .isZero();
        assertThat(Bulk106Days.patientsCodedOn(LocalDate.of(2024, 6, 2), byPatient, AS_OF.plusDays(1), TODAY))
                .isEqualTo(2);
    }

    @Test
    void unknownCountsMakeEveryDayABulkDay() {
        assertThat(Bulk106Days.UNKNOWN.test(BULK)).isTrue();
        assertThat(Bulk106Days.UNKNOWN.test(LocalDate.of(1990, 1, 1))).isTrue();
    }

    private static Set<LocalDate> among(List<PatientFacts> practice, int minPatients) {
        return Bulk106Days.among(practice, MergedRecords.among(practice), AS_OF, false, minPatients);
    }

    /** A record with one counted 106 dated {@code date}. */
    private static PatientFacts coded(String id, String date) {
        return record(id, obs(REVIEW_NOT_INDICATED_106, date));
    }
}
