package io.github.recordaccess.demo;

import io.github.recordaccess.registry.PracticeEntry;
import io.github.recordaccess.rules.ClinicalSystem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * The built-in demo: two synthetic practices, 370 Patient records (197 and 173, 14 of each merged records and 3
 * with a safeguarding concern), and two records merged away and registered nowhere; always the same, but for the
 * birth date of a child who turns 16 thirty days after the day it runs.
 */
public final class DemoPractices {

    public static final String EMIS_ODS = "DEMOEMIS";
    public static final String TPP_ODS = "DEMOTPP";
    /** The day the EMIS demo practice applied 104 to 60 patients at once. */
    public static final LocalDate BULK_DAY = LocalDate.of(2023, 10, 20);
    /** The day the EMIS demo practice went live: codes added on or after it lead to the go-live actions. */
    public static final LocalDate EMIS_GO_LIVE = LocalDate.of(2023, 10, 31);

    /** The demo practices' registry entries: the EMIS practice is live, the TPP one is not. */
    public static final List<PracticeEntry> REGISTRY = List.of(
            new PracticeEntry(EMIS_ODS, "Demo EMIS Practice", ClinicalSystem.EMIS, EMIS_GO_LIVE),
            new PracticeEntry(TPP_ODS, "Demo TPP Practice", ClinicalSystem.TPP, null));

    public static final List<SyntheticPractice.Spec> SPECS = List.of(
            new SyntheticPractice.Spec(EMIS_ODS, "demo-emis", "Demo EMIS Practice", 180, 100, 42L, 0.2, BULK_DAY, 60),
            new SyntheticPractice.Spec(TPP_ODS, "demo-tpp", "Demo TPP Practice", 150, 500, 43L, 0.2, null, 0));

    private DemoPractices() {}

    public static List<Resource> resources() {
        List<Resource> all = new ArrayList<>();
        SPECS.forEach(spec -> all.addAll(SyntheticPractice.generate(spec)));
        // After the drawn patients, so that they stay as they were.
        all.addAll(NhsShapedPatients.generate("demo-tpp", TPP_ODS, 900));
        return all;
    }
}
