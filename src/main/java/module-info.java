/**
 * anneal: learning-rate schedules as values. {@link dev.anneal.Schedule} is the compiled
 * step-to-value function, {@link dev.anneal.Schedules} builds spec trees fluently,
 * {@link dev.anneal.ScheduleFile} loads, checks and writes schedule files, and
 * {@link dev.anneal.spec} holds the spec tree itself.
 *
 * <p>Only {@code dev.anneal} and {@code dev.anneal.spec} are exported. The loader, the compiler,
 * the PyTorch replays ({@code dev.anneal.internal}, {@code dev.anneal.internal.torch}) are
 * implementation: they may change in any release. The command line is another artifact
 * ({@code anneal-cli}), on this API alone.
 */
module dev.anneal {
  exports dev.anneal;
  exports dev.anneal.diagnostic;
  exports dev.anneal.spec;

  // Reading and writing files: Jackson's tree model only (nothing is bound by reflection, so no
  // package is opened to Jackson), SnakeYAML Engine under Jackson's YAML format (the loader sets its
  // YAML 1.2 core schema), and the JSON Schema 2020-12 check of the loader.
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires com.networknt.schema;

  // Nullness annotations: needed to compile against the API, not to run it.
  requires static transitive org.jspecify;
}
