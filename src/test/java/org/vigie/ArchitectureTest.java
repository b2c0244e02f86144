package org.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout as rules: capabilities free of cycles, the web framework and SQL kept in their places. */
class ArchitectureTest {
    private static JavaClasses vigie;

    @BeforeAll
    static void load() {
        vigie = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigie");
    }

    @Test
    void capabilities_depend_on_each_other_without_cycles() {
        slices().matching("org.vigie.(*)..").should().beFreeOfCycles().check(vigie);
    }

    @Test
    void only_routes_and_the_web_package_touch_the_web_framework() {
        noClasses().that().resideOutsideOfPackages("org.vigie.web..", "org.vigie.cli..")
                .and().haveSimpleNameNotEndingWith("Routes").and().haveSimpleNameNotEndingWith("Api")
                .and().doNotHaveFullyQualifiedName("org.vigie.security.Role")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(vigie);
    }

    @Test
    void only_stores_and_the_db_package_touch_sql() {
        noClasses().that().resideOutsideOfPackage("org.vigie.db..")
                .and().haveSimpleNameNotEndingWith("Store")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.postgresql..")
                .check(vigie);
    }

    @Test
    void the_web_layer_does_not_know_the_capabilities() {
        noClasses().that().resideInAPackage("org.vigie.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigie.accounts..", "org.vigie.audit..",
                        "org.vigie.search..", "org.vigie.db..")
                .check(vigie);
    }

    @Test
    void capabilities_do_not_depend_on_the_composition_root_or_the_command_line() {
        noClasses().that().resideInAnyPackage("org.vigie.accounts..", "org.vigie.audit..", "org.vigie.search..",
                        "org.vigie.web..", "org.vigie.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigie.cli..")
                .check(vigie);
    }

    @Test
    void routes_reach_stores_only_of_their_own_package() {
        classes().that().haveSimpleNameEndingWith("Routes").or().haveSimpleNameEndingWith("Api")
                .should(new ArchCondition<JavaClass>("reach only the stores of their own package") {
                    @Override
                    public void check(JavaClass route, ConditionEvents events) {
                        for (Dependency d : route.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            if (target.getSimpleName().endsWith("Store") && target.getPackageName().startsWith("org.vigie.")
                                    && !target.getPackageName().equals(route.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(vigie);
    }

    @Test
    void every_package_says_what_it_owns() {
        classes().should(new ArchCondition<JavaClass>("live in a package with a package-info") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String pkg = c.getPackageName();
                if (!pkg.equals("org.vigie") && !Files.exists(Path.of("src/main/java", pkg.split("\\.")).resolve("package-info.java"))) {
                    events.add(SimpleConditionEvent.violated(c, pkg + " has no package-info.java"));
                }
            }
        }).check(vigie);
    }
}
