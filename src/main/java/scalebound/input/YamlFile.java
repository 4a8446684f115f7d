package scalebound.input;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML input file read as a node tree with line/column marks, and the checks every
 * scalebound input file shares: text (not binary), one document, a mapping at the top, no
 * duplicate or unknown keys, scalars where scalars are expected and lists where lists are.
 *
 * <p>Input may come from a pull request, so reading is limited: only a regular file that is not a
 * symbolic link is opened (a link is refused by name, its target never read), at most 1 MiB,
 * UTF-8 text without NUL bytes, YAML nesting at most {@value #MAX_DEPTH} deep and at most
 * {@value #MAX_ALIASES} aliases (no "billion laughs"). A message quotes input only as a short
 * excerpt ({@link #excerpt}) with control characters escaped.
 * Problems accumulate in {@link #problems()}; readers carry on past each one so that an author
 * sees every mistake at once.
 */
public final class YamlFile {
  private static final int MAX_BYTES = 1 << 20;
  static final int MAX_DEPTH = 32;
  static final int MAX_ALIASES = 20;
  private static final int EXCERPT = 60;

  private final Path file;
  private final List<Problem> problems = new ArrayList<>();
  private MappingNode root;

  private YamlFile(Path file) {
    this.file = file;
  }

  /** Reads {@code file}; on failure {@link #root()} is empty and {@link #problems()} says why. */
  public static YamlFile read(Path file) {
    YamlFile y = new YamlFile(file);
    y.load();
    return y;
  }

  public Path file() {
    return file;
  }

  public List<Problem> problems() {
    return problems;
  }

  public Optional<MappingNode> root() {
    return Optional.ofNullable(root);
  }

  private void load() {
    if (Files.isSymbolicLink(file)) {
      problem(0, 0, null, "is a symbolic link; inputs are read only from regular files, and a link is not followed");
      return;
    }
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        problem(0, 0, null, "is not a regular file; expected a YAML text file");
        return;
      }
      if (Files.size(file) > MAX_BYTES) {
        problem(0, 0, null, "file is larger than 1 MiB; expected a YAML text file");
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problem(0, 0, null, "cannot read the file (" + e.getClass().getSimpleName() + ")");
      return;
    }
    if (bytes.length > MAX_BYTES) {
      problem(0, 0, null, "file is larger than 1 MiB; expected a YAML text file");
      return;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problem(0, 0, null, "binary or non-UTF-8 file; expected a YAML text file");
      return;
    }
    if (text.indexOf('\0') >= 0) {
      problem(0, 0, null, "binary file (contains NUL bytes); expected a YAML text file");
      return;
    }
    if (text.isBlank()) {
      problem(1, 1, null, "empty file; expected a YAML mapping");
      return;
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    List<Node> documents = new ArrayList<>();
    try {
      for (Node n : new Yaml(options).composeAll(new StringReader(text))) {
        documents.add(n);
      }
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      problem(m.getLine() + 1, m.getColumn() + 1, null, "invalid YAML: " + excerpt(what));
      return;
    } catch (YAMLException e) {
      problem(0, 0, null, "invalid YAML: " + excerpt(e.getMessage()));
      return;
    }
    if (documents.isEmpty()) {
      problem(1, 1, null, "no YAML document (only comments?); expected a YAML mapping");
      return;
    }
    if (documents.size() > 1) {
      Node second = documents.get(1);
      problem(line(second), column(second), null,
          "more than one YAML document; expected one per file");
      return;
    }
    if (!(documents.get(0) instanceof MappingNode mapping)) {
      problem(line(documents.get(0)), column(documents.get(0)), null,
          "expected a YAML mapping of keys (id, title, ...), found " + describe(documents.get(0)));
      return;
    }
    root = mapping;
  }

  /**
   * The entries of {@code mapping} by key, in file order. Reports duplicate keys, non-scalar
   * keys and keys outside {@code allowed} (with the nearest allowed key as a suggestion).
   */
  public Map<String, NodeTuple> entries(MappingNode mapping, String context, Collection<String> allowed) {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
        problem(t.getKeyNode(), context, "keys must be plain names, found " + describe(t.getKeyNode()));
        continue;
      }
      String key = keyNode.getValue();
      String path = context == null ? key : context + "." + key;
      if (out.containsKey(key)) {
        problem(keyNode, path, "duplicate key (first given on line " + line(out.get(key).getKeyNode()) + ")");
        continue;
      }
      if (allowed != null && !allowed.contains(key)) {
        problem(keyNode, path, "unknown key" + suggestion(key, allowed) + "; allowed here: " + String.join(", ", allowed));
        continue;
      }
      out.put(key, t);
    }
    return out;
  }

  /** The text of a scalar value, or null (with a problem) if the node is not a scalar. */
  public String scalar(Node node, String key, String expected) {
    if (node instanceof ScalarNode s) {
      if (s.getTag().getValue().endsWith(":null")) {
        problem(node, key, "no value; expected " + expected);
        return null;
      }
      return s.getValue();
    }
    problem(node, key, "expected " + expected + ", found " + describe(node));
    return null;
  }

  /** The scalar items of a list value, or null (with a problem) if it is not a list of scalars. */
  public List<ScalarNode> list(Node node, String key, String example) {
    if (!(node instanceof SequenceNode seq)) {
      String found = describe(node);
      problem(node, key, "expected a list such as " + example + ", found " + found);
      return null;
    }
    List<ScalarNode> items = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s) {
        items.add(s);
      } else {
        problem(item, key, "list items must be scalars, found " + describe(item));
      }
    }
    return items;
  }

  public MappingNode mapping(Node node, String key, String example) {
    if (node instanceof MappingNode m) {
      return m;
    }
    problem(node, key, "expected a mapping such as " + example + ", found " + describe(node));
    return null;
  }

  public void problem(Node node, String key, String message) {
    problem(line(node), column(node), key, message);
  }

  public void problem(int line, int column, String key, String message) {
    problems.add(new Problem(file, line, column, key, message));
  }

  public static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  public static int column(Node n) {
    return n.getStartMark().getColumn() + 1;
  }

  /** The column at which a scalar's text starts (after an opening quote). */
  public static int textColumn(ScalarNode n) {
    return column(n) + (n.getScalarStyle().getChar() != null ? 1 : 0);
  }

  private static String describe(Node n) {
    if (n instanceof ScalarNode s) {
      return "the scalar '" + excerpt(s.getValue()) + "'";
    }
    return n instanceof SequenceNode ? "a list" : "a mapping";
  }

  /** At most 60 characters of input, control characters escaped, for quoting in a message. */
  public static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < EXCERPT; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return text.length() > EXCERPT || out.length() > EXCERPT ? out.substring(0, Math.min(out.length(), EXCERPT)) + "…"
        : out.toString();
  }

  public static String suggestion(String key, Collection<String> allowed) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int d = distance.apply(key.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, key.length() / 3) ? " (did you mean '" + best + "'?)" : "";
  }
}
