package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.AccessFlag.ACTIVE_104;
import static io.github.recordaccess.rules.AccessFlag.NONE;
import static io.github.recordaccess.rules.AccessFlag.NOT_INDICATED_106;
import static io.github.recordaccess.rules.AccessFlag.RESCINDED_BY_106;
import static io.github.recordaccess.rules.AccessFlag.UNDETERMINED;
import static io.github.recordaccess.rules.CodeKind.DECLINED_103;
import static io.github.recordaccess.rules.CodeKind.REVIEW_INDICATED_104;
import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.Events.AS_OF;
import static io.github.recordaccess.rules.Events.MISTYPED_SNOMED;
import static io.github.recordaccess.rules.Events.NHS;
import static io.github.recordaccess.rules.Events.TODAY;
import static io.github.recordaccess.rules.Events.adult;
import static io.github.recordaccess.rules.Events.cond;
import static io.github.recordaccess.rules.Events.condOnset;
import static io.github.recordaccess.rules.Events.deceased;
import static io.github.recordaccess.rules.Events.inactive;
import static io.github.recordaccess.rules.Events.nearMiss;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.Events.obsIssued;
import static io.github.recordaccess.rules.Events.obsIssuedOnly;
import static io.github.recordaccess.rules.Events.patient;
import static io.github.recordaccess.rules.Events.withNhs;
import static io.github.recordaccess.rules.Recommendation.NOT_APPLICABLE;
import static io.github.recordaccess.rules.Recommendation.OFFER_OPT_IN;
import static io.github.recordaccess.rules.Recommendation.OPTED_OUT;
import static io.github.recordaccess.rules.Recommendation.PROVISION_ACCESS;
import static io.github.recordaccess.rules.Recommendation.REVIEW_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecommendationEngineTest {

    private final RecommendationEngine engine = Events.engine();

    static Stream<Arguments> decisionTable() {
        return Stream.of(
                // 1. deceased
                row(
                        "deceasedBooleanIsNotApplicable",
                        deceased(true, null, obs(REVIEW_INDICATED_104, "2023-01-01")),
                        NOT_APPLICABLE,
                        ACTIVE_104,
                        List.of(Reason.DECEASED, Reason.ACTIVE_104)),
                row(
                        "deceasedDateOnAsOfIsNotApplicable",
                        deceased(false, "2024-06-01"),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.DECEASED)),
                row(
                        "deceasedDateAfterAsOfIsIgnored",
                        deceased(false, "2024-06-02"),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                // 2. inactive
                row(
                        "inactiveRecordIsNotApplicable",
                        inactive(obs(DECLINED_103, "2023-01-01")),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.INACTIVE_RECORD, Reason.DECLINED_103)),
                // 3. birth date
                row(
                        "missingBirthDateNeedsReview",
                        patient(null, obs(REVIEW_INDICATED_104, "2023-01-01")),
                        REVIEW_REQUIRED,
                        ACTIVE_104,
                        List.of(Reason.MISSING_BIRTH_DATE, Reason.ACTIVE_104)),
                // 4. age
                row(
                        "sixteenthBirthdayTomorrowIsUnder16",
                        patient("2008-06-02"),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.UNDER_16)),
                row(
                        "sixteenthBirthdayTodayIsEligible",
                        patient("2008-06-01"),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "yearOnlyBirthDateUsesLastDayOfYear",
                        patient("2008"),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.UNDER_16)),
                row(
                        "monthOnlyBirthDateEndedBeforeAsOfIsEligible",
                        patient("2008-05"),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "monthOnlyBirthDateCoveringAsOfIsUnder16",
                        patient("2008-06"),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.UNDER_16)),
                row(
                        "under16KeepsActive104Flag",
                        patient("2010-01-01", obs(REVIEW_INDICATED_104, "2023-01-01")),
                        NOT_APPLICABLE,
                        ACTIVE_104,
                        List.of(Reason.UNDER_16, Reason.ACTIVE_104)),
                // 5. 103
                row(
                        "counted103OptsOut",
                        adult(obs(DECLINED_103, "2023-01-01")),
                        OPTED_OUT,
                        NONE,
                        List.of(Reason.DECLINED_103)),
                row(
                        "a106DoesNotNegateA103",
                        adult(obs(DECLINED_103, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2023-06-01")),
                        OPTED_OUT,
                        NOT_INDICATED_106,
                        List.of(Reason.DECLINED_103, Reason.NOT_INDICATED_106)),
                row(
                        "undated103StillOptsOut",
                        adult(obs(DECLINED_103, null)),
                        OPTED_OUT,
                        NONE,
                        List.of(Reason.DECLINED_103)),
                row(
                        "preliminary103Counts",
                        adult(obs(DECLINED_103, "2023-01-01", "preliminary")),
                        OPTED_OUT,
                        NONE,
                        List.of(Reason.DECLINED_103)),
                // 6. 104/106
                row("noCodesProvisionsAccess", adult(), PROVISION_ACCESS, NONE, List.of(Reason.NO_CODES)),
                row(
                        "only104OffersOptIn",
                        adult(obs(REVIEW_INDICATED_104, "2023-01-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "undated104IsStillA104",
                        adult(obs(REVIEW_INDICATED_104, null)),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "only106ProvisionsAccess",
                        adult(obs(REVIEW_NOT_INDICATED_106, "2023-01-01")),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "undated106AloneProvisionsAccess",
                        adult(obs(REVIEW_NOT_INDICATED_106, null)),
                        PROVISION_ACCESS,
                        NOT_INDICATED_106,
                        List.of(Reason.NOT_INDICATED_106)),
                row(
                        "undated106WithA104NeedsReview",
                        adult(obs(REVIEW_INDICATED_104, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, null)),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.UNDATED_CODE)),
                row(
                        "undated104WithA106NeedsReview",
                        adult(obs(REVIEW_INDICATED_104, null), obs(REVIEW_NOT_INDICATED_106, "2023-01-01")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.UNDATED_CODE)),
                row(
                        "later106RescindsA104",
                        adult(obs(REVIEW_INDICATED_104, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2023-01-02")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "later104BlocksAgainAfterA106",
                        adult(obs(REVIEW_NOT_INDICATED_106, "2023-01-01"), obs(REVIEW_INDICATED_104, "2023-01-02")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "latest104AfterEvery106IsActive",
                        adult(
                                obs(REVIEW_INDICATED_104, "2022-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2022-02-01"),
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2022-12-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "sameDay104And106WithoutIssuedConflict",
                        adult(obs(REVIEW_INDICATED_104, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2023-01-01")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "sameDayLaterIssued106Rescinds",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2023-01-01", "2023-01-01T09:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-01-01", "2023-01-01T10:00:00Z")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "sameDayLaterIssued104Blocks",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2023-01-01", "2023-01-01T11:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-01-01", "2023-01-01T10:00:00Z")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "sameDayEqualIssuedConflict",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2023-01-01", "2023-01-01T10:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-01-01", "2023-01-01T10:00:00Z")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "issuedOnOnlyOneSideConflicts",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2023-01-01", "2023-01-01T10:00:00Z")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "year104Overlapping106DayConflicts",
                        adult(obs(REVIEW_INDICATED_104, "2023"), obs(REVIEW_NOT_INDICATED_106, "2023-05-01")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "month104Before106NextMonthRescinds",
                        adult(obs(REVIEW_INDICATED_104, "2023-04"), obs(REVIEW_NOT_INDICATED_106, "2023-05-01")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "year106AfterYear104Rescinds",
                        adult(obs(REVIEW_INDICATED_104, "2022"), obs(REVIEW_NOT_INDICATED_106, "2023")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "instantsOrderSameDay",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01T09:00:00Z"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-01T09:00:01Z")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "equalInstantsConflict",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01T09:00:00Z"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-01T10:00:00+01:00")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "instantWithinDayOf106Conflicts",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01T09:00:00Z"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-01")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                // events that do not count
                row(
                        "eventAfterAsOfIsIgnored",
                        adult(obs(REVIEW_INDICATED_104, "2024-06-02")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "eventOnAsOfCounts",
                        adult(obs(REVIEW_INDICATED_104, "2024-06-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "106AfterAsOfDoesNotRescind",
                        adult(obs(REVIEW_INDICATED_104, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2024-06-02")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "106WhoseYearMayPostdateAsOfDoesNotRescind",
                        adult(obs(REVIEW_INDICATED_104, "2023-01-01"), obs(REVIEW_NOT_INDICATED_106, "2024")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "enteredInErrorObservationIsIgnored",
                        adult(obs(REVIEW_INDICATED_104, "2023-01-01", "entered-in-error")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "cancelledObservationIsIgnored",
                        adult(obs(DECLINED_103, "2023-01-01", "cancelled")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "refutedConditionIsIgnored",
                        adult(cond(REVIEW_INDICATED_104, "2023-01-01", "refuted")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "enteredInErrorConditionIsIgnored",
                        adult(cond(REVIEW_INDICATED_104, "2023-01-01", "entered-in-error")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "preliminary104Counts",
                        adult(obs(REVIEW_INDICATED_104, "2023-01-01", "preliminary")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "unconfirmedCondition104Counts",
                        adult(cond(REVIEW_INDICATED_104, "2023-01-01", "unconfirmed")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "preliminary106DoesNotRescind",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01", "preliminary")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "observation106WithoutStatusDoesNotRescind",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01", null)),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "amended106Rescinds",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01", "amended")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "corrected106Rescinds",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01", "corrected")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "provisionalCondition106DoesNotRescind",
                        adult(
                                cond(REVIEW_INDICATED_104, "2023-01-01", "confirmed"),
                                cond(REVIEW_NOT_INDICATED_106, "2023-02-01", "provisional")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "confirmedCondition106Rescinds",
                        adult(
                                cond(REVIEW_INDICATED_104, "2023-01-01", null),
                                cond(REVIEW_NOT_INDICATED_106, "2023-02-01", "confirmed")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "condition106WithoutVerificationStatusRescinds",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                cond(REVIEW_NOT_INDICATED_106, "2023-02-01", null)),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "optOutWithConflictListsBoth",
                        adult(
                                obs(DECLINED_103, "2023-01-01"),
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-01-01")),
                        OPTED_OUT,
                        UNDETERMINED,
                        List.of(Reason.DECLINED_103, Reason.CONFLICTING_CODES)),
                // 7. two dates per entry: an order needs the clinical dates and recorded times to agree
                row(
                        "104EnteredAfterThe106ButClinicallyDatedBeforeItConflicts",
                        adult(
                                obsIssued(REVIEW_NOT_INDICATED_106, "2024-03-10", "2024-03-10T10:00:00Z"),
                                obsIssued(REVIEW_INDICATED_104, "2024-03-01", "2024-03-12T09:00:00Z")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "106EnteredBeforeThe104ButClinicallyDatedAfterItConflicts",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2024-03-01", "2024-03-12T09:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2024-03-10", "2024-03-11T10:00:00Z")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "clinicalAndRecordedOrdersAgreeSoThe106Rescinds",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2024-01-01", "2024-01-01T09:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2024-02-01", "2024-02-01T09:00:00Z")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "clinicalOrderStandsWhenOnlyOneEntryHasARecordedTime",
                        adult(
                                obs(REVIEW_INDICATED_104, "2024-01-01"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2024-02-01", "2023-12-01T09:00:00Z")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "clinicalOrderStandsWhenRecordedTimesOverlap",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2024-01-01", "2024-03-05"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2024-02-01", "2024-03-05T10:00:00Z")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "refiledConditionCopyOfA106DoesNotRescindALater104",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2023-06-01", "2023-06-01T10:00:00Z"),
                                condOnset(REVIEW_NOT_INDICATED_106, "2023-01-01", "2024-05-01")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "conditionOnsetIsItsClinicalDate",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2024-01-01", "2024-01-01T09:00:00Z"),
                                condOnset(REVIEW_NOT_INDICATED_106, "2024-02-01", "2024-02-03")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "conditionOnsetBeforeThe104KeepsItActive",
                        adult(
                                obs(REVIEW_INDICATED_104, "2024-01-01"),
                                condOnset(REVIEW_NOT_INDICATED_106, "2023-12-01", "2024-02-03")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "observationDatedOnlyByIssuedUsesIssuedAsItsClinicalDate",
                        adult(
                                obs(REVIEW_INDICATED_104, "2024-01-01"),
                                obsIssuedOnly(REVIEW_NOT_INDICATED_106, "2024-02-01T10:00:00Z")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                // 8. future-dated codes, as of a day in the past (for today, see todayTable)
                row(
                        "104DatedAfterAPastAsOfIsIgnored",
                        adult(obs(REVIEW_INDICATED_104, "2024-08-01")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                // 9. near-miss codings
                row(
                        "nearMiss104UnderMistypedSystemNeedsReview",
                        adult(nearMiss(REVIEW_INDICATED_104, MISTYPED_SNOMED, "2024-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.UNRECOGNISED_CODING)),
                row(
                        "nearMiss104WithoutSystemNeedsReview",
                        adult(nearMiss(REVIEW_INDICATED_104, null, "2024-01-01")),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.UNRECOGNISED_CODING)),
                row(
                        "nearMiss104UnderAnotherSystemNeedsReview",
                        adult(nearMiss(REVIEW_INDICATED_104, "http://read.info/ctv3", null)),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.UNRECOGNISED_CODING)),
                row(
                        "nearMissTurnsARescindedPatientToReview",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01"),
                                nearMiss(REVIEW_NOT_INDICATED_106, null, "2023-03-01")),
                        REVIEW_REQUIRED,
                        RESCINDED_BY_106,
                        List.of(Reason.UNRECOGNISED_CODING, Reason.RESCINDED_BY_106)),
                row(
                        "nearMissTurnsAn106OnlyPatientToReview",
                        adult(
                                obs(REVIEW_NOT_INDICATED_106, "2023-02-01"),
                                nearMiss(DECLINED_103, MISTYPED_SNOMED, "2023-03-01")),
                        REVIEW_REQUIRED,
                        NOT_INDICATED_106,
                        List.of(Reason.UNRECOGNISED_CODING, Reason.NOT_INDICATED_106)),
                row(
                        "nearMissIsAddedToAnActive104",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                nearMiss(REVIEW_NOT_INDICATED_106, MISTYPED_SNOMED, "2023-06-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, Reason.UNRECOGNISED_CODING)),
                row(
                        "nearMissIsAddedToAnOptOut",
                        adult(obs(DECLINED_103, "2023-01-01"), nearMiss(REVIEW_INDICATED_104, null, "2023-06-01")),
                        OPTED_OUT,
                        NONE,
                        List.of(Reason.DECLINED_103, Reason.UNRECOGNISED_CODING)),
                row(
                        "nearMissIsAddedForAnUnder16",
                        patient("2010-01-01", nearMiss(REVIEW_INDICATED_104, null, "2023-06-01")),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.UNDER_16, Reason.UNRECOGNISED_CODING)),
                // 10. midnight, zoneless and unreadable dates
                row(
                        "midnightDateTimeIsItsWholeDaySoA106At14ThatDayConflicts",
                        adult(
                                obs(REVIEW_INDICATED_104, "2024-03-05T00:00:00+00:00"),
                                obs(REVIEW_NOT_INDICATED_106, "2024-03-05T14:00:00Z")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "midnightInAnyOffsetIsItsOwnDate",
                        adult(
                                obs(REVIEW_INDICATED_104, "2024-03-05T00:00:00.000+05:00"),
                                obs(REVIEW_NOT_INDICATED_106, "2024-03-05T23:00:00+01:00")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "midnightRecordedDateTimeIsItsWholeDay",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2024-03-05", "2024-03-05T10:00:00Z"),
                                condOnset(REVIEW_NOT_INDICATED_106, "2024-03-05", "2024-03-05T00:00:00+00:00")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "midnightIssuedInstantStaysAPointSoTheOrdersStillDisagree",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2024-03-01", "2024-03-05T10:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2024-03-04", "2024-03-05T00:00:00Z")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "unreadableRecordedTimeMakesTheEntryUndated",
                        adult(
                                obsIssued(REVIEW_INDICATED_104, "2024-03-01", "2024-03-12T09:00:00Z"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2024-03-10", "11/03/2024 09:00")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.UNDATED_CODE)),
                row(
                        "106AfterAPastAsOfWithAnUnreadableRecordedTimeStillDoesNotCount",
                        adult(
                                obs(REVIEW_INDICATED_104, "2023-01-01"),
                                obsIssued(REVIEW_NOT_INDICATED_106, "2024-07-01", "garbled")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "zonelessTimeIsItsWholeDay",
                        adult(
                                obs(REVIEW_INDICATED_104, "2024-03-05T09:00:00"),
                                obs(REVIEW_NOT_INDICATED_106, "2024-03-05T14:00:00Z")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.CONFLICTING_CODES)),
                row(
                        "aTimeJustAfterMidnightIsAnInstant",
                        adult(
                                obs(REVIEW_INDICATED_104, "2024-03-05T00:00:01Z"),
                                obs(REVIEW_NOT_INDICATED_106, "2024-03-05T14:00:00Z")),
                        PROVISION_ACCESS,
                        RESCINDED_BY_106,
                        List.of(Reason.RESCINDED_BY_106)),
                row(
                        "unreadable104DateMakesItUndated",
                        adult(obs(REVIEW_INDICATED_104, "05/03/2024"), obs(REVIEW_NOT_INDICATED_106, "2024-03-06")),
                        REVIEW_REQUIRED,
                        UNDETERMINED,
                        List.of(Reason.UNDATED_CODE)),
                row(
                        "unreadable104DateAloneStillBlocks",
                        adult(obs(REVIEW_INDICATED_104, "2024-13-45")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                // 11. identity of a patient found on their own (duplicates: see practiceTable)
                row(
                        "noNhsNumberNeedsReview",
                        withNhs(List.of(), "1980-01-01"),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.NO_NHS_NUMBER)),
                row(
                        "nhsNumberFailingTheCheckDigitNeedsReview",
                        withNhs(List.of("9990000017"), "1980-01-01", obs(REVIEW_INDICATED_104, "2023-01-01")),
                        REVIEW_REQUIRED,
                        ACTIVE_104,
                        List.of(Reason.NO_NHS_NUMBER, Reason.ACTIVE_104)),
                row(
                        "theSameNumberUnderBothSystemsIsOneNumber",
                        withNhs(List.of(NHS, NHS), "1980-01-01"),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "twoDifferentNumbersOnOneRecordNeedReview",
                        withNhs(List.of(NHS, "9990000026"), "1980-01-01"),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.NO_NHS_NUMBER)),
                row(
                        "anInvalidSecondNumberNeedsReview",
                        withNhs(List.of("9990000017", NHS), "1980-01-01"),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.NO_NHS_NUMBER)),
                row(
                        "aNumberWrittenWithSpacesNeedsReview",
                        withNhs(List.of("999 000 0018"), "1980-01-01"),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.NO_NHS_NUMBER)),
                row(
                        "noNhsNumberComesAfterDeceased",
                        new PatientFacts(
                                "p-dead",
                                List.of(),
                                FuzzyDate.parse("1980-01-01"),
                                true,
                                null,
                                null,
                                List.of(),
                                List.of()),
                        NOT_APPLICABLE,
                        NONE,
                        List.of(Reason.DECEASED, Reason.NO_NHS_NUMBER)),
                row(
                        "noNhsNumberComesBeforeUnder16",
                        withNhs(List.of(), "2012-01-01"),
                        REVIEW_REQUIRED,
                        NONE,
                        List.of(Reason.NO_NHS_NUMBER, Reason.UNDER_16)));
    }

    /** As of today: a 103 or 104 dated after it counts, flagged; a 106 dated after it never counts. */
    static Stream<Arguments> todayTable() {
        return Stream.of(
                row(
                        "future104CountsToday",
                        adult(obs(REVIEW_INDICATED_104, "2025-09-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, Reason.FUTURE_DATED_CODE)),
                row(
                        "future103CountsToday",
                        adult(obs(DECLINED_103, "2124-01-01")),
                        OPTED_OUT,
                        NONE,
                        List.of(Reason.DECLINED_103, Reason.FUTURE_DATED_CODE)),
                row(
                        "future104BlocksAfterA106Today",
                        adult(obs(REVIEW_NOT_INDICATED_106, "2024-01-01"), obs(REVIEW_INDICATED_104, "2034-01-01")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104, Reason.FUTURE_DATED_CODE)),
                row(
                        "future106NeverCounts",
                        adult(obs(REVIEW_INDICATED_104, "2024-01-01"), obs(REVIEW_NOT_INDICATED_106, "2024-09-02")),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)),
                row(
                        "future106AloneStillProvisions",
                        adult(obs(REVIEW_NOT_INDICATED_106, "2025-01-01")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "futureEnteredInError104IsStillIgnored",
                        adult(obs(REVIEW_INDICATED_104, "2030-01-01", "entered-in-error")),
                        PROVISION_ACCESS,
                        NONE,
                        List.of(Reason.NO_CODES)),
                row(
                        "future104OfAnUnder16CountsToo",
                        patient("2012-01-01", obs(REVIEW_INDICATED_104, "2030-01-01")),
                        NOT_APPLICABLE,
                        ACTIVE_104,
                        List.of(Reason.UNDER_16, Reason.ACTIVE_104, Reason.FUTURE_DATED_CODE)),
                row(
                        "104DatedTodayIsNotFutureDated",
                        adult(obs(REVIEW_INDICATED_104, TODAY.toString())),
                        OFFER_OPT_IN,
                        ACTIVE_104,
                        List.of(Reason.ACTIVE_104)));
    }

    private static Arguments row(
            String rule, PatientFacts facts, Recommendation recommendation, AccessFlag flag, List<Reason> reasons) {
        return arguments(rule, facts, recommendation, flag, reasons);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionTable")
    void decidesAsTheRulesSay(
            String rule, PatientFacts facts, Recommendation recommendation, AccessFlag flag, List<Reason> reasons) {
        assertDecides(rule, facts, AS_OF, recommendation, flag, reasons);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("todayTable")
    void decidesAsTheRulesSayForToday(
            String rule, PatientFacts facts, Recommendation recommendation, AccessFlag flag, List<Reason> reasons) {
        assertDecides(rule, facts, TODAY, recommendation, flag, reasons);
    }

    private void assertDecides(
            String rule,
            PatientFacts facts,
            LocalDate asOf,
            Recommendation recommendation,
            AccessFlag flag,
            List<Reason> reasons) {
        AccessRecommendation result = engine.evaluate(facts, asOf);

        assertThat(result.recommendation()).as(rule).isEqualTo(recommendation);
        assertThat(result.flag()).as(rule).isEqualTo(flag);
        assertThat(result.reasons()).as(rule).containsExactlyElementsOf(reasons);
        assertThat(ActionAdvisor.actionsFor(result, PracticeContext.UNKNOWN))
                .as(rule)
                .isNotEmpty();
        assertThat(result.evidence()).as(rule).hasSize(facts.events().size());
    }

    @Test
    void theDayAnEvaluationStartedDecidesWhetherItIsForToday() {
        PatientFacts future104 = adult(obs(REVIEW_INDICATED_104, "2024-06-02"));

        // Started on AS_OF and still running after midnight: the answer is for the day it started.
        assertThat(engine.evaluate(future104, OrganizationIdentity.UNKNOWN, AS_OF, AS_OF)
                        .reasons())
                .containsExactly(Reason.ACTIVE_104, Reason.FUTURE_DATED_CODE);
        assertThat(engine.evaluateAll(List.of(future104), OrganizationIdentity.UNKNOWN, AS_OF, AS_OF)
                        .get(0)
                        .recommendation())
                .isEqualTo(OFFER_OPT_IN);
        assertThat(engine.evaluate(future104, OrganizationIdentity.UNKNOWN, AS_OF, AS_OF.plusDays(1))
                        .reasons())
                .containsExactly(Reason.NO_CODES);
    }

    @Test
    void under16CarriesEligibleFromTheSixteenthBirthday() {
        AccessRecommendation result = engine.evaluate(patient("2008-06-02"), AS_OF);

        assertThat(result.eligibleFrom()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(ActionAdvisor.actionsFor(result, PracticeContext.UNKNOWN))
                .singleElement()
                .satisfies(a -> assertThat(a.id()).isEqualTo(ActionId.AT_SIXTEEN))
                .satisfies(a -> assertThat(a.text()).contains("2 June 2024"));
    }

    @Test
    void eligibleFromOnlyWhenUnder16Decides() {
        assertThat(engine.evaluate(patient("2008-06-01"), AS_OF).eligibleFrom()).isNull();
        assertThat(engine.evaluate(deceased(true, null), AS_OF).eligibleFrom()).isNull();
    }

    @Test
    void evidenceSaysWhyAnEntryWasNotCounted() {
        CodedEvent error = obs(REVIEW_INDICATED_104, "2023-01-01", "entered-in-error");
        CodedEvent future = obs(REVIEW_INDICATED_104, "2025-01-01");
        CodedEvent uncertain = obs(REVIEW_NOT_INDICATED_106, "2023-01-01", "preliminary");
        CodedEvent counted = obs(DECLINED_103, "2023-01-01");

        List<Evidence> evidence =
                engine.evaluate(adult(error, future, uncertain, counted), AS_OF).evidence();

        assertThat(evidence)
                .extracting(Evidence::counted, Evidence::notCounted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(false, NotCountedReason.ENTERED_IN_ERROR),
                        org.assertj.core.groups.Tuple.tuple(false, NotCountedReason.AFTER_AS_OF),
                        org.assertj.core.groups.Tuple.tuple(false, NotCountedReason.NOT_DEFINITE),
                        org.assertj.core.groups.Tuple.tuple(true, null));
    }

    @Test
    void theDeciding104IsMarkedInTheEvidence() {
        CodedEvent early = obs(REVIEW_INDICATED_104, "2022-01-01");
        CodedEvent rescinding = obs(REVIEW_NOT_INDICATED_106, "2022-06-01");
        CodedEvent late = obs(REVIEW_INDICATED_104, "2023-01-01");

        AccessRecommendation result = engine.evaluate(adult(early, rescinding, late), AS_OF);

        assertThat(result.deciding104()).containsSame(late);
        assertThat(result.evidence())
                .filteredOn(Evidence::deciding)
                .extracting(Evidence::event)
                .containsExactly(late);
    }

    @Test
    void bulkCodingIsUnknownUntilThePracticeIsEvaluatedOnlyForADayDated104() {
        assertThat(engine.evaluate(adult(obs(REVIEW_INDICATED_104, "2023-01-01")), AS_OF)
                        .bulkCoded104())
                .isNull();
        assertThat(engine.evaluate(adult(obs(REVIEW_INDICATED_104, "2023-01")), AS_OF)
                        .bulkCoded104())
                .isFalse();
        assertThat(engine.evaluate(adult(obs(REVIEW_INDICATED_104, null)), AS_OF)
                        .bulkCoded104())
                .isFalse();
        assertThat(engine.evaluate(adult(), AS_OF).bulkCoded104()).isFalse();
    }

    @Test
    void under16WithActive104IsToldToReviewBeforeTheBirthday() {
        AccessRecommendation result =
                engine.evaluate(patient("2010-01-01", obs(REVIEW_INDICATED_104, "2023-01-01")), AS_OF);

        assertThat(ActionAdvisor.actionsFor(result, PracticeContext.UNKNOWN))
                .anyMatch(a -> a.id() == ActionId.AT_SIXTEEN && a.text().contains("before the 16th birthday"));
    }
}
