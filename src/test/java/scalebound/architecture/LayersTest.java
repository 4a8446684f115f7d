package scalebound.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline is the package order, from the bottom: the verdict vocabulary and input files;
 * the sandboxed expression language (symbolic); the arithmetic of expressions (math); theorems;
 * derivations; proofs; simulations (numerics, which know nothing of theorems); the check tree that
 * binds them; the renderers; the command line. A package may use only packages below it, and no
 * two packages depend on each other.
 */
class LayersTest {
  static JavaClasses classes;

  @BeforeAll
  static void importMain() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("scalebound");
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("verdict").definedBy("scalebound.verdict..")
        .layer("input").definedBy("scalebound.input..")
        .layer("symbolic").definedBy("scalebound.symbolic..")
        .layer("math").definedBy("scalebound.math..")
        .layer("theorem").definedBy("scalebound.theorem..")
        .layer("derive").definedBy("scalebound.derive..")
        .layer("proof").definedBy("scalebound.proof..")
        .layer("numerics").definedBy("scalebound.numerics..")
        .layer("check").definedBy("scalebound.check..")
        .layer("report").definedBy("scalebound.report..")
        .layer("cli").definedBy("scalebound.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("check").mayOnlyBeAccessedByLayers("report", "cli")
        .whereLayer("numerics").mayOnlyBeAccessedByLayers("check", "report", "cli")
        .whereLayer("proof").mayOnlyBeAccessedByLayers("check", "report", "cli")
        .whereLayer("derive").mayOnlyBeAccessedByLayers("proof", "check", "report", "cli")
        .whereLayer("theorem").mayOnlyBeAccessedByLayers("derive", "proof", "check", "report", "cli")
        .whereLayer("math").mayOnlyBeAccessedByLayers("derive", "proof", "check", "report", "cli")
        .whereLayer("symbolic").mayOnlyBeAccessedByLayers("math", "theorem", "derive", "proof", "check", "report", "cli")
        .whereLayer("input").mayOnlyBeAccessedByLayers("theorem", "proof", "check", "report", "cli")
        .whereLayer("verdict").mayOnlyBeAccessedByLayers("derive", "proof", "check", "report", "cli");
    rule.check(classes);
  }

  @Test
  void noPackagesDependOnEachOther() {
    slices().matching("scalebound.(*)..").should().beFreeOfCycles().check(classes);
  }
}
