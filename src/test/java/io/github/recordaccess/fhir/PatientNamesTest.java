package io.github.recordaccess.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

/** The banner's name: official, else usual, never an old one (by use or by period). Names are made up. */
class PatientNamesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void theOfficialNameComesBeforeTheUsualOne() {
        Patient patient = new Patient();
        patient.addName(name(NameUse.USUAL, "Pargeter", "Jo"));
        patient.addName(name(NameUse.OFFICIAL, "Pargeter", "Joanna", "Mary").addPrefix("Mrs"));
        assertThat(PatientNames.shown(patient, TODAY)).contains("PARGETER, Joanna Mary (Mrs)");
    }

    @Test
    void theUsualNameWhenThereIsNoOfficialOne() {
        Patient patient = new Patient();
        patient.addName(name(NameUse.NICKNAME, "Orwin", "Bud"));
        patient.addName(name(NameUse.USUAL, "Orwin", "Albert"));
        assertThat(PatientNames.shown(patient, TODAY)).contains("ORWIN, Albert");
    }

    @Test
    void anOldNameIsNeverShownByUseOrByPeriod() {
        Patient patient = new Patient();
        patient.addName(name(NameUse.OLD, "Kimber", "Rose"));
        patient.addName(name(NameUse.OFFICIAL, "Kimber", "Rose")
                .setPeriod(new Period().setEndElement(new DateTimeType("2020-03-01"))));
        patient.addName(name(NameUse.MAIDEN, "Lowther", "Rose"));
        patient.addName(name(NameUse.USUAL, "Jessop", "Rose")
                .setPeriod(new Period().setStartElement(new DateTimeType("2020-03-01"))));
        assertThat(PatientNames.shown(patient, TODAY)).contains("JESSOP, Rose");
    }

    @Test
    void aNameNotInUseYetOrWithAPeriodThatCannotBeReadIsNotShown() {
        Patient patient = new Patient();
        patient.addName(name(NameUse.OFFICIAL, "Ellery", "Sam")
                .setPeriod(new Period().setStartElement(new DateTimeType("2027-01-01"))));
        assertThat(PatientNames.shown(patient, TODAY)).isEmpty();
        // A lenient parser keeps a date it cannot read as text.
        Patient unreadable = FhirContext.forR4Cached()
                .newJsonParser()
                .setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false))
                .parseResource(
                        Patient.class,
                        "{\"resourceType\":\"Patient\",\"name\":[{\"use\":\"official\",\"family\":\"Ingram\","
                                + "\"period\":{\"end\":\"sometime\"}}]}");
        assertThat(unreadable.getNameFirstRep().getPeriod().getEndElement().getValueAsString())
                .isEqualTo("sometime");
        assertThat(PatientNames.shown(unreadable, TODAY)).isEmpty();
    }

    @Test
    void aNameThatEndsTodayIsStillInUseToday() {
        Patient patient = new Patient();
        patient.addName(name(NameUse.OFFICIAL, "Birch", "Lee")
                .setPeriod(new Period().setEndElement(new DateTimeType("2026-12-05"))));
        assertThat(PatientNames.shown(patient, TODAY)).contains("BIRCH, Lee");
    }

    @Test
    void aNameWithoutAUseIsTheLastChoiceAndItsTextServesWhenItHasNoParts() {
        Patient unmarked = new Patient();
        unmarked.addName(new HumanName().setText("Demo Hollins"));
        assertThat(PatientNames.shown(unmarked, TODAY)).contains("Demo Hollins");
        unmarked.addName(name(NameUse.USUAL, "Hollins", "Demo"));
        assertThat(PatientNames.shown(unmarked, TODAY)).contains("HOLLINS, Demo");
    }

    @Test
    void noNameAtAllOrOnlyATemporaryOneShowsNone() {
        assertThat(PatientNames.shown(new Patient(), TODAY)).isEqualTo(Optional.empty());
        Patient temporary = new Patient();
        temporary.addName(name(NameUse.TEMP, "Dunmore", "Baby"));
        temporary.addName(name(NameUse.ANONYMOUS, "Unknown", "Person"));
        assertThat(PatientNames.shown(temporary, TODAY)).isEmpty();
    }

    private static HumanName name(NameUse use, String family, String... given) {
        HumanName name = new HumanName().setUse(use).setFamily(family);
        for (String g : given) {
            name.addGiven(g);
        }
        return name;
    }
}
