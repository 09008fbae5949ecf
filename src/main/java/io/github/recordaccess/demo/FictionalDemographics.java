package io.github.recordaccess.demo;

import java.util.List;
import java.util.Random;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Patient;

/** Made-up names and obviously fictional contact details, so demo records look like real ones without being anyone's. */
final class FictionalDemographics {

    private static final List<String> FAMILY = List.of(
            "Ashdown",
            "Birch",
            "Coleridge",
            "Dunmore",
            "Ellery",
            "Fairweather",
            "Greystoke",
            "Hollins",
            "Ingram",
            "Jessop",
            "Kimber",
            "Lowther",
            "Marchbank",
            "Nettleford",
            "Orwin",
            "Pargeter");

    private FictionalDemographics() {}

    /** One random draw for the family name; the rest follows from the NHS number, so the demo data stay the same. */
    static void apply(Patient patient, String nhs, Random random) {
        patient.addName().setFamily(FAMILY.get(random.nextInt(FAMILY.size()))).addGiven("Demo");
        // ZZ99 is the pseudo-postcode for "unknown", 01632 960xxx is reserved by Ofcom for drama.
        int n = Integer.parseInt(nhs.substring(6, 9));
        patient.setGender(
                n % 2 == 0 ? Enumerations.AdministrativeGender.FEMALE : Enumerations.AdministrativeGender.MALE);
        patient.addAddress()
                .addLine(n + " Demo Street")
                .setCity("Demoton")
                .setPostalCode("ZZ99 " + (n % 9 + 1) + "ZZ")
                .setUse(Address.AddressUse.HOME);
        patient.addTelecom()
                .setSystem(ContactPoint.ContactPointSystem.PHONE)
                .setValue(String.format("01632 960%03d", n))
                .setUse(ContactPoint.ContactPointUse.HOME);
    }
}
