package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.anneal.diagnostic.ScheduleFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project file {@code .anneal.yaml}: its globs, where it is found, and its located problems. */
class ProjectFileTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void theFirstMatchingGlobSaysWhereTheScheduleIs() throws IOException {
    write(ProjectFile.NAME, """
        files:
          - {glob: "configs/exp-*.yaml", at: /train/optim}
          - {glob: "configs/**", at: /optim}
        exclude: ["legacy/**"]
        """);
    ProjectFile project = ProjectFile.find(dir.resolve("configs/deep"));
    assertThat(project).isNotNull();
    assertThat(project.folder()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(project.at(dir.resolve("configs/exp-1.yaml"))).isEqualTo("/train/optim");
    assertThat(project.at(dir.resolve("configs/deep/exp-1.yaml"))).isEqualTo("/optim");
    assertThat(project.at(dir.resolve("other.yaml"))).isNull();
    assertThat(project.at(Path.of("/elsewhere/configs/exp-1.yaml"))).isNull();
    assertThat(project.excludes(dir.resolve("legacy/a/b.yaml"))).isTrue();
    assertThat(project.excludes(dir.resolve("configs/b.yaml"))).isFalse();
  }

  @Test
  void noProjectFileAnywhereAbove() {
    assertThat(ProjectFile.find(dir)).isNull();
  }

  @Test
  void everyProblemIsLocatedInTheProjectFile() throws IOException {
    Path file = write(ProjectFile.NAME, """
        file:
          - {glob: "a/*.yaml"}
        files:
          - {glob: "a/[.yaml", at: "train"}
          - "b/*.yaml"
          - {glob: "c/*.yaml", at: /c, where: x}
        exclude: "legacy/**"
        """);
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class, () -> ProjectFile.load(file));
    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.rule().id() + " " + p.fullMessage())
        .containsExactly(
            "1:1 unknown-key /file: unknown key file in a project file; did you mean files? (expected one of files,"
                + " exclude)",
            "4:12 pattern-mismatch /files/0/glob: a glob must be a valid pattern (* ? ** [abc] {a,b}), got \"a/[.yaml\"",
            "4:28 invalid-pointer /files/0/at: at must be a JSON Pointer, empty or starting with / (such as"
                + " /train/optim), where ~ is followed by 0 or 1, got \"train\"",
            "5:5 type-mismatch /files/1: a files entry must be a mapping {glob, at}, got \"b/*.yaml\"",
            "6:32 unknown-key /files/2/where: unknown key where in a files entry (expected one of glob, at)",
            "7:10 type-mismatch /exclude: exclude must be a list of glob patterns, got \"legacy/**\"");
  }
}
