/**
 * anneal: learning-rate schedules as values. {@link dev.anneal.Schedule} is the compiled
 * step-to-value function, {@link dev.anneal.Schedules} builds spec trees fluently,
 * {@link dev.anneal.ScheduleFile} loads, checks and writes schedule files, and
 * {@link dev.anneal.spec} holds the spec tree itself.
 *
 * <p>Only {@code dev.anneal} and {@code dev.anneal.spec} are exported. The loader, the compiler,
 * the PyTorch replays ({@code dev.anneal.internal}, {@code dev.anneal.internal.torch}) and the
 * command line ({@code dev.anneal.cli}) are implementation: they may change in any release.
 */
// JFreeChart 1.5 is an automatic module (a name in its manifest, no module-info): fine for a
// compile-only requires static.
@SuppressWarnings("requires-automatic")
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

  // The command line and its plots. Optional dependencies in the pom: a library user does not get
  // them, and the command line runs from the shaded jar on the class path. For the command line on
  // the module path, add them with --add-modules; picocli reads the commands reflectively.
  requires static info.picocli;
  requires static org.jfree.jfreechart;
  requires static org.apache.xmlgraphics.batik.svggen;
  requires static java.xml;
  requires static java.desktop;

  opens dev.anneal.cli to info.picocli;
}
