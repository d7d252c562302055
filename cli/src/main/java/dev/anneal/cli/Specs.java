package dev.anneal.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' picocli models, built in code with picocli's programmatic API. Reading them from
 * annotations costs about 55 ms at every start (each annotation type read by reflection makes the
 * JDK generate a proxy class), a fifth of a short command's run; built in code, a model costs a
 * few milliseconds.
 */
final class Specs {
  private Specs() {}

  /** A command named {@code name} run by {@code command}, with {@code -h} and {@code -V}. */
  static CommandSpec command(Object command, String name, String[] description, String... footer) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    spec.versionProvider(new Version());
    spec.usageMessage().description(description).footer(footer);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** An option with a value of {@code type}, {@code defaultValue} when not given (null: none). */
  static void option(CommandSpec spec, String name, String label, Class<?> type, @Nullable String defaultValue,
      String description) {
    spec.addOption(OptionSpec.builder(name.split(",")).paramLabel(label).type(type).defaultValue(defaultValue)
        .description(description).build());
  }

  /** An option that may be given more than once, each with a value: the list of them (empty when none). */
  static void list(CommandSpec spec, String name, String label, String description) {
    spec.addOption(OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class)
        .initialValue(new ArrayList<String>()).hasInitialValue(true).description(description).build());
  }

  /** An option without a value: true when given. */
  static void flag(CommandSpec spec, String name, String description) {
    spec.addOption(OptionSpec.builder(name).type(boolean.class).arity("0").initialValue(false).hasInitialValue(true)
        .description(description).build());
  }

  /** A required positional parameter. */
  static void positional(CommandSpec spec, String index, String arity, String label, Class<?> type,
      Class<?> element, String description) {
    spec.addPositional(PositionalParamSpec.builder().index(index).arity(arity).required(true).paramLabel(label).type(type)
        .auxiliaryTypes(element).description(description).build());
  }

  /** The value of option {@code name} after parsing (its default when not given). */
  @SuppressWarnings("unchecked")
  static <T extends @Nullable Object> T value(CommandSpec spec, String name) {
    return (T) spec.findOption(name).getValue();
  }
}
