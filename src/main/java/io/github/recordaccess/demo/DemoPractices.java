package io.github.recordaccess.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** The built-in demo: two synthetic practices, 330 patients, always the same. */
public final class DemoPractices {

    public static final String EMIS_ODS = "DEMOEMIS";
    public static final String TPP_ODS = "DEMOTPP";
    /** The day the EMIS demo practice applied 104 to 60 patients at once. */
    public static final LocalDate BULK_DAY = LocalDate.of(2023, 10, 20);

    public static final List<SyntheticPractice.Spec> SPECS = List.of(
            new SyntheticPractice.Spec(EMIS_ODS, "demo-emis", "Demo EMIS Practice", 180, 100, 42L, 0.2, BULK_DAY, 60),
            new SyntheticPractice.Spec(TPP_ODS, "demo-tpp", "Demo TPP Practice", 150, 500, 43L, 0.2, null, 0));

    private DemoPractices() {}

    public static List<Resource> resources() {
        List<Resource> all = new ArrayList<>();
        SPECS.forEach(spec -> all.addAll(SyntheticPractice.generate(spec)));
        return all;
    }
}
