package dev.anneal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.anneal.internal.compile.Compiler;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The layout of docs/architecture.md, read from the compiled classes: dependencies run one way,
 * {@code dev.anneal -> load -> compile -> torch -> spec}, with no cycle between packages. The
 * command line is another module (cli/), held to the API by its own {@code CliArchitectureTest}.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter().importPath(compiledClasses());

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("(dev.anneal..)").should().beFreeOfCycles().check(MAIN);
    slices().matching("dev.(anneal).(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void dependenciesRunOneWay() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("api").definedBy("dev.anneal")
        .layer("dialect").definedBy("dev.anneal.internal.dialect")
        .layer("load").definedBy("dev.anneal.internal.load")
        .layer("compile").definedBy("dev.anneal.internal.compile")
        .layer("torch").definedBy("dev.anneal.internal.torch")
        .layer("diagnostic").definedBy("dev.anneal.diagnostic")
        .layer("spec").definedBy("dev.anneal.spec")
        .whereLayer("api").mayNotBeAccessedByAnyLayer()
        .whereLayer("dialect").mayOnlyBeAccessedByLayers("api")
        .whereLayer("load").mayOnlyBeAccessedByLayers("api", "dialect")
        .whereLayer("compile").mayOnlyBeAccessedByLayers("api", "load")
        .whereLayer("torch").mayOnlyBeAccessedByLayers("compile")
        .whereLayer("diagnostic").mayOnlyBeAccessedByLayers("api", "dialect", "load")
        .whereLayer("spec").mayOnlyBeAccessedByLayers("api", "load", "compile", "torch")
        .check(MAIN);
  }

  /**
   * A command compiles each tree once: the loader compiles a file's trees and everything after it
   * (lint, phases, the compiled schedules) reads those; only {@code Schedule.of} and a file built in
   * code ({@code CompiledFile}) compile a tree of their own.
   */
  @Test
  void treesAreCompiledInOnePlacePerEntry() {
    noClasses().that().doNotHaveFullyQualifiedName("dev.anneal.internal.load.Loader")
        .and().doNotHaveFullyQualifiedName("dev.anneal.CompiledFile")
        .should().callMethod(Compiler.class, "tree", Node.class, Context.class)
        .check(MAIN);
  }

  @Test
  void theSpecDependsOnTheJdkAlone() {
    classes().that().resideInAPackage("dev.anneal.spec")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.anneal.spec", "java..", "org.jspecify..")
        .check(MAIN);
  }

  @Test
  void theLibraryHasNoCommandLine() {
    noClasses().should().resideInAnyPackage("dev.anneal.cli..", "picocli..").check(MAIN);
    noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jfree..", "org.apache.batik..",
        "java.awt..").check(MAIN);
  }

  /** Where the library's classes were compiled to (core/target/classes). */
  private static Path compiledClasses() {
    try {
      return Path.of(Schedule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
