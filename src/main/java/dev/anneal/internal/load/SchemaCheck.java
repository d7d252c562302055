package dev.anneal.internal.load;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Located.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks a parsed document against {@code anneal.schema.json} (JSON Schema 2020-12, read once from
 * the classpath) and turns each failure into one located {@link Problem} that names the pointer,
 * what was expected and what was found. The noise of {@code if/then}, {@code allOf} and
 * {@code $ref} is dropped: one problem per root cause.
 */
public final class SchemaCheck {
  /** Where the schema sits on the classpath (the jar's root). */
  static final String RESOURCE = "/anneal.schema.json";

  private SchemaCheck() {}

  /** The schema text exactly as shipped. */
  public static String text() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("anneal.schema.json is missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts loading the schema on a background thread, so that a command can parse its arguments and
   * read its file meanwhile (on two cores, start-up then costs the longer of the two, not the sum).
   */
  public static void preload() {
    Thread loader = new Thread(() -> Holder.SCHEMA.getClass(), "anneal-schema-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** Loaded on first use, once per process. */
  private static final class Holder {
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text(), InputFormat.JSON);
    static final JsonNode TREE = SCHEMA.getSchemaNode();
  }

  /** The schema as a tree, to read the keys each node type allows. */
  static JsonNode tree() {
    return Holder.TREE;
  }

  /**
   * Validates the mapping at {@code at} of {@code document}; adds a problem per failure, skipping
   * pointers that already have a problem (a duplicate key, a number that is not finite...).
   * Returns whether the schema was satisfied.
   */
  public static boolean check(String file, Located document, String at, JsonNode instance, List<Problem> problems) {
    List<Error> errors = Holder.SCHEMA.validate(instance);
    if (errors.isEmpty()) return true;
    Set<String> taken = new HashSet<>();
    for (Problem p : problems) taken.add(p.pointer());
    Set<String> seen = new LinkedHashSet<>();
    List<Mapped> mapped = new ArrayList<>();
    for (Error error : errors) {
      Mapped m = SchemaErrors.map(error, at, instance);
      if (m == null) continue;
      mapped.add(m);
      // a misspelt key explains the required key it was meant to be: one problem, not two
      if (m.explains() != null) seen.add(m.explains());
    }
    // steps: rest outside a sequence is not a duration either: the problem that says why comes first
    mapped.sort(Comparator.comparing(m -> m.rule() != Rule.REST_OUTSIDE_SEQUENCE));
    pairUnknownWithMissing(mapped, seen);
    for (Mapped m : mapped) {
      // one problem per place (each missing key counts as its own place)
      if (taken.contains(m.pointer()) || !seen.add(m.place())) continue;
      Position p = m.atKey() ? document.key(m.pointer()) : document.value(m.pointer());
      problems.add(new Problem(file, p.line(), p.column(), m.pointer(), m.rule(), withMore(m, mapped))
          .withSuggestion(m.suggestion()));
    }
    if (mapped.isEmpty()) {
      // only combinator noise: should not happen, but never pass a file the schema refused
      Position p = document.value(at);
      problems.add(new Problem(file, p.line(), p.column(), at, Rule.SCHEMA_MISMATCH, "does not match the schema: "
          + errors.get(0).getMessage()));
    }
    return false;
  }

  /** The message of {@code m}, saying how many more items of its list are wrong the same way. */
  private static String withMore(Mapped m, List<Mapped> mapped) {
    String message = m.message();
    if (!m.place().contains("#items:")) return message;
    long more = mapped.stream().filter(o -> o.place().equals(m.place())).count() - 1;
    if (more <= 0) return message;
    int semicolon = message.indexOf("; ");
    String suffix = " (and " + more + " more item" + (more > 1 ? "s" : "") + " like it)";
    return semicolon < 0 ? message + suffix : message.substring(0, semicolon) + suffix + message.substring(semicolon);
  }

  /**
   * A key that is unknown, with no close known key, in a mapping that misses a required key was
   * most probably meant to be that key ({@code warmup_steps} for {@code steps}, {@code from} for
   * {@code of}): one problem at the unknown key that says so, rather than two.
   */
  private static void pairUnknownWithMissing(List<Mapped> mapped, Set<String> seen) {
    for (int i = 0; i < mapped.size(); i++) {
      Mapped unknown = mapped.get(i);
      if (unknown.unknownIn() == null) continue;
      for (Mapped missing : mapped) {
        if (missing.missingIn() == null || !missing.missingIn().equals(unknown.unknownIn())
            || seen.contains(missing.place())) {
          continue;
        }
        mapped.set(i, unknown.meaning(missing.name(), missing.place()));
        seen.add(missing.place());
        break;
      }
    }
  }

  /** A networknt instance location as a JSON Pointer ("" for the root). */
  static String pointer(@Nullable NodePath path) {
    if (path == null) return "";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/').append(element instanceof Integer ? element.toString() : Pointers.escape(String.valueOf(element)));
    }
    return out.toString();
  }
}
