package io.github.recordaccess.rules;

import java.util.List;
import java.util.Objects;

/**
 * What the engine needs to know about one patient, free of any FHIR library type.
 *
 * @param patientId the FHIR logical id
 * @param nhsNumbers every NHS number the record carries (current identifier system first, then the
 *     legacy one), as recorded; empty when it carries none
 * @param birthDate the birth date at its recorded precision, or null when absent or unreadable
 * @param deceased true when {@code deceasedBoolean} is true, or a {@code deceasedDateTime} cannot be read
 * @param deceasedOn the {@code deceasedDateTime}, or null
 * @param active {@code Patient.active}; null when absent (FHIR then means an active record)
 * @param generalPractitioners the {@code Patient.generalPractitioner} references or identifiers, as recorded
 * @param events every 103/104/106 entry found for the patient, counted or not
 * @param links the record's merge links ({@code Patient.link} replaced-by and replaces)
 * @param nhsNumberVerifications the UK Core verification status on each NHS-number identifier that carries
 *     one (either identifier system): a code as recorded, or {@link NhsNumberVerification#UNREADABLE}; empty
 *     when none does
 */
public record PatientFacts(
        String patientId,
        List<String> nhsNumbers,
        FuzzyDate birthDate,
        boolean deceased,
        FuzzyDate deceasedOn,
        Boolean active,
        List<String> generalPractitioners,
        List<CodedEvent> events,
        MergeLinks links,
        List<String> nhsNumberVerifications) {

    public PatientFacts {
        Objects.requireNonNull(patientId, "patientId");
        nhsNumbers = List.copyOf(nhsNumbers);
        generalPractitioners = List.copyOf(generalPractitioners);
        events = List.copyOf(events);
        Objects.requireNonNull(links, "links");
        nhsNumberVerifications = List.copyOf(nhsNumberVerifications);
    }

    /** A record without merge links whose NHS-number identifiers carry no verification status. */
    public PatientFacts(
            String patientId,
            List<String> nhsNumbers,
            FuzzyDate birthDate,
            boolean deceased,
            FuzzyDate deceasedOn,
            Boolean active,
            List<String> generalPractitioners,
            List<CodedEvent> events) {
        this(
                patientId,
                nhsNumbers,
                birthDate,
                deceased,
                deceasedOn,
                active,
                generalPractitioners,
                events,
                MergeLinks.NONE,
                List.of());
    }

    /** A record with merge links whose NHS-number identifiers carry no verification status. */
    public PatientFacts(
            String patientId,
            List<String> nhsNumbers,
            FuzzyDate birthDate,
            boolean deceased,
            FuzzyDate deceasedOn,
            Boolean active,
            List<String> generalPractitioners,
            List<CodedEvent> events,
            MergeLinks links) {
        this(
                patientId,
                nhsNumbers,
                birthDate,
                deceased,
                deceasedOn,
                active,
                generalPractitioners,
                events,
                links,
                List.of());
    }

    /** A record without merge links whose NHS-number identifiers carry these verification statuses. */
    public PatientFacts(
            String patientId,
            List<String> nhsNumbers,
            FuzzyDate birthDate,
            boolean deceased,
            FuzzyDate deceasedOn,
            Boolean active,
            List<String> generalPractitioners,
            List<CodedEvent> events,
            List<String> nhsNumberVerifications) {
        this(
                patientId,
                nhsNumbers,
                birthDate,
                deceased,
                deceasedOn,
                active,
                generalPractitioners,
                events,
                MergeLinks.NONE,
                nhsNumberVerifications);
    }

    /** The least verified status on the record (see {@link NhsNumberVerification}); null when none is recorded. */
    public String nhsNumberVerification() {
        return nhsNumberVerifications.isEmpty() ? null : NhsNumberVerification.leastVerified(nhsNumberVerifications);
    }

    /** The NHS number to show: the first valid one, else the first recorded, else null. */
    public String nhsNumber() {
        if (nhsNumbers.size() == 1) {
            return nhsNumbers.get(0); // the usual case, without a stream per patient
        }
        return nhsNumbers.stream()
                .filter(NhsNumbers::isValid)
                .findFirst()
                .orElse(nhsNumbers.isEmpty() ? null : nhsNumbers.get(0));
    }

    /**
     * True when the record identifies one person: it carries one NHS number (however often, under
     * either identifier system) and that number passes the modulus-11 check as recorded. Two different
     * numbers on one record are as unusable as none.
     */
    public boolean hasOneValidNhsNumber() {
        if (nhsNumbers.size() == 1) {
            return NhsNumbers.isValid(nhsNumbers.get(0));
        }
        List<String> distinct =
                nhsNumbers.stream().map(NhsNumbers::digitsOf).distinct().toList();
        return distinct.size() == 1 && nhsNumbers.stream().allMatch(NhsNumbers::isValid);
    }

    /** The numbers as compared between records: a number written with spaces is still that number. */
    public List<String> comparableNhsNumbers() {
        if (nhsNumbers.size() == 1) {
            String digits = NhsNumbers.digitsOf(nhsNumbers.get(0));
            return digits.isEmpty() ? List.of() : List.of(digits);
        }
        return nhsNumbers.stream()
                .map(NhsNumbers::digitsOf)
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList();
    }

    /** Deceased on or before {@code asOf}, or recorded as deceased with no date: possibly dead, so not provisioned. */
    public boolean isDeceasedBy(java.time.LocalDate asOf) {
        return deceased || (deceasedOn != null && deceasedOn.mayBeOnOrBefore(asOf));
    }

    /** Certainly dead by {@code asOf}: only then is a record no duplicate of a living one. */
    public boolean isCertainlyDeceasedBy(java.time.LocalDate asOf) {
        return deceased || (deceasedOn != null && !deceasedOn.mayBeAfter(asOf));
    }

    public PatientFacts withEvents(List<CodedEvent> newEvents) {
        return new PatientFacts(
                patientId,
                nhsNumbers,
                birthDate,
                deceased,
                deceasedOn,
                active,
                generalPractitioners,
                newEvents,
                links,
                nhsNumberVerifications);
    }

    public PatientFacts withLinks(MergeLinks newLinks) {
        return new PatientFacts(
                patientId,
                nhsNumbers,
                birthDate,
                deceased,
                deceasedOn,
                active,
                generalPractitioners,
                events,
                newLinks,
                nhsNumberVerifications);
    }
}
