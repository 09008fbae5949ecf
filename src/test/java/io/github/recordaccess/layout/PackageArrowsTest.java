package io.github.recordaccess.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import io.github.recordaccess.history.ExcludedShares;
import io.github.recordaccess.history.IcbDays;
import io.github.recordaccess.history.SnapshotStore;
import io.github.recordaccess.patient.PatientRecommender;
import io.github.recordaccess.practice.PracticeEvaluations;
import io.github.recordaccess.practice.PracticeOverview;
import io.github.recordaccess.practice.PracticeProfiles;
import io.github.recordaccess.registry.PracticeRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The packages' arrows run one way, from the two faces ({@code api}, {@code pages}) through {@code read} down to
 * {@code rules}, and no two packages import each other. A new arrow is a decision: add it here, with its reason.
 */
class PackageArrowsTest {

    private static final String ROOT = "io.github.recordaccess";
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noPackageCycles() {
        ArchRule rule = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
        rule.check(SERVICE);
    }

    /**
     * The API and the pages read a practice's or a patient's data only through the read layer (PracticeReads,
     * PatientReads, OverviewReads, IcbHistoryReads), so that what may be read is decided there, once.
     */
    @Test
    void theFacesReadPracticesAndPatientsOnlyThroughTheReadLayer() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".api..", ROOT + ".pages..")
                .should()
                .dependOnClassesThat(anyOf(
                        PracticeEvaluations.class,
                        PracticeProfiles.class,
                        PracticeOverview.class,
                        PatientRecommender.class,
                        SnapshotStore.class,
                        IcbDays.class,
                        ExcludedShares.class))
                .check(SERVICE);
        // The admin API keeps the registry; the pages read it through the read layer too.
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".pages..")
                .should()
                .dependOnClassesThat(anyOf(PracticeRegistry.class))
                .check(SERVICE);
    }

    /** These classes themselves (their nested value types, such as a row they return, are not lookups). */
    private static DescribedPredicate<JavaClass> anyOf(Class<?>... classes) {
        return DescribedPredicate.or(
                Arrays.stream(classes).map(JavaClass.Predicates::equivalentTo).toList());
    }

    @Test
    void arrowsRunFromTheFacesThroughTheReadLayerDownToTheRules() {
        Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("pages")
                .definedBy(ROOT + ".pages..")
                .layer("api")
                .definedBy(ROOT + ".api..")
                .layer("read")
                .definedBy(ROOT + ".read..")
                .layer("health")
                .definedBy(ROOT + ".health..")
                .layer("patient")
                .definedBy(ROOT + ".patient..")
                .layer("practice")
                .definedBy(ROOT + ".practice..")
                .layer("demo")
                .definedBy(ROOT + ".demo..")
                .layer("config")
                .definedBy(ROOT + ".config..")
                .layer("fhir")
                .definedBy(ROOT + ".fhir..")
                .layer("security")
                .definedBy(ROOT + ".security..")
                .layer("metrics")
                .definedBy(ROOT + ".metrics..")
                .layer("web")
                .definedBy(ROOT + ".web..")
                .layer("history")
                .definedBy(ROOT + ".history..")
                .layer("registry")
                .definedBy(ROOT + ".registry..")
                .layer("rules")
                .definedBy(ROOT + ".rules..")
                // The two faces, the API and the pages, import nothing of each other: what both show comes from the
                // read layer under them (views, parameter types, problems, CSV, and the reads themselves), so that
                // a page and the JSON cannot disagree and what may be read is decided in one place.
                .whereLayer("pages")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("read")
                .mayOnlyBeAccessedByLayers("api", "pages")
                .whereLayer("health")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("demo")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("patient")
                .mayOnlyBeAccessedByLayers("read")
                .whereLayer("practice")
                .mayOnlyBeAccessedByLayers("api", "pages", "read", "patient", "history", "demo")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers("read", "patient", "practice")
                // history keeps which registration routes a stored evaluation searched (CohortRouteStatus, a value).
                .whereLayer("fhir")
                .mayOnlyBeAccessedByLayers("api", "read", "patient", "practice", "health", "config", "demo", "history")
                // read holds each read to the caller's scope (ScopeGuard) before it looks anything up.
                .whereLayer("security")
                .mayOnlyBeAccessedByLayers("api", "pages", "read")
                .whereLayer("metrics")
                .mayOnlyBeAccessedByLayers("api", "patient", "practice", "fhir", "health")
                .whereLayer("web")
                .mayOnlyBeAccessedByLayers("api", "pages", "read", "security", "metrics")
                // security audits the scheduled snapshot runs that history announces (ScheduledSnapshotRan).
                .whereLayer("history")
                .mayOnlyBeAccessedByLayers("api", "pages", "read", "demo", "security")
                .whereLayer("registry")
                .mayOnlyBeAccessedByLayers("api", "pages", "read", "patient", "practice", "demo", "history")
                .check(SERVICE);
    }
}
