package io.github.recordaccess.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.rules.ClinicalSystem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceStepsTest {

    @ParameterizedTest(name = "{0} live={1} goLiveKnown={2}: {3}")
    @CsvSource({
        "EMIS, false, false, RESOLVE_RECORDS TURNING_16",
        "TPP,  false, false, RESOLVE_RECORDS TURNING_16",
        "EMIS, true,  true,  RESOLVE_RECORDS TURNING_16 CHECK_EXISTING_ACCESS ENABLE_ACCESS_MANUALLY",
        "TPP,  true,  true,  RESOLVE_RECORDS TURNING_16 CHECK_EXISTING_ACCESS ENABLE_ACCESS_MANUALLY",
        "EMIS, true,  false, RESOLVE_RECORDS TURNING_16 RECORD_GO_LIVE_DATE"
    })
    void goLiveWorklistsOnlyAtALivePracticeWithAKnownGoLiveDate(
            ClinicalSystem system, boolean live, boolean goLiveKnown, String ids) {
        assertThat(ServiceSteps.forPractice(system, live, goLiveKnown))
                .extracting(ChecklistItem::id)
                .containsExactlyElementsOf(List.of(ids.split(" ")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "RESOLVE_RECORDS, recommendation=REVIEW_REQUIRED",
        "TURNING_16, turning16Within=90",
        "CHECK_EXISTING_ACCESS, action=CHECK_EXISTING_ACCESS",
        "ENABLE_ACCESS_MANUALLY, action=ENABLE_ACCESS_MANUALLY"
    })
    void eachWorklistStepLinksItsFilter(String id, String query) {
        assertThat(ServiceSteps.forPractice(ClinicalSystem.EMIS, true, true))
                .filteredOn(s -> s.id().equals(id))
                .singleElement()
                .extracting(s -> WorklistQuery.query(s.patients()))
                .isEqualTo(query);
    }

    @ParameterizedTest
    @CsvSource({"TPP, true", "EMIS, false"})
    void onlyAtTppDoesTheTurning16StepSayAccessWillNotStartByItself(ClinicalSystem system, boolean says) {
        String text = ServiceSteps.turning16(system).text();

        assertThat(text.contains("will not start their access by itself at 16"))
                .as(text)
                .isEqualTo(says);
    }

    @ParameterizedTest
    @CsvSource({"EMIS", "TPP"})
    void aLivePracticeWithoutAGoLiveDateIsToldToRecordIt(ClinicalSystem system) {
        assertThat(ServiceSteps.forPractice(system, true, false))
                .filteredOn(s -> s.id().equals("RECORD_GO_LIVE_DATE"))
                .singleElement()
                .satisfies(s -> assertThat(s.patients()).isNull())
                .satisfies(s -> assertThat(s.text()).contains("go-live date"));
    }
}
