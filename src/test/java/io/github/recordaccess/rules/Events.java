package io.github.recordaccess.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders for the engine's inputs, so each test row reads like the rule it proves. */
final class Events {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    /** "Today" for the engine under test: after {@link #AS_OF}, so AS_OF rows are about a past day. */
    static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

    static final Clock CLOCK =
            Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(FuzzyDate.LONDON).toInstant(), FuzzyDate.LONDON);
    static final String NHS = "9990000018";
    static final String MISTYPED_SNOMED = "https://snomed.info/sct";
    private static final AtomicInteger IDS = new AtomicInteger();

    private Events() {}

    static RecommendationEngine engine() {
        return new RecommendationEngine(CLOCK);
    }

    static CodedEvent obs(CodeKind kind, String date) {
        return obs(kind, date, "final");
    }

    static CodedEvent obs(CodeKind kind, String date, String status) {
        return event(SourceType.OBSERVATION, kind, date, null, status);
    }

    /** An Observation with effectiveDateTime {@code date} and issued {@code issued}. */
    static CodedEvent obsIssued(CodeKind kind, String date, String issued) {
        return event(SourceType.OBSERVATION, kind, date, issued, "final");
    }

    /** An Observation dated only by issued: its clinical date falls back to issued. */
    static CodedEvent obsIssuedOnly(CodeKind kind, String issued) {
        EntryDate recorded = EntryDate.readInstant("issued", issued);
        return new CodedEvent(
                next("Observation/"), SourceType.OBSERVATION, kind, codingOf(kind), true, recorded, recorded, "final");
    }

    /** A Condition with only a recordedDate, which is then its clinical date too. */
    static CodedEvent cond(CodeKind kind, String recordedDate, String verificationStatus) {
        EntryDate recorded = recordedDate == null ? null : EntryDate.read("recordedDate", recordedDate);
        return new CodedEvent(
                next("Condition/"),
                SourceType.CONDITION,
                kind,
                codingOf(kind),
                true,
                recorded,
                recorded,
                verificationStatus);
    }

    /** A Condition with onsetDateTime {@code onset} and recordedDate {@code recordedDate}. */
    static CodedEvent condOnset(CodeKind kind, String onset, String recordedDate) {
        return new CodedEvent(
                next("Condition/"),
                SourceType.CONDITION,
                kind,
                codingOf(kind),
                true,
                EntryDate.read("onsetDateTime", onset),
                recordedDate == null ? null : EntryDate.read("recordedDate", recordedDate),
                null);
    }

    /** An Observation coded with the code value of {@code kind} under {@code system} (null: none). */
    static CodedEvent nearMiss(CodeKind kind, String system, String date) {
        return new CodedEvent(
                next("Observation/"),
                SourceType.OBSERVATION,
                kind,
                new Coding(system, codingOf(kind).code()),
                false,
                date == null ? null : EntryDate.read("effectiveDateTime", date),
                null,
                "final");
    }

    static CodedEvent event(SourceType source, CodeKind kind, String date, String issued, String status) {
        String prefix = source == SourceType.OBSERVATION ? "Observation/" : "Condition/";
        String clinicalField = source == SourceType.OBSERVATION ? "effectiveDateTime" : "onsetDateTime";
        String recordedField = source == SourceType.OBSERVATION ? "issued" : "recordedDate";
        EntryDate recorded = issued == null
                ? null
                : source == SourceType.OBSERVATION
                        ? EntryDate.readInstant(recordedField, issued)
                        : EntryDate.read(recordedField, issued);
        return new CodedEvent(
                next(prefix),
                source,
                kind,
                codingOf(kind),
                true,
                date == null ? null : EntryDate.read(clinicalField, date),
                recorded,
                status);
    }

    static Coding codingOf(CodeKind kind) {
        return switch (kind) {
            case DECLINED_103 -> CodeSets.SNOMED_103;
            case REVIEW_INDICATED_104 -> CodeSets.SNOMED_104;
            case REVIEW_NOT_INDICATED_106 -> CodeSets.SNOMED_106;
            case SAFEGUARDING_CONCERN -> SafeguardingCodes.RCGP_ESSENTIAL.get(0);
        };
    }

    static PatientFacts adult(CodedEvent... events) {
        return patient("1980-03-04", events);
    }

    static PatientFacts patient(String birthDate, CodedEvent... events) {
        return withNhs(List.of(NHS), birthDate, events);
    }

    static PatientFacts withNhs(List<String> nhsNumbers, String birthDate, CodedEvent... events) {
        return new PatientFacts(
                next("p"),
                nhsNumbers,
                birthDate == null ? null : FuzzyDate.parse(birthDate),
                false,
                null,
                null,
                List.of(),
                List.of(events));
    }

    static PatientFacts deceased(boolean flag, String deceasedOn, CodedEvent... events) {
        PatientFacts p = adult(events);
        return new PatientFacts(
                p.patientId(),
                p.nhsNumbers(),
                p.birthDate(),
                flag,
                deceasedOn == null ? null : FuzzyDate.parse(deceasedOn),
                null,
                List.of(),
                p.events());
    }

    static PatientFacts inactive(CodedEvent... events) {
        return inactive(NHS, events);
    }

    static PatientFacts inactive(String nhs, CodedEvent... events) {
        PatientFacts p = withNhs(List.of(nhs), "1980-03-04", events);
        return new PatientFacts(
                p.patientId(), p.nhsNumbers(), p.birthDate(), false, null, false, List.of(), p.events());
    }

    /** The practice the rows of RECORDED_ELSEWHERE are evaluated for. */
    static final OrganizationIdentity PRACTICE = new OrganizationIdentity("org-practice", "A81001");

    /** A final Observation dated {@code date} whose performer names {@code organizations}. */
    static CodedEvent obsBy(CodeKind kind, String date, OrganizationIdentity... organizations) {
        CodedEvent e = obs(kind, date);
        return new CodedEvent(
                e.reference(),
                e.source(),
                e.kind(),
                e.coding(),
                e.recognised(),
                e.clinical(),
                e.recorded(),
                e.status(),
                List.of(organizations));
    }

    /** A Condition with only a recordedDate, naming {@code organizations} as if it could (R4 lets it name people only). */
    static CodedEvent condBy(CodeKind kind, String recordedDate, OrganizationIdentity... organizations) {
        CodedEvent e = cond(kind, recordedDate, null);
        return new CodedEvent(
                e.reference(),
                e.source(),
                e.kind(),
                e.coding(),
                e.recognised(),
                e.clinical(),
                e.recorded(),
                e.status(),
                List.of(organizations));
    }

    static OrganizationIdentity ods(String odsCode) {
        return new OrganizationIdentity(null, odsCode);
    }

    static OrganizationIdentity organization(String id) {
        return new OrganizationIdentity(id, null);
    }

    /** {@code p} with these NHS-number verification statuses on its identifiers. */
    static PatientFacts withStatuses(PatientFacts p, String... statuses) {
        return new PatientFacts(
                p.patientId(),
                p.nhsNumbers(),
                p.birthDate(),
                p.deceased(),
                p.deceasedOn(),
                p.active(),
                p.generalPractitioners(),
                p.events(),
                List.of(statuses));
    }

    private static String next(String prefix) {
        return prefix + IDS.incrementAndGet();
    }
}
