package io.github.recordaccess.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.recordaccess.read.WorklistQuery;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.Recommendation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptOutChecklistsTest {

    @ParameterizedTest(name = "{0} live={1}: {2}")
    @CsvSource({
        "EMIS, true,  ADVERTISE_AND_COUNSEL UPDATE_WEBSITE INFORM_ICB",
        "EMIS, false, AGREE_GO_LIVE_DATE CODE_AT_RISK_AND_RESCIND_BULK_104 ADVERTISE_AND_COUNSEL UPDATE_WEBSITE INFORM_ICB",
        "TPP,  true,  ADVERTISE_AND_COUNSEL UPDATE_WEBSITE INFORM_ICB",
        "TPP,  false, CODE_AT_RISK_AND_RESCIND_BULK_104 ADVERTISE_AND_COUNSEL TPP_BULK_PROVISION TPP_DEFAULT_PROSPECTIVE_ACCESS UPDATE_WEBSITE INFORM_ICB"
    })
    void eachVariantHasTheGuidancesStepsInOrder(ClinicalSystem system, boolean live, String stepIds) {
        Checklist checklist = OptOutChecklists.forPractice(system, live);

        assertThat(checklist.steps())
                .extracting(ChecklistItem::id)
                .containsExactlyElementsOf(List.of(stepIds.split(" ")));
        assertThat(checklist.system()).isEqualTo(system);
        assertThat(checklist.live()).isEqualTo(live);
        assertThat(checklist.steps()).allSatisfy(s -> assertThat(s.text()).isNotBlank());
    }

    @ParameterizedTest
    @CsvSource({"EMIS, true", "EMIS, false", "TPP, true", "TPP, false"})
    void everyVariantEndsWithTheDutyToProvideAccess(ClinicalSystem system, boolean live) {
        ChecklistItem duty = OptOutChecklists.forPractice(system, live).closingDuty();

        assertThat(duty.patients()).isEqualTo(WorklistFilter.byRecommendation(Recommendation.PROVISION_ACCESS));
        assertThat(duty.text()).contains("not opted out").contains("data protection");
    }

    @ParameterizedTest
    @CsvSource({
        "ADVERTISE_AND_COUNSEL, recommendation=OFFER_OPT_IN",
        "CODE_AT_RISK_AND_RESCIND_BULK_104, bulkCoded104=true",
        "TPP_BULK_PROVISION, recommendation=PROVISION_ACCESS"
    })
    void stepsAboutPatientsLinkTheirWorklist(String id, String query) {
        assertThat(OptOutChecklists.forPractice(ClinicalSystem.TPP, false).steps())
                .filteredOn(s -> s.id().equals(id))
                .singleElement()
                .extracting(s -> WorklistQuery.query(s.patients()))
                .isEqualTo(query);
    }

    @ParameterizedTest
    @CsvSource({"TPP_DEFAULT_PROSPECTIVE_ACCESS", "UPDATE_WEBSITE", "INFORM_ICB"})
    void stepsAboutThePracticeHaveNoWorklist(String id) {
        assertThat(OptOutChecklists.forPractice(ClinicalSystem.TPP, false).steps())
                .filteredOn(s -> s.id().equals(id))
                .singleElement()
                .extracting(ChecklistItem::patients)
                .isNull();
    }
}
