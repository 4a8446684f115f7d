package scalebound.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Hostile and malformed input, generated: mutations of the bundled library's theorem, proof and
 * scenario files (truncations, wrong value types, huge numbers and exponents, deep nesting,
 * unicode and control characters, aliases, binary bytes, duplicated keys, symbolic links). Each
 * mutated file is put into a fresh copy of the library and {@code check} is run in-process on
 * the theorem it concerns. Every run must end in exit 0, 1 or 2 (never 3), print no stack trace
 * or exception class name, and an exit-2 message must name the mutated file, with a line where
 * the input has one.
 *
 * <p>Seeded, so a failure is reproducible. The number of cases is {@code scalebound.fuzz.tries}
 * (pom.xml: small by default, larger under {@code -Pthorough}).
 */
class FuzzTest {
  static final Path LIBRARY = Path.of(".").toAbsolutePath().normalize();
  static final String SECRET = "root:x:0:0:fuzz-secret-never-printed";

  /** Sets the number of tries from {@code scalebound.fuzz.tries} (default 40), and a file budget of 5 s. */
  public static final class Tries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setTries(Integer.getInteger("scalebound.fuzz.tries", 40));
      // a mutation that makes work explode (towers of exponentials) meets the file budget, exit 2, quickly
      System.setProperty("scalebound.fileTimeLimitSeconds", "5");
      try {
        return property.execute();
      } finally {
        System.clearProperty("scalebound.fileTimeLimitSeconds");
      }
    }
  }

  enum Mutation {
    TRUNCATE, WRONG_TYPE, HUGE_NUMBER, HUGE_EXPONENT, DEEP_NESTING, UNICODE, ALIAS, BINARY, DUPLICATE_KEY,
    SYMLINK
  }

  /** A library input file, relative to the library root. */
  @Provide
  Arbitrary<String> sources() {
    List<String> files = new ArrayList<>();
    for (String dir : List.of("theorems/yang2025", "proofs-check/yang2025", "numerics/yang2025")) {
      try (Stream<Path> s = Files.list(LIBRARY.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted()
            .forEach(p -> files.add(LIBRARY.relativize(p).toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!Boolean.getBoolean("scalebound.fuzz.allProofs")) {
      // P1 checks T1 and its four lemmas: ~15 s per surviving mutation, so only in the thorough run.
      files.remove("proofs-check/yang2025/p1-excess-risk.yaml");
    }
    return Arbitraries.of(files);
  }

  @Property(seed = "20251226", shrinking = ShrinkingMode.OFF)
  @AddLifecycleHook(Tries.class)
  void everyMutationEndsInExit012WithoutAStackTraceAndExit2NamesTheFile(
      @ForAll("sources") String source, @ForAll Mutation mutation, @ForAll long salt) throws IOException {
    Path dir = Files.createTempDirectory("scalebound-fuzz");
    try {
      Case c = prepare(dir, source, mutation, new Random(salt));
      long started = System.nanoTime();
      Cli r = Cli.run("check", "--no-cross-check", c.target.toString());
      double seconds = (System.nanoTime() - started) / 1e9;
      if (seconds > 3) {
        System.err.printf("FuzzTest: %s of %s (salt %d) took %.1f s, exit %d%n", mutation, source, salt, seconds, r.exit());
      }
      Path kept = keep(c.mutated, mutation, salt);
      String what = mutation + " of " + source + " (salt " + salt + "; the mutated file is kept as "
          + LIBRARY.relativize(kept) + "), exit " + r.exit() + ":\n" + r.all();
      assertTrue(r.exit() == 0 || r.exit() == 1 || r.exit() == 2, what);
      assertFalse(r.all().contains("\tat ") || r.all().contains("at scalebound."), "stack trace: " + what);
      Matcher exceptionName = EXCEPTION_NAME.matcher(r.all());
      if (exceptionName.find()) {
        throw new AssertionError("exception class name '" + exceptionName.group() + "': " + what);
      }
      assertFalse(r.all().contains("fuzz-secret"), "a symlink's target was quoted: " + what);
      for (String run : new String[] {"9".repeat(80), "[".repeat(80), "(".repeat(80), "{a: ".repeat(20)}) {
        assertFalse(r.all().contains(run), "quoted more than an excerpt of input: " + what);
      }
      if (r.exit() == 2) {
        String name = c.mutated.getFileName().toString();
        assertTrue(r.err().contains(name), "exit 2 without naming " + name + ": " + what);
        if (c.hasLines) {
          assertTrue(Pattern.compile(Pattern.quote(name) + ":\\d+").matcher(r.err()).find()
              || !r.err().lines().anyMatch(l -> l.contains(name) && !l.contains(name + ":")),
              "exit 2 naming " + name + " without a line: " + what);
        }
      }
      if (seconds <= 10) {
        Files.deleteIfExists(kept);
      }
    } finally {
      delete(dir);
    }
  }

  /** A copy of the mutated file under target/fuzz/, to re-run by hand; deleted when the case passes quickly. */
  private static Path keep(Path mutated, Mutation mutation, long salt) throws IOException {
    Path kept = LIBRARY.resolve("target/fuzz").resolve(mutation + "-" + salt + "-" + mutated.getFileName());
    Files.createDirectories(kept.getParent());
    if (!Files.isSymbolicLink(mutated)) {
      Files.copy(mutated, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return kept;
  }

  private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b");

  /** A prepared library: the mutated file, the theorem file to check, whether the input has lines. */
  record Case(Path mutated, Path target, boolean hasLines) {}

  static Case prepare(Path dir, String source, Mutation m, Random random) throws IOException {
    Path lib = dir.resolve("lib");
    copy(LIBRARY.resolve("theorems"), lib.resolve("theorems"));
    copy(LIBRARY.resolve("proofs-check"), lib.resolve("proofs-check"));
    // only a mutated proof is checked: the bundled ones would cost seconds and test nothing new
    deleteProofs(lib.resolve("proofs-check/yang2025"));
    Files.createDirectories(lib.resolve("numerics/yang2025"));
    String original = Files.readString(LIBRARY.resolve(source));
    Path mutated = lib.resolve(source);
    Files.createDirectories(mutated.getParent());
    Path target = targetOf(lib, source, original);
    if (m == Mutation.SYMLINK) {
      Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
      Files.deleteIfExists(mutated);
      Files.createSymbolicLink(mutated, random.nextBoolean() ? secret : LIBRARY.resolve(source));
      return new Case(mutated, target, false);
    }
    byte[] bytes = Mutations.apply(m, original, random);
    Files.write(mutated, bytes);
    return new Case(mutated, target, m != Mutation.BINARY);
  }

  /** The theorem file a source concerns: itself, the theorem a proof proves, a scenario's theorem. */
  private static Path targetOf(Path lib, String source, String original) throws IOException {
    if (source.startsWith("theorems/")) {
      return lib.resolve(source);
    }
    if (source.startsWith("numerics/")) {
      // every scenario is loaded and validated whichever theorem is checked: take the quickest
      return lib.resolve("theorems/yang2025/l1-gradient-flow.yaml");
    }
    Matcher id = Pattern.compile("(?m)^(?:proves|theorem):\\s*(\\S+)").matcher(original);
    if (!id.find()) {
      throw new IllegalStateException("no theorem named in " + source);
    }
    try (Stream<Path> s = Files.list(lib.resolve("theorems/yang2025"))) {
      for (Path p : s.toList()) {
        if (Files.readString(p).contains("id: " + id.group(1) + "\n")) {
          return p;
        }
      }
    }
    throw new IllegalStateException("no theorem " + id.group(1));
  }

  private static void deleteProofs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The text mutations (everything but symbolic links). */
  static final class Mutations {
    private Mutations() {}

    static final String[] WRONG_VALUES = {
        "[1, 2]", "{a: b}", "42", "true", "null", "~", "\"\"", "[]", "{}", "-", "!!binary AAAA", "&x [1]",
        "0x1F", ".inf", "2025-12-26", "? complex\n  : key"};
    static final String[] HUGE = {
        "10^400", "1e400", "9".repeat(400), "-1e-400", "10^(10^9)", "2^(2^(2^(2^10)))", "1/0", "0^0",
        "Infinity", "Indeterminate", "1.5e308", "x^(10^9)"};
    static final String[] EXPONENTS = {
        "^(10^9)", "^(10^400)", "^(-10^9)", "^(1/10^400)", "^(x^(10^9))", "^0.333333333333333333333333333333333"};
    static final String[] WRAPS = {
        "Exp(Exp(Exp(%s)))", "Exp(Exp(Exp(Exp(Exp(%s)))))", "Log(Log(Log(%s)))", "(%s)^(10^9)",
        "Exp(10^9*%s)", "Sqrt(Sqrt(Sqrt(%s)))^(10^400)", "(%s)^(%s)^(%s)"};
    static final String[] STRANGE = {
        "\u202e", "\u200b", "\ufeff", "\u0007", "\u001b[31m", "\r", "\t", "é", "\uD835\uDC65", "λ", "∞", "\u00a0",
        "\\u0000", "\\", "\"", "'", "#", ": ", "- ", "{", "[", "&", "*", "!", "|", ">", "%", "@", "`",
        "\uFFFD", "\u2028"};

    static byte[] apply(Mutation m, String text, Random r) {
      String out = switch (m) {
        case TRUNCATE -> text.substring(0, r.nextInt(text.length() + 1));
        case WRONG_TYPE -> replaceValue(text, r, pick(WRONG_VALUES, r));
        case HUGE_NUMBER -> hugeNumber(text, r);
        case HUGE_EXPONENT -> hugeExponent(text, r);
        case DEEP_NESTING -> deepNesting(text, r);
        case UNICODE -> insert(text, r, pick(STRANGE, r));
        case ALIAS -> alias(text, r);
        case DUPLICATE_KEY -> duplicateKey(text, r);
        case BINARY, SYMLINK -> null;
      };
      if (m == Mutation.BINARY) {
        byte[] original = text.getBytes(StandardCharsets.UTF_8);
        byte[] noise = new byte[1 + r.nextInt(16)];
        r.nextBytes(noise);
        int at = r.nextInt(original.length + 1);
        byte[] bytes = new byte[original.length + noise.length];
        System.arraycopy(original, 0, bytes, 0, at);
        System.arraycopy(noise, 0, bytes, at, noise.length);
        System.arraycopy(original, at, bytes, at + noise.length, original.length - at);
        return bytes;
      }
      return out.getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(String[] options, Random r) {
      return options[r.nextInt(options.length)];
    }

    private static List<String> lines(String text) {
      return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    /** Indices of lines of the form {@code key: value} (also list items and nested keys). */
    private static List<Integer> valueLines(List<String> lines) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).matches("\\s*(- )?[A-Za-z0-9_.-]+:\\s*\\S.*")) {
          out.add(i);
        }
      }
      return out;
    }

    private static String replaceValue(String text, Random r, String value) {
      List<String> lines = lines(text);
      List<Integer> candidates = valueLines(lines);
      int i = candidates.get(r.nextInt(candidates.size()));
      String line = lines.get(i);
      int colon = line.indexOf(':', line.indexOf(line.strip()));
      lines.set(i, line.substring(0, colon + 1) + " " + value);
      return String.join("\n", lines);
    }

    private static String hugeNumber(String text, Random r) {
      Matcher numbers = Pattern.compile("(?<![A-Za-z_])\\d+(\\.\\d+)?").matcher(text);
      List<int[]> spans = new ArrayList<>();
      while (numbers.find()) {
        spans.add(new int[] {numbers.start(), numbers.end()});
      }
      if (spans.isEmpty()) {
        return replaceValue(text, r, pick(HUGE, r));
      }
      int[] s = spans.get(r.nextInt(spans.size()));
      return text.substring(0, s[0]) + pick(HUGE, r) + text.substring(s[1]);
    }

    /** An expression (a quoted scalar) made huge: an identifier raised to a huge power, or wrapped in towers. */
    private static String hugeExponent(String text, Random r) {
      Matcher quoted = Pattern.compile("\"([^\"\\n]*[A-Za-z][^\"\\n]*)\"").matcher(text);
      List<int[]> spans = new ArrayList<>();
      while (quoted.find()) {
        spans.add(new int[] {quoted.start(1), quoted.end(1)});
      }
      if (spans.isEmpty()) {
        return replaceValue(text, r, "\"x^(10^9)\"");
      }
      int[] s = spans.get(r.nextInt(spans.size()));
      String expr = text.substring(s[0], s[1]);
      String changed;
      if (r.nextBoolean()) {
        Matcher ident = Pattern.compile("\\b[A-Za-z][A-Za-z0-9]*\\b(?!\\()").matcher(expr);
        List<int[]> ids = new ArrayList<>();
        while (ident.find()) {
          ids.add(new int[] {ident.start(), ident.end()});
        }
        if (ids.isEmpty()) {
          changed = String.format(pick(WRAPS, r), expr, expr, expr);
        } else {
          int[] id = ids.get(r.nextInt(ids.size()));
          changed = expr.substring(0, id[1]) + pick(EXPONENTS, r) + expr.substring(id[1]);
        }
      } else {
        // wrap one side of a relation, or the whole expression
        String[] sides = expr.split("(?=<=|>=|==|<|>)", 2);
        changed = sides.length == 2 && r.nextBoolean()
            ? String.format(pick(WRAPS, r), sides[0], sides[0], sides[0]) + sides[1]
            : String.format(pick(WRAPS, r), expr, expr, expr);
      }
      return text.substring(0, s[0]) + changed + text.substring(s[1]);
    }

    private static String deepNesting(String text, Random r) {
      int depth = 20 + r.nextInt(400);
      return switch (r.nextInt(3)) {
        case 0 -> replaceValue(text, r, "[".repeat(depth) + "]".repeat(depth));
        case 1 -> replaceValue(text, r, "{a: ".repeat(depth) + "b" + "}".repeat(depth));
        default -> {
          Matcher quoted = Pattern.compile("\"([^\"\\n]+)\"").matcher(text);
          if (!quoted.find(r.nextInt(Math.max(1, text.length() / 2)))) {
            yield replaceValue(text, r, "\"" + "(".repeat(depth) + "x" + ")".repeat(depth) + "\"");
          }
          yield text.substring(0, quoted.start(1)) + "(".repeat(depth) + quoted.group(1) + ")".repeat(depth)
              + text.substring(quoted.end(1));
        }
      };
    }

    private static String insert(String text, Random r, String s) {
      int at = r.nextInt(text.length() + 1);
      return text.substring(0, at) + s + text.substring(at);
    }

    private static String alias(String text, Random r) {
      return switch (r.nextInt(4)) {
        case 0 -> replaceValue(text, r, "*undefined");
        case 1 -> {
          // an anchor on one value, referenced by another
          List<String> lines = lines(text);
          List<Integer> candidates = valueLines(lines);
          int a = candidates.get(r.nextInt(candidates.size()));
          int b = candidates.get(r.nextInt(candidates.size()));
          String la = lines.get(a);
          int colon = la.indexOf(':', la.indexOf(la.strip()));
          lines.set(a, la.substring(0, colon + 1) + " &anchor" + la.substring(colon + 1));
          String lb = lines.get(b);
          int colonB = lb.indexOf(':', lb.indexOf(lb.strip()));
          if (b != a) {
            lines.set(b, lb.substring(0, colonB + 1) + " *anchor");
          }
          yield String.join("\n", lines);
        }
        case 2 -> {
          StringBuilder bomb = new StringBuilder("lol0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
          for (int i = 1; i < 10; i++) {
            bomb.append("lol").append(i).append(": &l").append(i).append(" [")
                .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
          }
          yield bomb + text;
        }
        default -> text + "\nmerged: &m {a: 1}\nother:\n  <<: *m\n  <<: *m\n";
      };
    }

    private static String duplicateKey(String text, Random r) {
      List<String> lines = lines(text);
      List<Integer> candidates = valueLines(lines);
      int i = candidates.get(r.nextInt(candidates.size()));
      lines.add(i + 1, lines.get(i));
      return String.join("\n", lines);
    }
  }
}
