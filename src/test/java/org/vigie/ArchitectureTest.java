package org.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout as rules: capabilities free of cycles, the web framework and SQL kept in their places. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigie");
    }

    @Test
    void capabilities_depend_on_each_other_without_cycles() {
        slices().matching("org.vigie.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void only_routes_and_the_web_package_touch_the_web_framework() {
        noClasses().that().resideOutsideOfPackages("org.vigie.web..", "org.vigie.cli..")
                .and().haveSimpleNameNotEndingWith("Routes").and().haveSimpleNameNotEndingWith("Api")
                .and().doNotHaveFullyQualifiedName("org.vigie.security.Role")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void only_stores_and_the_db_package_touch_sql() {
        noClasses().that().resideOutsideOfPackage("org.vigie.db..")
                .and().haveSimpleNameNotEndingWith("Store")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.postgresql..")
                .check(classes);
    }

    @Test
    void the_web_layer_does_not_know_the_capabilities() {
        noClasses().that().resideInAPackage("org.vigie.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigie.accounts..", "org.vigie.audit..",
                        "org.vigie.search..", "org.vigie.db..")
                .check(classes);
    }

    @Test
    void capabilities_do_not_depend_on_the_composition_root_or_the_command_line() {
        noClasses().that().resideInAnyPackage("org.vigie.accounts..", "org.vigie.audit..", "org.vigie.search..",
                        "org.vigie.web..", "org.vigie.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigie.cli..")
                .check(classes);
    }
}
