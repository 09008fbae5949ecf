package io.github.recordaccess.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders for the engine's inputs, so each test row reads like the rule it proves. */
final class Events {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final AtomicInteger IDS = new AtomicInteger();

    private Events() {
    }

    static CodedEvent obs(CodeKind kind, String date) {
        return obs(kind, date, "final");
    }

    static CodedEvent obs(CodeKind kind, String date, String status) {
        return event(SourceType.OBSERVATION, kind, date, null, status);
    }

    static CodedEvent obsIssued(CodeKind kind, String date, String issued) {
        return event(SourceType.OBSERVATION, kind, date, Instant.parse(issued), "final");
    }

    static CodedEvent cond(CodeKind kind, String date, String verificationStatus) {
        return event(SourceType.CONDITION, kind, date, null, verificationStatus);
    }

    static CodedEvent event(SourceType source, CodeKind kind, String date, Instant issued, String status) {
        Coding coding = switch (kind) {
            case DECLINED_103 -> CodeSets.SNOMED_103;
            case REVIEW_INDICATED_104 -> CodeSets.SNOMED_104;
            case REVIEW_NOT_INDICATED_106 -> CodeSets.SNOMED_106;
        };
        String type = source == SourceType.OBSERVATION ? "Observation/" : "Condition/";
        return new CodedEvent(type + IDS.incrementAndGet(), source, kind, coding,
                date == null ? null : FuzzyDate.parse(date), issued, status);
    }

    static PatientFacts adult(CodedEvent... events) {
        return patient("1980-03-04", events);
    }

    static PatientFacts patient(String birthDate, CodedEvent... events) {
        return new PatientFacts("p" + IDS.incrementAndGet(), "9990000018",
                birthDate == null ? null : FuzzyDate.parse(birthDate), false, null, null, List.of(), List.of(events));
    }

    static PatientFacts deceased(boolean flag, String deceasedOn, CodedEvent... events) {
        PatientFacts p = adult(events);
        return new PatientFacts(p.patientId(), p.nhsNumber(), p.birthDate(), flag,
                deceasedOn == null ? null : FuzzyDate.parse(deceasedOn), null, List.of(), p.events());
    }

    static PatientFacts inactive(CodedEvent... events) {
        PatientFacts p = adult(events);
        return new PatientFacts(p.patientId(), p.nhsNumber(), p.birthDate(), false, null, false, List.of(), p.events());
    }
}
