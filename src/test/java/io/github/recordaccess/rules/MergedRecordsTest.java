package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.CodeKind.DECLINED_103;
import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.MISTYPED_SNOMED;
import static io.github.recordaccess.rules.Events.NHS;
import static io.github.recordaccess.rules.Events.TODAY;
import static io.github.recordaccess.rules.Events.nearMiss;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.Reason.DECEASED;
import static io.github.recordaccess.rules.Reason.DUPLICATE_RECORD;
import static io.github.recordaccess.rules.Reason.INACTIVE_RECORD;
import static io.github.recordaccess.rules.Reason.NO_CODES;
import static io.github.recordaccess.rules.Reason.REPLACED_RECORD;
import static io.github.recordaccess.rules.Reason.RESCINDED_BY_106;
import static io.github.recordaccess.rules.Reason.UNRECOGNISED_CODING;
import static io.github.recordaccess.rules.Reason.UNRESOLVED_MERGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Merged records (Patient.link replaced-by / replaces) across a practice: a replaced record is not evaluated on
 * its own, its entries count for the survivor, and a merge the links cannot settle is a case for review for
 * every record involved.
 */
class MergedRecordsTest {

    private static final String OTHER_NHS = "9990000026";
    private static final String THIRD_NHS = "9990000034";

    private final RecommendationEngine engine = Events.engine();

    /** Each row: a practice's records and, per record in order, the expected reasons. */
    static Stream<Arguments> mergeTable() {
        return Stream.of(
                practice(
                        "theOldRecordLinkedReplacedByIsNotApplicableAndIts104CountsForTheSurvivor",
                        List.of(
                                replacedBy(record("old", obs(REVIEW_INDICATED_104, "2023-01-01")), "new"),
                                record("new")),
                        List.of(List.of(REPLACED_RECORD), List.of(Reason.ACTIVE_104))),
                practice(
                        "aLinkOnTheSurvivorAloneMergesAsWell",
                        List.of(record("old", obs(REVIEW_INDICATED_104, "2023-01-01")), replaces(record("new"), "old")),
                        List.of(List.of(REPLACED_RECORD), List.of(Reason.ACTIVE_104))),
                practice(
                        "linksOnBothSidesAreOneMerge",
                        List.of(
                                replacedBy(record("old", obs(REVIEW_INDICATED_104, "2023-01-01")), "new"),
                                replaces(record("new"), "old")),
                        List.of(List.of(REPLACED_RECORD), List.of(Reason.ACTIVE_104))),
                practice(
                        "replacedRecordIsDecidedBeforeInactiveRecord",
                        List.of(
                                replacedBy(inactive(record("old", obs(REVIEW_INDICATED_104, "2023-01-01"))), "new"),
                                record("new")),
                        List.of(List.of(REPLACED_RECORD, INACTIVE_RECORD), List.of(Reason.ACTIVE_104))),
                practice(
                        "aReplacedRecordIsNoDuplicateOfItsSurvivorThoughTheyShareTheNumber",
                        List.of(replacedBy(record("old"), "new"), record("new")),
                        List.of(List.of(REPLACED_RECORD), List.of(NO_CODES))),
                practice(
                        "aChainIsFollowedToItsEnd",
                        List.of(
                                replacedBy(record("first", obs(REVIEW_INDICATED_104, "2023-01-01")), "second"),
                                replacedBy(record("second"), "third"),
                                record("third")),
                        List.of(List.of(REPLACED_RECORD), List.of(REPLACED_RECORD), List.of(Reason.ACTIVE_104))),
                practice(
                        "aChainMayBeLinkedFromEitherSideAtEachStep",
                        List.of(
                                replacedBy(record("first", obs(DECLINED_103, "2023-01-01")), "second"),
                                record("second"),
                                replaces(record("third"), "second")),
                        List.of(List.of(REPLACED_RECORD), List.of(REPLACED_RECORD), List.of(Reason.DECLINED_103))),
                practice(
                        "aLater106OnTheOldRecordRescindsTheSurvivors104AsIfRecordedThere",
                        List.of(
                                replacedBy(record("old", obs(REVIEW_NOT_INDICATED_106, "2023-06-01")), "new"),
                                record("new", obs(REVIEW_INDICATED_104, "2023-01-01"))),
                        List.of(List.of(REPLACED_RECORD), List.of(RESCINDED_BY_106))),
                practice(
                        "aNearMissOnTheOldRecordIsTheSurvivors",
                        List.of(
                                replacedBy(
                                        record("old", nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2023-01-01")),
                                        "new"),
                                record("new")),
                        List.of(List.of(REPLACED_RECORD), List.of(UNRECOGNISED_CODING))),
                practice(
                        "aDeceasedSurvivorIsDeceasedAndItsOldRecordReplaced",
                        List.of(replacedBy(record("old"), "new"), deceased(record("new"))),
                        List.of(List.of(REPLACED_RECORD), List.of(DECEASED))),
                practice(
                        "aCycleLeavesBothRecordsForReview",
                        List.of(
                                replacedBy(record("a", obs(REVIEW_INDICATED_104, "2023-01-01")), "b"),
                                replacedBy(withNumber(record("b"), OTHER_NHS), "a")),
                        List.of(List.of(UNRESOLVED_MERGE, Reason.ACTIVE_104), List.of(UNRESOLVED_MERGE))),
                practice(
                        "aCycleOfRecordsSharingANumberIsAlsoADuplicate",
                        List.of(replaces(record("a"), "b"), replaces(record("b"), "a")),
                        List.of(
                                List.of(UNRESOLVED_MERGE, DUPLICATE_RECORD),
                                List.of(UNRESOLVED_MERGE, DUPLICATE_RECORD))),
                practice(
                        "aRecordReplacedByItselfIsACycle",
                        List.of(replacedBy(record("self"), "self")),
                        List.of(List.of(UNRESOLVED_MERGE))),
                practice(
                        "aRecordReplacedByTwoRecordsLeavesAllThreeForReview",
                        List.of(
                                replacedBy(record("old"), "b", "c"),
                                withNumber(record("b"), OTHER_NHS),
                                withNumber(record("c"), THIRD_NHS)),
                        List.of(List.of(UNRESOLVED_MERGE), List.of(UNRESOLVED_MERGE), List.of(UNRESOLVED_MERGE))),
                practice(
                        "twoSurvivorsLinkedFromEitherSideAreTwoReplacers",
                        List.of(
                                replacedBy(record("old"), "b"),
                                withNumber(record("b"), OTHER_NHS),
                                replaces(withNumber(record("c"), THIRD_NHS), "old")),
                        List.of(List.of(UNRESOLVED_MERGE), List.of(UNRESOLVED_MERGE), List.of(UNRESOLVED_MERGE))),
                practice(
                        "everyRecordLinkedToACycleIsInvolved",
                        List.of(
                                replacedBy(record("a"), "b"),
                                replacedBy(withNumber(record("b"), OTHER_NHS), "a"),
                                replacedBy(withNumber(record("c"), THIRD_NHS), "a"),
                                withNumber(record("unlinked"), "9990000042")),
                        List.of(
                                List.of(UNRESOLVED_MERGE),
                                List.of(UNRESOLVED_MERGE),
                                List.of(UNRESOLVED_MERGE),
                                List.of(NO_CODES))),
                practice(
                        "aSurvivorOutsideTheCohortLeavesTheOldRecordForReviewEvenWhenInactive",
                        List.of(replacedBy(inactive(record("old")), "elsewhere")),
                        List.of(List.of(UNRESOLVED_MERGE, INACTIVE_RECORD))),
                practice(
                        "aSurvivorWhoseOldRecordOutsideTheCohortWasFetchedCountsIts104",
                        List.of(fetched(
                                replaces(record("new"), "outside"),
                                "outside",
                                obs(REVIEW_INDICATED_104, "2023-01-01"))),
                        List.of(List.of(Reason.ACTIVE_104))),
                practice(
                        "aSurvivorWhoseOldRecordOutsideTheCohortHasNoEntriesIsAnsweredOnItsOwn",
                        List.of(fetched(replaces(record("new"), "outside"), "outside")),
                        List.of(List.of(NO_CODES))),
                practice(
                        "aChainMayPassThroughARecordOutsideTheCohort",
                        List.of(
                                replacedBy(record("first"), "outside"),
                                fetched(
                                        replaces(record("last"), "outside"),
                                        "outside",
                                        obs(REVIEW_INDICATED_104, "2023-01-01"))),
                        List.of(List.of(REPLACED_RECORD), List.of(Reason.ACTIVE_104))),
                practice(
                        "aSurvivorIsNeverEvaluatedWithoutTheEntriesOfARecordItReplacesOutsideTheCohort",
                        List.of(replaces(record("new"), "outside")),
                        List.of(List.of(UNRESOLVED_MERGE))),
                practice(
                        "aMergeLinkThatCannotBeReadIsReviewed",
                        List.of(unreadable(record("unreadable"))),
                        List.of(List.of(UNRESOLVED_MERGE))),
                practice(
                        "aThirdRecordWithTheOldRecordsNumberIsTheSurvivorsDuplicate",
                        List.of(
                                replacedBy(record("old"), "new"),
                                withNumber(record("new"), OTHER_NHS),
                                record("third")),
                        List.of(List.of(REPLACED_RECORD), List.of(DUPLICATE_RECORD), List.of(DUPLICATE_RECORD))),
                practice(
                        "aReplacedRecordsSurvivorMayBeInactive",
                        List.of(replacedBy(record("old"), "new"), inactive(record("new"))),
                        List.of(List.of(REPLACED_RECORD), List.of(INACTIVE_RECORD))));
    }

    private static Arguments practice(String rule, List<PatientFacts> patients, List<List<Reason>> reasons) {
        return arguments(rule, patients, reasons);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mergeTable")
    void decidesMergesAcrossThePractice(String rule, List<PatientFacts> patients, List<List<Reason>> reasons) {
        List<AccessRecommendation> results = engine.evaluateAll(patients, AS_OF);

        assertThat(results).extracting(AccessRecommendation::reasons).as(rule).containsExactlyElementsOf(reasons);
        for (AccessRecommendation result : results) {
            Reason first = result.reasons().get(0);
            if (first == REPLACED_RECORD) {
                assertThat(result.recommendation()).as(rule).isEqualTo(Recommendation.NOT_APPLICABLE);
            }
            if (first == UNRESOLVED_MERGE) {
                assertThat(result.recommendation()).as(rule).isEqualTo(Recommendation.REVIEW_REQUIRED);
            }
        }
    }

    @Test
    void theSurvivorsEvidenceSaysWhichRecordEachEntryCameFrom() {
        CodedEvent old104 = obs(REVIEW_INDICATED_104, "2023-01-01");
        CodedEvent own106 = obs(REVIEW_NOT_INDICATED_106, "2022-01-01");
        CodedEvent outside103 = obs(DECLINED_103, "2021-01-01");
        List<AccessRecommendation> results = engine.evaluateAll(
                List.of(
                        replacedBy(record("old", old104), "new"),
                        fetched(replaces(record("new", own106), "gone"), "gone", outside103)),
                AS_OF);

        AccessRecommendation survivor = results.get(1);
        assertThat(survivor.evidence())
                .extracting(e -> e.event().reference(), Evidence::fromRecord, Evidence::counted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(own106.reference(), null, true),
                        org.assertj.core.groups.Tuple.tuple(old104.reference(), "old", true),
                        org.assertj.core.groups.Tuple.tuple(outside103.reference(), "gone", true));
        assertThat(survivor.deciding104()).contains(old104);
        assertThat(survivor.flag()).isEqualTo(AccessFlag.ACTIVE_104);
    }

    @Test
    void theReplacedRecordListsItsEntriesAsCountedForTheSurvivorAndNeedsNoAction() {
        CodedEvent old104 = obs(REVIEW_INDICATED_104, "2023-01-01");
        AccessRecommendation replaced = engine.evaluateAll(
                        List.of(replacedBy(record("old", old104), "new"), record("new")), AS_OF)
                .get(0);

        assertThat(replaced.flag()).isEqualTo(AccessFlag.NONE);
        assertThat(replaced.bulkCoded104()).isFalse();
        assertThat(replaced.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.counted()).isFalse())
                .satisfies(e -> assertThat(e.notCounted()).isEqualTo(NotCountedReason.REPLACED_RECORD));
        assertThat(ActionAdvisor.actionsFor(
                        replaced, PracticeContext.of(ClinicalSystem.EMIS, LocalDate.of(2023, 10, 31))))
                .singleElement()
                .satisfies(a -> assertThat(a.id()).isEqualTo(ActionId.NO_ACTION))
                .satisfies(a -> assertThat(a.text()).contains("replaced by another record"));
    }

    @Test
    void anUnresolvedMergeAsksForTheMergeToBeCorrected() {
        AccessRecommendation result = engine.evaluateAll(List.of(replacedBy(record("old"), "elsewhere")), AS_OF)
                .get(0);

        assertThat(ActionAdvisor.actionsFor(result, PracticeContext.UNKNOWN))
                .singleElement()
                .satisfies(a -> assertThat(a.id()).isEqualTo(ActionId.REVIEW_RECORD))
                .satisfies(a -> assertThat(a.text()).contains("correct the merge"));
    }

    @Test
    void aBulkCodingDayCountsAMergedPatientOnce() {
        LocalDate day = LocalDate.of(2023, 10, 20);
        List<PatientFacts> practice = new ArrayList<>();
        // Two people, each merged: the 104 on the old record and the same day's 104 on the survivor.
        for (String person : List.of("x", "y")) {
            practice.add(replacedBy(record(person + "-old", obs(REVIEW_INDICATED_104, day.toString())), person));
            practice.add(record(person, obs(REVIEW_INDICATED_104, day.toString())));
        }
        List<AccessRecommendation> results = engine.evaluateAll(practice, AS_OF);

        assertThat(new BulkCodingDetector(2).detect(results))
                .singleElement()
                .satisfies(d -> assertThat(d.patients()).isEqualTo(2));
        assertThat(new BulkCodingDetector(3).detect(results)).isEmpty();
    }

    @Test
    void onePatientFoundWithTheirMergedRecordsIsAnsweredAsInThePractice() {
        PatientFacts old = replacedBy(record("old", obs(REVIEW_INDICATED_104, "2023-01-01")), "new");
        PatientFacts survivor = record("new");

        AccessRecommendation alone = engine.evaluate(
                survivor, List.of(old), OrganizationIdentity.UNKNOWN, AS_OF, TODAY, Bulk106Days.UNKNOWN);

        assertThat(alone)
                .isEqualTo(engine.evaluateAll(List.of(old, survivor), OrganizationIdentity.UNKNOWN, AS_OF, TODAY)
                        .get(1));
        assertThat(alone.recommendation()).isEqualTo(Recommendation.OFFER_OPT_IN);
    }

    @Test
    void aRecordFoundAloneWhoseSurvivorWasNotFoundIsReviewed() {
        AccessRecommendation alone =
                engine.evaluate(replacedBy(record("old"), "new"), OrganizationIdentity.UNKNOWN, AS_OF, TODAY);

        assertThat(alone.reasons()).containsExactly(UNRESOLVED_MERGE);
    }

    static PatientFacts record(String id, CodedEvent... events) {
        return new PatientFacts(
                id, List.of(NHS), FuzzyDate.parse("1980-03-04"), false, null, null, List.of(), List.of(events));
    }

    static PatientFacts replacedBy(PatientFacts p, String... survivors) {
        List<String> all = new ArrayList<>(p.links().replacedBy());
        all.addAll(List.of(survivors));
        return p.withLinks(new MergeLinks(all, p.links().replaces(), p.links().unreadable(), Map.of()));
    }

    static PatientFacts replaces(PatientFacts p, String... old) {
        List<String> all = new ArrayList<>(p.links().replaces());
        all.addAll(List.of(old));
        return p.withLinks(new MergeLinks(p.links().replacedBy(), all, p.links().unreadable(), Map.of()));
    }

    /** {@code p} with the entries fetched for {@code old}, a record it replaces outside the cohort. */
    static PatientFacts fetched(PatientFacts p, String old, CodedEvent... events) {
        return p.withLinks(p.links().withEntriesOf(old, List.of(events)));
    }

    private static PatientFacts unreadable(PatientFacts p) {
        return p.withLinks(MergeLinks.of(List.of(), List.of(), true));
    }

    private static PatientFacts withNumber(PatientFacts p, String nhs) {
        return new PatientFacts(
                p.patientId(),
                List.of(nhs),
                p.birthDate(),
                p.deceased(),
                p.deceasedOn(),
                p.active(),
                p.generalPractitioners(),
                p.events(),
                p.links());
    }

    private static PatientFacts inactive(PatientFacts p) {
        return new PatientFacts(
                p.patientId(),
                p.nhsNumbers(),
                p.birthDate(),
                false,
                null,
                false,
                p.generalPractitioners(),
                p.events(),
                p.links());
    }

    private static PatientFacts deceased(PatientFacts p) {
        return new PatientFacts(
                p.patientId(),
                p.nhsNumbers(),
                p.birthDate(),
                true,
                null,
                p.active(),
                p.generalPractitioners(),
                p.events(),
                p.links());
    }
}
