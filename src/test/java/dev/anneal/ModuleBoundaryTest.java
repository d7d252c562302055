package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundary, read from the compiled {@code module-info.class} (so it holds whether the
 * tests run on the module path or the class path): only the API packages are exported, no
 * public signature in them mentions a type of a package that is not, and docs/api.md lists
 * every public type of them.
 */
class ModuleBoundaryTest {
  private static final Set<String> API = Set.of("dev.anneal", "dev.anneal.diagnostic", "dev.anneal.spec");

  @Test
  void onlyTheApiPackagesAreExported() throws Exception {
    ModuleDescriptor module = descriptor();
    assertThat(module.name()).isEqualTo("dev.anneal");
    assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.toString()).isFalse());
    assertThat(module.exports().stream().map(Exports::source)).containsExactlyInAnyOrderElementsOf(API);
    assertThat(module.packages()).contains("dev.anneal.internal.load", "dev.anneal.internal.compile",
        "dev.anneal.internal.torch").doesNotContain("dev.anneal.cli");
    assertThat(module.opens()).isEmpty();
    assertThat(module.isOpen()).isFalse();
    assertThat(module.opens().stream().map(Opens::source)).doesNotContainAnyElementsOf(API);
  }

  @Test
  void theLibraryRequiresNothingOfTheCommandLine() throws Exception {
    Map<String, Set<Requires.Modifier>> requires = descriptor().requires().stream()
        .collect(Collectors.toMap(Requires::name, Requires::modifiers, (a, b) -> a, TreeMap::new));
    assertThat(requires).doesNotContainKeys("info.picocli", "org.jfree.jfreechart",
        "org.apache.xmlgraphics.batik.svggen", "java.desktop", "java.xml");
    assertThat(requires.get("org.jspecify")).containsExactlyInAnyOrder(Requires.Modifier.STATIC,
        Requires.Modifier.TRANSITIVE);
    for (String library : List.of("tools.jackson.databind", "tools.jackson.dataformat.yaml", "com.networknt.schema")) {
      assertThat(requires.get(library)).as(library).doesNotContain(Requires.Modifier.STATIC);
    }
  }

  @Test
  void publicSignaturesOfTheApiUseOnlyExportedTypes() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : apiTypes()) leaks.addAll(leaks(type));
    assertThat(leaks).isEmpty();
  }

  /** Compiled with {@code -parameters}: Kotlin and IDEs show {@code valueAt(step)}, not {@code valueAt(p0)}. */
  @Test
  void publicMethodsOfTheApiKeepTheirParameterNames() throws Exception {
    List<String> unnamed = new ArrayList<>();
    int parameters = 0;
    for (Class<?> type : apiTypes()) {
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
      members.addAll(List.of(type.getDeclaredMethods()));
      for (Executable m : members) {
        if (!exposed(m.getModifiers()) || m.isSynthetic()) continue;
        for (java.lang.reflect.Parameter p : m.getParameters()) {
          parameters++;
          if (!p.isNamePresent()) unnamed.add(type.getName() + "." + m.getName() + ": " + p.getName());
        }
      }
    }
    assertThat(unnamed).isEmpty();
    assertThat(parameters).isGreaterThan(100);
    assertThat(Schedule.class.getMethod("valueAt", long.class).getParameters()[0].getName()).isEqualTo("step");
    assertThat(ScheduleFile.class.getMethod("compile", String.class).getParameters()[0].getName()).isEqualTo("name");
  }

  @Test
  void docsApiMdListsEveryPublicTypeOfTheApi() throws Exception {
    Set<String> listed = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z.]+)` \\|").matcher(Files.readString(Path.of("docs/api.md")));
    while (row.find()) listed.add(row.group(1));
    Set<String> api = new TreeSet<>();
    for (Class<?> type : apiTypes()) api.add(type.getName().substring(type.getPackageName().length() + 1).replace('$', '.'));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(api);
  }

  /** The public types of the exported packages, nested ones included. */
  private static List<Class<?>> apiTypes() throws Exception {
    Path classes = classesDirectory();
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : new TreeSet<>(API)) {
      try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          String name = file.getFileName().toString().replaceFirst("\\.class$", "");
          if (name.equals("package-info")) continue;
          Class<?> type = Class.forName(pkg + "." + name, false, ModuleBoundaryTest.class.getClassLoader());
          if (visible(type) && !type.isAnonymousClass()) types.add(type);
        }
      }
    }
    return types;
  }

  /** A type a user can name: public, and public all the way out. */
  private static boolean visible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) return false;
    }
    return true;
  }

  private static List<String> leaks(Class<?> type) {
    List<String> found = new ArrayList<>();
    List<Type> used = new ArrayList<>();
    used.add(type.getGenericSuperclass());
    used.addAll(List.of(type.getGenericInterfaces()));
    for (Field f : type.getDeclaredFields()) {
      if (exposed(f.getModifiers())) used.add(f.getGenericType());
    }
    List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
    members.addAll(List.of(type.getDeclaredMethods()));
    for (Executable m : members) {
      if (!exposed(m.getModifiers()) || m.isSynthetic()) continue;
      used.addAll(List.of(m.getGenericParameterTypes()));
      used.addAll(List.of(m.getGenericExceptionTypes()));
      if (m instanceof Method method) used.add(method.getGenericReturnType());
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) used.add(c.getGenericType());
    }
    Set<String> names = new TreeSet<>();
    for (Type t : used) collect(t, names);
    for (String name : names) {
      String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
      if (pkg.startsWith("dev.anneal") && !API.contains(pkg)) found.add(type.getName() + " uses " + name);
    }
    return found;
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void collect(Type t, Set<String> names) {
    if (t == null) return;
    if (t instanceof Class<?> c) {
      while (c.isArray()) c = c.getComponentType();
      if (!c.isPrimitive()) names.add(c.getPackageName() + "." + c.getSimpleName());
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), names);
      for (Type a : p.getActualTypeArguments()) collect(a, names);
    } else if (t instanceof GenericArrayType g) {
      collect(g.getGenericComponentType(), names);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) collect(b, names);
      for (Type b : w.getLowerBounds()) collect(b, names);
    }
  }

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    Path classes = classesDirectory();
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
          .forEach(f -> packages.add(classes.relativize(f.getParent()).toString().replace('/', '.')));
    }
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in, () -> packages);
    }
  }

  /** Where {@code dev.anneal}'s classes were loaded from: {@code core/target/classes}. */
  private static Path classesDirectory() throws URISyntaxException {
    Path path = Path.of(Schedule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(path.resolve("module-info.class")).exists();
    return path;
  }
}
