package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.MergeLinks;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/** A Patient's merge links ({@code Patient.link}) as the engine reads them. */
final class PatientLinks {

    private PatientLinks() {}

    /**
     * The record's merges: {@code Patient.link} of type replaced-by or replaces whose {@code other} is a Patient
     * ({@code Patient/1}, an absolute URL to one, or typed Patient). A link to a RelatedPerson, and seealso or
     * refer links, are no merges. A merge link whose Patient cannot be told (an identifier, a display, a
     * contained resource, or no type) is unreadable: the merge is then reviewed, never ignored.
     */
    static MergeLinks of(Patient patient) {
        List<String> replacedBy = new ArrayList<>(0);
        List<String> replaces = new ArrayList<>(0);
        boolean unreadable = false;
        for (Patient.PatientLinkComponent link : patient.getLink()) {
            Patient.LinkType type = link.getType();
            if (type != Patient.LinkType.REPLACEDBY && type != Patient.LinkType.REPLACES) {
                continue;
            }
            Reference other = link.getOther();
            IdType id = other.getReference() == null || other.getReference().startsWith("#")
                    ? null
                    : new IdType(other.getReference());
            String otherType = id != null && id.hasResourceType() ? id.getResourceType() : other.getType();
            if (otherType != null && !otherType.equals("Patient") && !otherType.endsWith("/Patient")) {
                continue; // a RelatedPerson (or another type): not a merge of Patient records
            }
            if (otherType == null || id == null || !id.hasIdPart()) {
                unreadable = true;
            } else {
                (type == Patient.LinkType.REPLACEDBY ? replacedBy : replaces).add(id.getIdPart());
            }
        }
        return MergeLinks.of(replacedBy, replaces, unreadable);
    }
}
