package io.github.recordaccess.patient;

import io.github.recordaccess.fhir.AmbiguousMatchException;
import io.github.recordaccess.fhir.FhirRecords;
import io.github.recordaccess.fhir.PatientRecord;
import io.github.recordaccess.fhir.PracticeRef;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A patient's record as the caller's scope lets them find it: outside it, as if no Patient carried the number. */
final class ScopedRecords {

    private ScopedRecords() {}

    /**
     * The record; several records of the number registered only outside the scope answer as none at all (404), so
     * that a 409 does not tell that the person is registered elsewhere.
     */
    static PatientRecord load(FhirRecords fhir, String nhsNumber, PatientScope scope) {
        try {
            return fhir.patientRecord(nhsNumber).orElseThrow(PatientNotFoundException::new);
        } catch (AmbiguousMatchException e) {
            if (!scope.everywhere()) {
                scope.require(codesOf(e.practices().stream().map(fhir::withOdsCode)));
            }
            throw e;
        }
    }

    /** The practices' ODS codes, where known. */
    static List<String> codesOf(Stream<PracticeRef> practices) {
        return practices.map(PracticeRef::odsCode).filter(Objects::nonNull).toList();
    }
}
