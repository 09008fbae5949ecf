package io.github.recordaccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The safety properties of issue 21's rules for records as NHS sources shape them, stated independently of the
 * engine's code, with the generator's shapes and the deliberately broken engines they must catch:
 * <ul>
 *   <li>a UK Core NHS-number verification status other than 01, on any NHS-number identifier, or one that cannot be
 *       read, is always reported (UNVERIFIED_NHS_NUMBER) and never gives access: where the answer without it would
 *       be PROVISION_ACCESS it is REVIEW_REQUIRED with that reason first, otherwise the answer is unchanged;
 *   <li>RECORDED_ELSEWHERE, with the action REVIEW_INHERITED_104, exactly when the deciding 104 is an Observation
 *       whose performer names an organisation certainly other than the practice (another Organization resource or
 *       another ODS code); a Condition, and a recorder that cannot be told, never; the answer is unchanged (and, as
 *       for every action, a record of someone who died or left gets none).
 * </ul>
 */
final class NhsSourceShapes {

    static final OrganizationIdentity PRACTICE = new OrganizationIdentity("org-practice", "A81001");
    private static final List<String> STATUSES =
            List.of("01", "01", "01", "02", "03", "04", "05", "06", "07", "08", NhsNumberVerification.UNREADABLE, "9");
    private static final List<OrganizationIdentity> RECORDERS = List.of(
            new OrganizationIdentity(null, "A81001"),
            new OrganizationIdentity(null, " a81001 "),
            new OrganizationIdentity("org-practice", null),
            new OrganizationIdentity("org-practice", "A81001"),
            new OrganizationIdentity(null, "Y21001"),
            new OrganizationIdentity("org-previous", null),
            new OrganizationIdentity("org-previous", "Y21001"));

    private NhsSourceShapes() {}

    /** The practice as the service may know it: by Organization and ODS code, by one of them, or not at all. */
    static OrganizationIdentity randomPractice(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> OrganizationIdentity.UNKNOWN;
            case 1, 2 -> new OrganizationIdentity(null, PRACTICE.odsCode());
            case 3 -> new OrganizationIdentity(PRACTICE.organizationId(), null);
            default -> PRACTICE;
        };
    }

    /** Most records carry no status; others one per NHS-number identifier, mostly verified. */
    static List<String> randomStatuses(Random random, int identifiers) {
        if (random.nextInt(3) != 0) {
            return List.of();
        }
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < identifiers; i++) {
            statuses.add(STATUSES.get(random.nextInt(STATUSES.size())));
        }
        return statuses;
    }

    /** Most entries name no organisation; others the practice or another one, by id, ODS code or both. */
    static List<OrganizationIdentity> randomPerformers(Random random) {
        if (random.nextInt(3) != 0) {
            return List.of();
        }
        List<OrganizationIdentity> performers = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            performers.add(RECORDERS.get(random.nextInt(RECORDERS.size())));
        }
        return performers;
    }

    /**
     * The properties for one patient. {@code plain} is the engine's answer for the same practice with neither
     * statuses nor performers: the answer before these rules.
     */
    static void check(
            PatientFacts patient,
            OrganizationIdentity practice,
            AccessRecommendation result,
            AccessRecommendation plain) {
        boolean unverified =
                patient.nhsNumberVerifications().stream().anyMatch(s -> !NhsNumberVerification.VERIFIED.equals(s));
        assertThat(result.reasons().contains(Reason.UNVERIFIED_NHS_NUMBER))
                .as("unverified NHS number reported for %s", patient)
                .isEqualTo(unverified);
        if (unverified) {
            assertThat(result.recommendation())
                    .as("unverified NHS number never gives access: %s", patient)
                    .isNotEqualTo(Recommendation.PROVISION_ACCESS);
            assertThat(result.nhsNumberVerification())
                    .as("unverified status shown for %s", patient)
                    .isNotNull()
                    .isNotEqualTo(NhsNumberVerification.VERIFIED);
        }
        if (unverified && plain.recommendation() == Recommendation.PROVISION_ACCESS) {
            assertThat(result.recommendation())
                    .as("unverified: review for %s", patient)
                    .isEqualTo(Recommendation.REVIEW_REQUIRED);
            assertThat(result.reasons().get(0))
                    .as("unverified decides for %s", patient)
                    .isEqualTo(Reason.UNVERIFIED_NHS_NUMBER);
        } else {
            assertThat(result.recommendation())
                    .as("recommendation unchanged for %s", patient)
                    .isEqualTo(plain.recommendation());
        }
        assertThat(result.flag()).as("flag unchanged for %s", patient).isEqualTo(plain.flag());

        Optional<CodedEvent> deciding = result.evidence().stream()
                .filter(Evidence::deciding)
                .map(Evidence::event)
                .findFirst();
        boolean elsewhere =
                result.flag() == AccessFlag.ACTIVE_104 && deciding.isPresent() && inherited(deciding.get(), practice);
        assertThat(result.reasons().contains(Reason.RECORDED_ELSEWHERE))
                .as("recorded elsewhere reported exactly for an inherited deciding 104: %s", patient)
                .isEqualTo(elsewhere);
        assertThat(ActionAdvisor.actionsFor(result, PracticeContext.UNKNOWN).stream()
                        .anyMatch(a -> a.id() == ActionId.REVIEW_INHERITED_104))
                .as("review of an inherited 104 (recorded elsewhere) advised for %s", patient)
                .isEqualTo(elsewhere && !noActionAtAll(result));
    }

    /** A record of someone who died or left the practice: nothing to do, whatever its codes say. */
    private static boolean noActionAtAll(AccessRecommendation result) {
        return result.reasons().get(0) == Reason.DECEASED || result.reasons().get(0) == Reason.INACTIVE_RECORD;
    }

    /** A 104 Observation whose performer names an organisation certainly other than the practice. */
    private static boolean inherited(CodedEvent event, OrganizationIdentity practice) {
        return event.kind() == CodeKind.REVIEW_INDICATED_104
                && event.source() == SourceType.OBSERVATION
                && event.performerOrganizations().stream().anyMatch(o -> differs(o, practice));
    }

    private static boolean differs(OrganizationIdentity recorder, OrganizationIdentity practice) {
        return (recorder.organizationId() != null
                        && practice.organizationId() != null
                        && !recorder.organizationId().equals(practice.organizationId()))
                || (recorder.odsCode() != null
                        && practice.odsCode() != null
                        && !recorder.odsCode()
                                .strip()
                                .toUpperCase(Locale.ROOT)
                                .equals(practice.odsCode().toUpperCase(Locale.ROOT)));
    }

    /** The practice as it was before these rules: no statuses, no performers. */
    static List<PatientFacts> plain(List<PatientFacts> practice) {
        return practice.stream()
                .map(p -> withStatuses(p, List.of())
                        .withEvents(p.events().stream()
                                .map(NhsSourceShapes::withoutPerformers)
                                .toList()))
                .toList();
    }

    /** Broken engine: reads no status. */
    static PatientFacts withoutStatuses(PatientFacts patient) {
        return withStatuses(patient, List.of());
    }

    /** Broken engine: reads the first identifier's status only. */
    static PatientFacts firstStatusOnly(PatientFacts patient) {
        return withStatuses(
                patient, patient.nhsNumberVerifications().stream().limit(1).toList());
    }

    /** Broken engine: says RECORDED_ELSEWHERE for any inherited 104 Observation, deciding or not. */
    static AccessRecommendation anyInherited104(
            AccessRecommendation result, PatientFacts patient, OrganizationIdentity practice) {
        if (result.reasons().contains(Reason.RECORDED_ELSEWHERE)
                || patient.events().stream().noneMatch(e -> inherited(e, practice))) {
            return result;
        }
        List<Reason> reasons = new ArrayList<>(result.reasons());
        reasons.add(Reason.RECORDED_ELSEWHERE);
        return with(result, result.recommendation(), reasons);
    }

    /** Broken engine: lets RECORDED_ELSEWHERE decide a review. */
    static AccessRecommendation reviewWhenRecordedElsewhere(AccessRecommendation result) {
        return result.reasons().contains(Reason.RECORDED_ELSEWHERE)
                ? with(result, Recommendation.REVIEW_REQUIRED, result.reasons())
                : result;
    }

    private static AccessRecommendation with(
            AccessRecommendation result, Recommendation recommendation, List<Reason> reasons) {
        return new AccessRecommendation(
                result.patientId(),
                result.nhsNumber(),
                result.asOf(),
                recommendation,
                result.flag(),
                reasons,
                result.eligibleFrom(),
                result.bulkCoded104(),
                result.evidence(),
                result.nhsNumberVerification());
    }

    private static PatientFacts withStatuses(PatientFacts p, List<String> statuses) {
        return new PatientFacts(
                p.patientId(),
                p.nhsNumbers(),
                p.birthDate(),
                p.deceased(),
                p.deceasedOn(),
                p.active(),
                p.generalPractitioners(),
                p.events(),
                p.links(),
                statuses);
    }

    private static CodedEvent withoutPerformers(CodedEvent e) {
        return new CodedEvent(
                e.reference(),
                e.source(),
                e.kind(),
                e.coding(),
                e.recognised(),
                e.clinical(),
                e.recorded(),
                e.status());
    }
}
