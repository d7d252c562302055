package dev.anneal;

import static dev.anneal.HfProblemsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code lr_scheduler_kwargs} given as a JSON string, as {@code TrainingArguments.__post_init__} reads
 * it, and misspelt top-level keys, which draw a warning with did-you-mean.
 */
class HfKwargsStringTest {
  static final String COSINE = "learning_rate: 1.0e-4\nlr_scheduler_type: cosine\nmax_steps: 100\n";

  static Schedule lr(String text) {
    return Dialect.HF.check("t.yaml", text, "", null, null, null).schedules().get("lr");
  }

  @Test
  void aJsonStringIsReadAsTheMappingItHolds() {
    Schedule mapping = lr(COSINE + "lr_scheduler_kwargs: {num_cycles: 1.5}\n");
    Schedule string = lr(COSINE + "lr_scheduler_kwargs: '{\"num_cycles\": 1.5}'\n");
    Schedule converted = lr(COSINE + "lr_scheduler_kwargs: '{\"num_cycles\": \"1.5\"}'\n");
    for (long k = 0; k < 120; k++) {
      assertThat(string.valueAt(k)).isEqualTo(mapping.valueAt(k));
      assertThat(converted.valueAt(k)).isEqualTo(mapping.valueAt(k));
    }
  }

  @Test
  void invalidJsonIsAnErrorAtTheString() {
    Problem problem = problems(COSINE + "lr_scheduler_kwargs: '{num_cycles: 1.5}'\n", null, null).get(0);
    assertThat(problem.rule()).isEqualTo(Rule.TYPE_MISMATCH);
    assertThat(List.of(problem.line(), problem.column())).containsExactly(4, 22);
    assertThat(problem.pointer()).isEqualTo("/lr_scheduler_kwargs");
    assertThat(problem.message()).isEqualTo("hf: lr_scheduler_kwargs must be a mapping or a JSON object string, got"
        + " \"{num_cycles: 1.5}\" (not JSON: Unexpected character ('n' (code 110)): was expecting double-quote to"
        + " start property name)");
  }

  @Test
  void aStringThatIsNoJsonObjectIsAnError() {
    Problem problem = problems(COSINE + "lr_scheduler_kwargs: num_cycles=2\n", null, null).get(0);
    assertThat(List.of(problem.line(), problem.column())).containsExactly(4, 22);
    assertThat(problem.message()).isEqualTo("hf: lr_scheduler_kwargs must be a mapping or a JSON object string, got"
        + " \"num_cycles=2\" (transformers parses only a string that starts with {; it passes any other string to"
        + " the scheduler, which fails)");
    assertThat(problems(COSINE + "lr_scheduler_kwargs: [1]\n", null, null).get(0).message())
        .isEqualTo("hf: lr_scheduler_kwargs must be a mapping or a JSON object string, got a list");
  }

  @Test
  void theKeysInsideTheStringAreCheckedAtItsKey() {
    List<Problem> found = problems(COSINE + "\nlr_scheduler_kwargs: '{\"num_cycle\": 2}'\n", null, null);
    assertThat(found).hasSize(1);
    Problem problem = found.get(0);
    assertThat(List.of(problem.line(), problem.column())).containsExactly(5, 1);
    assertThat(problem.pointer()).isEqualTo("/lr_scheduler_kwargs/num_cycle");
    assertThat(problem.rule()).isEqualTo(Rule.UNKNOWN_KEY);
    assertThat(problem.message()).isEqualTo("unknown key num_cycle in lr_scheduler_kwargs of cosine; did you mean"
        + " num_cycles? (expected one of num_cycles)");
    Problem value = problems(COSINE + "lr_scheduler_kwargs: '{\"num_cycles\": \"many\"}'\n", null, null).get(0);
    assertThat(List.of(value.line(), value.column(), value.pointer(), value.message())).containsExactly(4, 1,
        "/lr_scheduler_kwargs/num_cycles", "hf: num_cycles must be a number, got \"many\"");
  }

  @Test
  void axolotlTakesNoJsonString() {
    Problem problem = problems("learning_rate: 1.0e-4\nlr_scheduler: cosine\nmax_steps: 100\n"
        + "lr_scheduler_kwargs: '{\"num_cycles\": 1}'\n", null, null).get(0);
    assertThat(List.of(problem.line(), problem.column())).containsExactly(4, 22);
    assertThat(problem.message()).isEqualTo("hf: lr_scheduler_kwargs must be a mapping (axolotl's config schema takes"
        + " a dict, not a JSON string), got \"{\"num_cycles\": 1}\"");
  }

  @Test
  void aMisspeltKeyIsAWarningWithDidYouMean() {
    CheckedFile checked = Dialect.HF.check("t.yaml", "learning_rate: 1.0e-4\nlr_schduler_type: cosine\nmax_steps: 100\n"
        + "  \nwarmup_ratoi: 0.1\nsave_steps: 50\neval_steps: 50\nlogging_steps: 10\n", "", null, null, null);
    assertThat(checked.warnings()).extracting(Problem::toString).containsExactly(
        "t.yaml:2:1: warning: /lr_schduler_type: hf: unknown key lr_schduler_type, which neither transformers nor"
            + " axolotl reads, so it is ignored; did you mean lr_scheduler_type?",
        "t.yaml:5:1: warning: /warmup_ratoi: hf: unknown key warmup_ratoi, which neither transformers nor axolotl"
            + " reads, so it is ignored; did you mean warmup_ratio?");
    assertThat(checked.warnings()).extracting(Problem::rule, Problem::suggestion).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Rule.MISSPELT_KEY, "lr_scheduler_type"),
        org.assertj.core.groups.Tuple.tuple(Rule.MISSPELT_KEY, "warmup_ratio"));
  }

  @Test
  void axolotlsKeysInATrainingArgumentsFileAreIgnoredAndSaidSo() {
    CheckedFile checked = Dialect.HF.check("t.yaml", "learning_rate: 1.0e-4\nlr_scheduler_type: cosine\nmax_steps: 100\n"
        + "cosine_min_lr_ratio: 0.1\n", "", null, null, null);
    assertThat(checked.warnings()).extracting(Problem::toString).containsExactly(
        "t.yaml:4:1: warning: /cosine_min_lr_ratio: hf: cosine_min_lr_ratio is axolotl's key, which transformers'"
            + " TrainingArguments does not read: the file sets lr_scheduler_type, so it is read as TrainingArguments"
            + " and cosine_min_lr_ratio is ignored; for a floor write lr_scheduler_type: cosine_with_min_lr and"
            + " lr_scheduler_kwargs: {min_lr_rate: ...}");
    assertThat(checked.warnings().get(0).rule()).isEqualTo(Rule.MISSPELT_KEY);
    assertThat(checked.file().compile("lr").valueAt(100)).isEqualTo(0.0); // transformers' cosine, to 0
  }

  @Test
  void aMisspeltKeyComesWithTheErrorsItExplains() {
    List<Problem> found = problems("learning_rate: 1.0e-4\nlr_scheduler_type: cosine\nmax_step: 100\n", null, null);
    assertThat(found).extracting(Problem::line, Problem::isWarning).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(3, true));
    assertThat(found.get(1).suggestion()).isEqualTo("max_steps");
    List<Problem> inNative = problems("learning_rate: 1.0e-4\nlr_scheduler: one_cycle\nmax_steps: 100\n"
        + "warmup_ratoi: 0.1\nlr_scheduler_kwargs: {anneal_strategy: cosine}\n", null, null);
    assertThat(inNative).extracting(Problem::line, Problem::isWarning).containsExactly(
        org.assertj.core.groups.Tuple.tuple(4, true), org.assertj.core.groups.Tuple.tuple(5, false));
  }
}
