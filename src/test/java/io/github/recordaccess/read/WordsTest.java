package io.github.recordaccess.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.recordaccess.fhir.CohortRoute;
import io.github.recordaccess.practice.ChecklistItem;
import io.github.recordaccess.practice.OptOutChecklists;
import io.github.recordaccess.practice.ServiceSteps;
import io.github.recordaccess.practice.WorklistFilter;
import io.github.recordaccess.rules.AccessFlag;
import io.github.recordaccess.rules.ActionId;
import io.github.recordaccess.rules.ClinicalSystem;
import io.github.recordaccess.rules.CodeKind;
import io.github.recordaccess.rules.NotCountedReason;
import io.github.recordaccess.rules.Reason;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.ProblemType;
import io.github.recordaccess.web.ProblemWords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The vocabulary: every id the pages and CSVs show has hand-written words, and none of them reads like a code. */
class WordsTest {

    /** Every enum whose values reach a page or a CSV label column. */
    static final List<Class<? extends Enum<?>>> VOCABULARY = List.of(
            Recommendation.class,
            AccessFlag.class,
            Reason.class,
            ActionId.class,
            CodeKind.class,
            NotCountedReason.class,
            ClinicalSystem.class,
            CohortRoute.class,
            Attention.class);

    /** Where the plain words are the id's own name, checked by hand: the id was named in plain words. */
    private static final Set<Enum<?>> PLAIN_ON_PURPOSE =
            Set.of(Reason.DECEASED, ActionId.OFFER_ACCESS_ON_REQUEST, CodeKind.SAFEGUARDING_CONCERN);

    @Test
    void everyValueOfEveryEnumHasWordsThatReadLikeWords() {
        for (Class<? extends Enum<?>> type : VOCABULARY) {
            for (Enum<?> id : type.getEnumConstants()) {
                String words = Words.of(id);
                assertNotCodeLike(words, type.getSimpleName() + "." + id.name());
                if (!PLAIN_ON_PURPOSE.contains(id)) {
                    assertThat(words)
                            .as("%s.%s is not its name turned into words", type.getSimpleName(), id.name())
                            .isNotEqualToIgnoringCase(id.name().replace('_', ' '));
                }
            }
        }
    }

    @Test
    void anEnumOutsideTheVocabularyIsAMistakeNotAMangledName() {
        assertThatThrownBy(() -> Words.of(ProblemType.NOT_FOUND)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPatientWhoIsNotEligibleIsNamedByWhy() {
        assertThat(Words.answer(Recommendation.NOT_APPLICABLE, List.of(Reason.UNDER_16, Reason.ACTIVE_104)))
                .isEqualTo("Not 16 yet");
        assertThat(Words.answer(Recommendation.NOT_APPLICABLE, List.of(Reason.DECEASED)))
                .isEqualTo("Deceased");
        assertThat(Words.answer(Recommendation.NOT_APPLICABLE, List.of(Reason.INACTIVE_RECORD)))
                .isEqualTo("Record no longer active");
        assertThat(Words.answer(Recommendation.NOT_APPLICABLE, List.of(Reason.REPLACED_RECORD)))
                .isEqualTo("Merged into another record");
        assertThat(Words.answer(Recommendation.PROVISION_ACCESS, List.of(Reason.NO_CODES)))
                .isEqualTo("Give access");
        assertThat(Words.answer(Recommendation.OFFER_OPT_IN, List.of(Reason.ACTIVE_104)))
                .isEqualTo("Access on request only (104)");
        assertThat(Words.answer(Recommendation.OPTED_OUT, List.of(Reason.DECLINED_103)))
                .isEqualTo("Declined (103)");
        assertThat(Words.answer(Recommendation.REVIEW_REQUIRED, List.of(Reason.DUPLICATE_RECORD)))
                .isEqualTo("Check the record first");
    }

    @Test
    void everyChecklistStepHasANameThatReadsLikeWords() {
        List<ChecklistItem> steps = new ArrayList<>();
        for (ClinicalSystem system : ClinicalSystem.values()) {
            for (boolean live : new boolean[] {true, false}) {
                var checklist = OptOutChecklists.forPractice(system, live);
                steps.addAll(checklist.steps());
                steps.add(checklist.closingDuty());
                steps.addAll(ServiceSteps.forPractice(system, live, true));
                steps.addAll(ServiceSteps.forPractice(system, live, false));
            }
        }
        assertThat(steps.stream().map(ChecklistItem::id).distinct())
                .containsExactlyInAnyOrderElementsOf(StepWords.STEPS.keySet());
        steps.forEach(step -> assertNotCodeLike(StepWords.step(step.id()), step.id()));
    }

    @Test
    void everyWorklistFilterHasWords() {
        assertThat(StepWords.FILTERS.keySet()).containsExactlyInAnyOrderElementsOf(WorklistQuery.NAMES);
        String words = StepWords.describe(new WorklistFilter(
                Recommendation.NOT_APPLICABLE,
                Reason.UNDER_16,
                AccessFlag.ACTIVE_104,
                ActionId.REVIEW_BULK_CODED_104,
                false,
                30));
        assertThat(words)
                .isEqualTo("Answer: Not eligible; reason: Not 16 yet; 104 and 106: 104 in force; "
                        + "to do: Review the 104 added in bulk; 104 added in bulk: no; turning 16 within 30 days");
        assertNotCodeLike(words, "filters");
        assertThat(StepWords.describe(WorklistFilter.ALL)).isEmpty();
    }

    @Test
    void everyProblemHasAPageTitleAndNoCodesInItsPageDetail() {
        String codes = "recommendation must be one of [PROVISION_ACCESS, OFFER_OPT_IN].";
        for (ProblemType type : ProblemType.values()) {
            assertNotCodeLike(ProblemWords.title(type), type.name());
        }
        assertThat(ProblemWords.detail(ProblemType.INVALID_PARAMETER.uri().toString(), codes))
                .isEqualTo("Part of the web address (the list asked for) cannot be used. If you typed the web address, "
                        + "check it is correct. If you pasted the web address, check you copied the entire address.");
        for (ProblemType fhir :
                List.of(ProblemType.FHIR_UNAVAILABLE, ProblemType.FHIR_ERROR_RESPONSE, ProblemType.FHIR_INCOMPLETE)) {
            String detail = ProblemWords.detail(
                    fhir.uri().toString(), "HAPI-1361: Failed to parse response from server (Observation/o1).");
            assertNotCodeLike(detail, fhir.name());
            assertThat(detail).doesNotContain("HAPI", "FHIR", "Observation");
        }
    }

    @Test
    void everyWordThatGivesAccessHasTheGuidancesCaveatBesideIt() {
        Stream<String> words = Stream.concat(
                VOCABULARY.stream()
                        .flatMap(t -> Stream.of(t.getEnumConstants()))
                        .map(Words::of),
                StepWords.STEPS.values().stream());
        words.filter(w -> w.toLowerCase(Locale.ROOT).contains("give access"))
                .forEach(w -> assertThat(StepWords.caveat(w)).as(w).isEqualTo(Words.GIVE_ACCESS_CAVEAT));
        assertThat(StepWords.caveat(Words.of(ActionId.ENABLE_ACCESS_MANUALLY))).isEqualTo(Words.GIVE_ACCESS_CAVEAT);
        assertThat(StepWords.caveat(Words.of(Recommendation.OFFER_OPT_IN))).isNull();
        assertThat(Words.GIVE_ACCESS_CAVEAT)
                .contains("not to disclose confidential third-party information or information which could cause harm");
    }

    @Test
    void nhsNumbersDatesAndTimesAreShownAsTheContentStyleGuideWritesThem() {
        assertThat(DisplayFormats.nhsNumber("9990001243")).isEqualTo("999 000 1243");
        assertThat(DisplayFormats.nhsNumber("99900012")).isEqualTo("99900012");
        assertThat(DisplayFormats.date(LocalDate.of(2026, 12, 5))).isEqualTo("5 December 2026");
        assertThat(DisplayFormats.dateTime(Instant.parse("2026-12-05T06:16:00Z")))
                .isEqualTo("5 December 2026 at 6:16am");
        // British Summer Time: London is an hour ahead of UTC.
        assertThat(DisplayFormats.dateTime(Instant.parse("2026-06-05T11:00:00Z")))
                .isEqualTo("5 June 2026 at midday");
        assertThat(DisplayFormats.dateTime(Instant.parse("2026-12-05T15:00:00Z")))
                .isEqualTo("5 December 2026 at 3pm");
        assertThat(DisplayFormats.dateTime(Instant.parse("2026-12-05T00:00:00Z")))
                .isEqualTo("5 December 2026 at midnight");
        assertThat(DisplayFormats.fhirDate("2024")).isEqualTo("2024");
        assertThat(DisplayFormats.fhirDate("2024-05")).isEqualTo("May 2024");
        assertThat(DisplayFormats.fhirDate("2024-05-03")).isEqualTo("3 May 2024");
        assertThat(DisplayFormats.fhirDate("2024-05-03T09:12:00+01:00")).isEqualTo("3 May 2024 at 9:12am");
        assertThat(DisplayFormats.fhirDate("2024-01-03T21:05:00")).isEqualTo("3 January 2024 at 9:05pm");
        assertThat(DisplayFormats.fhirDate("03/05/2024")).isEqualTo("03/05/2024");
    }

    /** Missing, a code (capitals and underscores), a name turned into words, or a null printed as text. */
    static void assertNotCodeLike(String words, String what) {
        assertThat(words).as(what).isNotBlank().doesNotContain("_", "None", "null", "[");
        assertThat(words.chars().anyMatch(Character::isLowerCase))
                .as("%s has words, not capitals alone: %s", what, words)
                .isTrue();
    }
}
