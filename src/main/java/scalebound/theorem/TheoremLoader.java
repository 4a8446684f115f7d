package scalebound.theorem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import scalebound.input.BadInput;
import scalebound.input.YamlFile;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;

/**
 * Reads one theorem file (the format of README's "Adding a theorem" and
 * schemas/theorem.schema.json; its keys are fixed) and checks it
 * completely: every problem is reported with file, line, column, key and what was expected.
 */
public final class TheoremLoader {
  public static final List<String> KEYS =
      List.of("id", "title", "source", "kind", "quantity", "resources", "tunables", "constants", "exists",
          "assume", "bound", "cost", "holds", "failure-probability", "claims", "tightness");
  static final List<String> REQUIRED =
      List.of("id", "title", "source", "kind", "quantity", "resources", "bound");
  static final List<String> SOURCE_KEYS = List.of("paper", "version", "locator", "note", "layer");
  static final List<String> SOURCE_REQUIRED = List.of("paper", "locator", "note");

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Pattern SYMBOL = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private final YamlFile yaml;
  private final Set<String> declared = new LinkedHashSet<>();
  private final Set<String> resourcesAndTunables = new LinkedHashSet<>();
  private ExpressionReader reader;

  private TheoremLoader(YamlFile yaml) {
    this.yaml = yaml;
  }

  /** The theorem in {@code file}, or every problem with it. */
  public static Theorem load(Path file) throws BadInput {
    scalebound.symbolic.Budget.reading(file);
    YamlFile yaml = YamlFile.read(file);
    Optional<Theorem> theorem = yaml.root().flatMap(root -> new TheoremLoader(yaml).read(root));
    if (!yaml.problems().isEmpty() || theorem.isEmpty()) {
      throw new BadInput(yaml.problems());
    }
    return theorem.get();
  }

  private Optional<Theorem> read(MappingNode root) {
    Map<String, NodeTuple> e = yaml.entries(root, null, KEYS);
    for (String key : REQUIRED) {
      if (!e.containsKey(key)) {
        yaml.problem(root, key, "missing required key; every theorem file has " + String.join(", ", REQUIRED));
      }
    }
    String id = text(e, "id", "an id of lower-case letters, digits, '.' and '-'");
    if (id != null && !ID.matcher(id).matches()) {
      yaml.problem(e.get("id").getValueNode(), "id",
          "'" + id + "' has characters outside [a-z0-9.-]; expected e.g. yang2025.main-excess-risk");
    }
    String title = text(e, "title", "a one-line title");
    Source source = source(e.get("source"));
    Kind kind = kind(e.get("kind"));
    String quantity = text(e, "quantity", "the name of the bounded quantity, e.g. ExcessRisk");
    List<String> resources = symbols(e.get("resources"), "resources", true);
    List<String> tunables = symbols(e.get("tunables"), "tunables", false);
    Map<String, ScalarNode> constantNodes = constantNames(e.get("constants"));
    reader = new ExpressionReader(declared);

    Map<String, Expression> constants = new LinkedHashMap<>();
    constantNodes.forEach((name, node) -> {
      Expression c = condition(node, "constants." + name);
      if (c != null) {
        constants.put(name, c);
      }
    });
    List<Expression> assumptions = new ArrayList<>();
    if (e.containsKey("assume")) {
      List<ScalarNode> items = yaml.list(e.get("assume").getValueNode(), "assume", "[\"eta > 0\", \"eta <= 1\"]");
      if (items != null) {
        for (ScalarNode item : items) {
          Expression c = condition(item, "assume");
          if (c != null) {
            assumptions.add(c);
          }
        }
      }
    }
    Expression bound = expression(e.get("bound"), "bound");
    Expression cost = e.containsKey("cost") ? expression(e.get("cost"), "cost") : null;
    if (cost != null) {
      for (String s : cost.symbols()) {
        if (tunables.contains(s)) {
          yaml.problem(e.get("cost").getValueNode(), "cost", "the cost may not depend on the tunable " + s
              + "; it is a product of resources with a constant factor, e.g. 6*N*D");
        }
      }
    }
    Set<String> exists = exists(e.get("exists"), constants.keySet());
    Holds holds = holds(e.get("holds"));
    Expression failureProbability = e.containsKey("failure-probability")
        ? expression(e.get("failure-probability"), "failure-probability") : null;
    if (holds == Holds.WITH_PROBABILITY && failureProbability == null && !e.containsKey("failure-probability")) {
      yaml.problem(e.get("holds").getValueNode(), "holds",
          "a bound that holds with probability needs failure-probability: \"delta\" (an expression in the constants)");
    }
    if (holds != Holds.WITH_PROBABILITY && e.containsKey("failure-probability")) {
      yaml.problem(e.get("failure-probability").getKeyNode(), "failure-probability",
          "only a bound that holds with probability has a failure probability; add holds: with-probability");
    }
    if (failureProbability != null) {
      for (String s : failureProbability.symbols()) {
        if (resourcesAndTunables.contains(s)) {
          yaml.problem(e.get("failure-probability").getValueNode(), "failure-probability",
              "the failure probability may depend on constants only, but mentions " + s);
        }
      }
    }
    ClaimsReader claimsReader = new ClaimsReader(yaml, reader, resourcesAndTunables);
    List<StatedClaim> claims = e.containsKey("claims")
        ? claimsReader.claims(e.get("claims").getValueNode(), resources, tunables, e.containsKey("cost"))
        : List.of();
    Optional<Theorem.Tightness> tightness = e.containsKey("tightness")
        ? claimsReader.tightness(e.get("tightness").getValueNode(), kind, resources, constantNodes.keySet())
        : Optional.empty();
    if (!yaml.problems().isEmpty() || bound == null) {
      return Optional.empty();
    }
    return Optional.of(new Theorem(yaml.file(), id, title, source, kind, quantity, resources, tunables,
        constants, assumptions, bound, Optional.ofNullable(cost), claims, tightness, holds,
        Optional.ofNullable(failureProbability), exists));
  }

  private Set<String> exists(NodeTuple t, Set<String> constants) {
    if (t == null) {
      return Set.of();
    }
    List<ScalarNode> items = yaml.list(t.getValueNode(), "exists", "[clazy]");
    Set<String> out = new LinkedHashSet<>();
    if (items != null) {
      for (ScalarNode item : items) {
        if (!constants.contains(item.getValue())) {
          yaml.problem(item, "exists", "'" + item.getValue() + "' is not a constant of this theorem"
              + YamlFile.suggestion(item.getValue(), constants) + "; only constants can be existential");
        } else {
          out.add(item.getValue());
        }
      }
    }
    return Set.copyOf(out);
  }

  private Holds holds(NodeTuple t) {
    if (t == null) {
      return Holds.SURELY;
    }
    String value = yaml.scalar(t.getValueNode(), "holds", "one of " + String.join(", ", Holds.keys()));
    if (value == null) {
      return Holds.SURELY;
    }
    Optional<Holds> holds = Holds.of(value);
    if (holds.isEmpty()) {
      yaml.problem(t.getValueNode(), "holds", "'" + value + "' is not a sense" + YamlFile.suggestion(value, Holds.keys())
          + "; expected one of " + String.join(", ", Holds.keys()));
    }
    return holds.orElse(Holds.SURELY);
  }

  private String text(Map<String, NodeTuple> e, String key, String expected) {
    NodeTuple t = e.get(key);
    if (t == null) {
      return null;
    }
    String value = yaml.scalar(t.getValueNode(), key, expected);
    if (value != null && value.isBlank()) {
      yaml.problem(t.getValueNode(), key, "empty; expected " + expected);
      return null;
    }
    return value;
  }

  private Source source(NodeTuple t) {
    if (t == null) {
      return null;
    }
    MappingNode m = yaml.mapping(t.getValueNode(), "source",
        "{paper: \"arXiv:2512.22088\", version: v1, locator: \"Thm 1\", note: \"...\"}");
    if (m == null) {
      return null;
    }
    Map<String, NodeTuple> s = yaml.entries(m, "source", SOURCE_KEYS);
    for (String key : SOURCE_REQUIRED) {
      if (!s.containsKey(key)) {
        yaml.problem(m, "source." + key, "missing; a source names the paper, where in it (locator) and which "
            + "parts are the paper's claim and which are reconstruction (note)");
      }
    }
    Optional<Source.Layer> layer = Optional.empty();
    String layerText = text(s, "layer", "one of " + String.join(", ", Source.Layer.keys()));
    if (layerText != null) {
      layer = Source.Layer.of(layerText);
      if (layer.isEmpty()) {
        yaml.problem(s.get("layer").getValueNode(), "source.layer", "'" + layerText + "' is not a layer"
            + YamlFile.suggestion(layerText, Source.Layer.keys()) + "; expected paper (the paper's own claim), "
            + "reconstruction (built to match the paper's claims) or standard (a result from the literature)");
      }
    }
    return new Source(text(s, "paper", "the paper, e.g. arXiv:2512.22088"),
        text(s, "version", "a version, e.g. v1"), text(s, "locator", "where in the paper"),
        text(s, "note", "what is the paper's claim and what is reconstruction"), layer);
  }

  private Kind kind(NodeTuple t) {
    if (t == null) {
      return null;
    }
    List<String> kinds = java.util.Arrays.stream(Kind.values()).map(Kind::key).toList();
    String value = yaml.scalar(t.getValueNode(), "kind", "one of " + String.join(", ", kinds));
    if (value == null) {
      return null;
    }
    Optional<Kind> kind = Kind.of(value);
    if (kind.isEmpty()) {
      yaml.problem(t.getValueNode(), "kind", "'" + value + "' is not a kind" + YamlFile.suggestion(value, kinds)
          + "; expected one of " + String.join(", ", kinds));
    }
    return kind.orElse(null);
  }

  private List<String> symbols(NodeTuple t, String key, boolean nonEmpty) {
    if (t == null) {
      return List.of();
    }
    List<ScalarNode> items = yaml.list(t.getValueNode(), key, "[m, n, T]");
    if (items == null) {
      return List.of();
    }
    if (nonEmpty && items.isEmpty()) {
      yaml.problem(t.getValueNode(), key, "empty list; a theorem has at least one resource");
    }
    List<String> names = new ArrayList<>();
    for (ScalarNode item : items) {
      if (declare(item.getValue(), item, key)) {
        names.add(item.getValue());
        resourcesAndTunables.add(item.getValue());
      }
    }
    return List.copyOf(names);
  }

  private Map<String, ScalarNode> constantNames(NodeTuple t) {
    Map<String, ScalarNode> out = new LinkedHashMap<>();
    if (t == null) {
      return out;
    }
    MappingNode m = yaml.mapping(t.getValueNode(), "constants", "{lambda: \"lambda > 0\"}");
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, NodeTuple> c : yaml.entries(m, "constants", null).entrySet()) {
      Node value = c.getValue().getValueNode();
      if (declare(c.getKey(), c.getValue().getKeyNode(), "constants")) {
        if (value instanceof ScalarNode s && !s.getTag().getValue().endsWith(":null")) {
          out.put(c.getKey(), s);
        } else {
          yaml.problem(value, "constants." + c.getKey(),
              "expected the constant's condition, e.g. \"" + c.getKey() + " > 0\"");
        }
      }
    }
    return out;
  }

  private boolean declare(String name, Node where, String key) {
    if (!SYMBOL.matcher(name).matches()) {
      yaml.problem(where, key, "'" + name + "' is not a symbol name; expected a letter followed by letters or digits");
      return false;
    }
    if (ExpressionReader.FUNCTIONS.containsKey(name.toLowerCase())) {
      yaml.problem(where, key, "'" + name + "' is the name of a function and cannot be a symbol");
      return false;
    }
    if (!declared.add(name)) {
      yaml.problem(where, key, "'" + name + "' is declared twice (a symbol is a resource, a tunable or a constant)");
      return false;
    }
    return true;
  }

  private Expression expression(NodeTuple t, String key) {
    return t == null ? null : expression(t.getValueNode(), key);
  }

  private Expression expression(Node node, String key) {
    String value = yaml.scalar(node, key, "an expression in Symja syntax");
    if (value == null) {
      return null;
    }
    try {
      return reader.expression(value);
    } catch (ExpressionSyntaxException ex) {
      report((ScalarNode) node, value, key, ex);
      return null;
    }
  }

  private Expression condition(ScalarNode node, String key) {
    try {
      return reader.condition(node.getValue());
    } catch (ExpressionSyntaxException ex) {
      report(node, node.getValue(), key, ex);
      return null;
    }
  }

  /** Locates an error inside a scalar: exact column for one-line scalars, else the scalar's start. */
  private void report(ScalarNode node, String value, String key, ExpressionSyntaxException ex) {
    boolean oneLine = YamlFile.line(node) == node.getEndMark().getLine() + 1 && value.indexOf('\n') < 0;
    int column = oneLine ? YamlFile.textColumn(node) + ex.offset() : YamlFile.column(node);
    yaml.problem(YamlFile.line(node), column, key, ex.getMessage() + " in \"" + value + "\"");
  }

}
