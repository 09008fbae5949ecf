package io.github.recordaccess.demo;

import io.github.recordaccess.rules.CodeSets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A demo practice's merged records (Patient.link), one group per shape the merge rules know, added after the
 * practice's other patients so that their draws stay as they were: a pair linked by the old record only
 * (replaced-by, same NHS number, the 104 on the old record), a pair linked by the survivor only (replaces, the
 * old record under another number holding a 103), a chain whose last link is given from both sides, a survivor
 * replacing a record registered nowhere (its 104 fetched by the service), and three merges that cannot be
 * settled: a cycle, a record replaced by two records, and a survivor outside the practice.
 */
final class MergedPatients {

    /** Makes a Patient of the practice, stored, with the given id suffix and NHS number. */
    private final BiFunction<String, String, Patient> newPatient;

    private final Supplier<String> nextNhsNumber;
    private final CodedEntries entries;
    private final List<Resource> resources;
    private final String organizationId;

    MergedPatients(
            BiFunction<String, String, Patient> newPatient,
            Supplier<String> nextNhsNumber,
            CodedEntries entries,
            List<Resource> resources,
            String organizationId) {
        this.newPatient = newPatient;
        this.nextNhsNumber = nextNhsNumber;
        this.entries = entries;
        this.resources = resources;
        this.organizationId = organizationId;
    }

    /** @param when the day of the groups' entries */
    void add(LocalDate when) {
        String shared = nextNhsNumber.get();
        Patient replacedOld = newPatient.apply("merge-01-old", shared);
        Patient replacedNew = newPatient.apply("merge-01", shared);
        replacedOld.setActive(false); // merged-away records are often inactive too
        link(replacedOld, Patient.LinkType.REPLACEDBY, replacedNew.getIdPart());
        entries.observation(replacedOld, CodeSets.SNOMED_104, when.toString(), true);

        Patient survivor = newPatient.apply("merge-02", nextNhsNumber.get());
        Patient old = newPatient.apply("merge-02-old", nextNhsNumber.get());
        link(survivor, Patient.LinkType.REPLACES, old.getIdPart());
        entries.observation(old, CodeSets.SNOMED_103, when.toString(), true);

        String chainNumber = nextNhsNumber.get();
        Patient first = newPatient.apply("merge-03-first", chainNumber);
        Patient middle = newPatient.apply("merge-03-middle", chainNumber);
        Patient last = newPatient.apply("merge-03", chainNumber);
        link(first, Patient.LinkType.REPLACEDBY, middle.getIdPart());
        link(middle, Patient.LinkType.REPLACEDBY, last.getIdPart());
        link(last, Patient.LinkType.REPLACES, middle.getIdPart());
        entries.observation(first, CodeSets.SNOMED_104, when.toString(), true);
        entries.observation(last, CodeSets.SNOMED_106, when.plusDays(60).toString(), true);

        Patient fetching = newPatient.apply("merge-04", nextNhsNumber.get());
        Patient gone = fetching.copy();
        gone.setId(fetching.getIdPart() + "-old");
        gone.getGeneralPractitioner().clear(); // merged away: registered nowhere, so in no practice's list
        gone.getIdentifierFirstRep().setValue(nextNhsNumber.get());
        resources.add(gone);
        link(fetching, Patient.LinkType.REPLACES, gone.getIdPart());
        entries.observation(gone, CodeSets.SNOMED_104, when.toString(), true);

        Patient cycleA = newPatient.apply("merge-05-a", nextNhsNumber.get());
        Patient cycleB = newPatient.apply("merge-05-b", nextNhsNumber.get());
        link(cycleA, Patient.LinkType.REPLACEDBY, cycleB.getIdPart());
        link(cycleB, Patient.LinkType.REPLACEDBY, cycleA.getIdPart());

        Patient twice = newPatient.apply("merge-06-old", nextNhsNumber.get());
        link(
                twice,
                Patient.LinkType.REPLACEDBY,
                newPatient.apply("merge-06-x", nextNhsNumber.get()).getIdPart());
        link(
                twice,
                Patient.LinkType.REPLACEDBY,
                newPatient.apply("merge-06-y", nextNhsNumber.get()).getIdPart());

        Patient leftBehind = newPatient.apply("merge-07-old", nextNhsNumber.get());
        link(leftBehind, Patient.LinkType.REPLACEDBY, organizationId + "-merge-07-elsewhere");
    }

    private static void link(Patient patient, Patient.LinkType type, String otherId) {
        patient.addLink().setType(type).setOther(new Reference("Patient/" + otherId));
    }
}
