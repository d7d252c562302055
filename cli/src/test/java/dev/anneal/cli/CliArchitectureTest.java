package dev.anneal.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The command line uses the library's API alone (docs/architecture.md): nothing of
 * {@code dev.anneal.internal}, which the library's module does not export.
 */
class CliArchitectureTest {
  @Test
  void theCommandLineUsesTheApiAlone() throws URISyntaxException {
    JavaClasses cli = new ClassFileImporter()
        .importPath(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    noClasses().should().dependOnClassesThat().resideInAPackage("dev.anneal.internal..").check(cli);
    noClasses().should().resideOutsideOfPackage("dev.anneal.cli").check(cli);
  }
}
