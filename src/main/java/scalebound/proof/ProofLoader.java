package scalebound.proof;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import scalebound.math.Relation;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;
import scalebound.input.BadInput;
import scalebound.input.YamlFile;

/** Reads one proof script; every problem is reported with file, line, key and what was expected. */
final class ProofLoader {
  static final List<String> KEYS = List.of("id", "title", "proves", "concludes", "uses", "symbols", "assume", "given", "steps");
  static final List<String> STEP_KEYS = List.of("id", "kind", "fact", "lemma", "with", "from", "weights", "box", "in",
      "theta", "equation", "for", "assume", "why");
  static final List<String> KINDS = List.of("identity", "inequality", "lemma", "asymptotic", "chain", "solve");

  private final YamlFile yaml;
  private final Set<String> symbols = new LinkedHashSet<>();
  private ExpressionReader reader;

  private ProofLoader(YamlFile yaml) {
    this.yaml = yaml;
  }

  static ProofScript load(Path file) throws BadInput {
    YamlFile yaml = YamlFile.read(file);
    Optional<ProofScript> proof = yaml.root().flatMap(root -> new ProofLoader(yaml).read(root));
    if (!yaml.problems().isEmpty() || proof.isEmpty()) {
      throw new BadInput(yaml.problems());
    }
    return proof.get();
  }

  private Optional<ProofScript> read(MappingNode root) {
    Map<String, NodeTuple> e = yaml.entries(root, null, KEYS);
    for (String key : List.of("id", "title", "proves", "symbols", "steps")) {
      if (!e.containsKey(key)) {
        yaml.problem(root, key, "missing required key; every proof has id, title, proves, symbols and steps");
      }
    }
    String id = text(e, "id");
    String title = text(e, "title");
    String proves = text(e, "proves");
    String concludes = e.containsKey("concludes") ? text(e, "concludes") : "statement";
    List<String> uses = new ArrayList<>();
    if (e.containsKey("uses")) {
      List<ScalarNode> items = yaml.list(e.get("uses").getValueNode(), "uses", "[yang2025.l1-gradient-flow]");
      if (items != null) {
        items.forEach(i -> uses.add(i.getValue()));
      }
    }
    Map<String, ScalarNode> conditions = new LinkedHashMap<>();
    if (e.containsKey("symbols")) {
      MappingNode m = yaml.mapping(e.get("symbols").getValueNode(), "symbols", "{m: \"m >= 1\"}");
      if (m != null) {
        yaml.entries(m, "symbols", null).forEach((name, t) -> {
          symbols.add(name);
          if (t.getValueNode() instanceof ScalarNode s && !s.getTag().getValue().endsWith(":null")) {
            conditions.put(name, s);
          } else {
            yaml.problem(t.getValueNode(), "symbols." + name, "expected the symbol's condition, e.g. \"" + name + " > 0\"");
          }
        });
      }
    }
    reader = new ExpressionReader(symbols);
    List<Expression> domain = new ArrayList<>();
    conditions.forEach((name, node) -> {
      Expression c = condition(node, "symbols." + name);
      if (c != null) {
        domain.add(c);
      }
    });
    domain.addAll(conditionList(e.get("assume"), "assume"));
    Set<String> ids = new LinkedHashSet<>();
    List<ProofScript.Given> givens = new ArrayList<>();
    if (e.containsKey("given")) {
      for (Node item : items(e.get("given").getValueNode(), "given")) {
        MappingNode m = yaml.mapping(item, "given", "{id: h1, fact: \"a <= b\", why: \"...\"}");
        if (m == null) {
          continue;
        }
        Map<String, NodeTuple> g = yaml.entries(m, "given", List.of("id", "fact", "why"));
        String gid = required(g, m, "given", "id");
        Fact fact = fact(g.get("fact"), m, "given.fact");
        String why = required(g, m, "given", "why");
        if (gid != null && !ids.add(gid)) {
          yaml.problem(m, "given.id", "duplicate id '" + gid + "'");
        }
        if (gid != null && fact != null && why != null) {
          givens.add(new ProofScript.Given(gid, fact, why, YamlFile.line(m)));
        }
      }
    }
    List<ProofScript.Step> steps = new ArrayList<>();
    if (e.containsKey("steps")) {
      for (Node item : items(e.get("steps").getValueNode(), "steps")) {
        ProofScript.Step s = step(item, ids);
        if (s != null) {
          steps.add(s);
        }
      }
    }
    if (!yaml.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProofScript(yaml.file(), id, title, proves, concludes, uses, List.copyOf(symbols), domain,
        givens, steps));
  }

  private List<Node> items(Node node, String key) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    yaml.problem(node, key, "expected a list of mappings");
    return List.of();
  }

  private ProofScript.Step step(Node item, Set<String> ids) {
    MappingNode m = yaml.mapping(item, "steps", "{id: s1, kind: identity, fact: \"a == b\"}");
    if (m == null) {
      return null;
    }
    Map<String, NodeTuple> s = yaml.entries(m, "steps", STEP_KEYS);
    String id = required(s, m, "steps", "id");
    String kind = required(s, m, "steps", "kind");
    if (id != null && !ids.add(id)) {
      yaml.problem(m, "steps.id", "duplicate id '" + id + "'");
    }
    if (kind != null && !KINDS.contains(kind)) {
      yaml.problem(s.get("kind").getValueNode(), "steps.kind", "'" + kind + "' is not a step kind; expected one of "
          + String.join(", ", KINDS));
    }
    Fact fact = fact(s.get("fact"), m, "steps.fact");
    String lemma = s.containsKey("lemma") ? yaml.scalar(s.get("lemma").getValueNode(), "steps.lemma", "a theorem id") : null;
    if ("lemma".equals(kind) && lemma == null) {
      yaml.problem(m, "steps.lemma", "a lemma step names the theorem it instantiates");
    }
    Map<String, Expression> with = new LinkedHashMap<>();
    if (s.containsKey("with")) {
      MappingNode w = yaml.mapping(s.get("with").getValueNode(), "steps.with", "{t: \"eta*T\"}");
      if (w != null) {
        yaml.entries(w, "steps.with", null).forEach((name, t) -> {
          Expression x = expression(t.getValueNode(), "steps.with." + name);
          if (x != null) {
            with.put(name, x);
          }
        });
      }
    }
    List<String> from = new ArrayList<>();
    if (s.containsKey("from")) {
      List<ScalarNode> f = yaml.list(s.get("from").getValueNode(), "steps.from", "[s1, s2]");
      if (f != null) {
        f.forEach(n -> from.add(n.getValue()));
      }
    }
    if ("chain".equals(kind) && from.isEmpty()) {
      yaml.problem(m, "steps.from", "a chain step lists the facts it combines, e.g. from: [s1, s2]");
    }
    List<Expression> weights = new ArrayList<>();
    if (s.containsKey("weights")) {
      List<ScalarNode> w = yaml.list(s.get("weights").getValueNode(), "steps.weights", "[1, \"n\"]");
      if (w != null) {
        for (ScalarNode n : w) {
          Expression x = expression(n, "steps.weights");
          if (x != null) {
            weights.add(x);
          }
        }
        if (weights.size() != from.size()) {
          yaml.problem(s.get("weights").getValueNode(), "steps.weights", "one weight per fact in from (" + from.size() + ")");
        }
      }
    }
    Map<String, double[]> box = new LinkedHashMap<>();
    if (s.containsKey("box")) {
      MappingNode b = yaml.mapping(s.get("box").getValueNode(), "steps.box", "{x: [0, 1]}");
      if (b != null) {
        yaml.entries(b, "steps.box", null).forEach((name, t) -> {
          List<ScalarNode> range = yaml.list(t.getValueNode(), "steps.box." + name, "[0, 1]");
          if (!symbols.contains(name)) {
            yaml.problem(t.getKeyNode(), "steps.box." + name, "'" + name + "' is not a symbol of this proof");
          } else if (range != null && range.size() == 2) {
            try {
              box.put(name, new double[] {Double.parseDouble(range.get(0).getValue()), Double.parseDouble(range.get(1).getValue())});
            } catch (NumberFormatException ex) {
              yaml.problem(t.getValueNode(), "steps.box." + name, "expected two numbers [low, high]");
            }
          } else if (range != null) {
            yaml.problem(t.getValueNode(), "steps.box." + name, "expected two numbers [low, high]");
          }
        });
      }
    }
    String in = s.containsKey("in") ? yaml.scalar(s.get("in").getValueNode(), "steps.in", "the symbol the asymptotics are in") : null;
    if ("asymptotic".equals(kind) && (in == null || !symbols.contains(in))) {
      yaml.problem(m, "steps.in", "an asymptotic step names the symbol that grows, e.g. in: C (a symbol of the proof)");
    }
    boolean theta = s.containsKey("theta") && "true".equals(yaml.scalar(s.get("theta").getValueNode(), "steps.theta", "true or false"));
    Expression equation = null;
    if (s.containsKey("equation")) {
      Node n = s.get("equation").getValueNode();
      if (n instanceof ScalarNode sn) {
        equation = condition(sn, "steps.equation");
      } else {
        yaml.problem(n, "steps.equation", "expected an equation \"lhs == rhs\"");
      }
    }
    String solveFor = s.containsKey("for") ? yaml.scalar(s.get("for").getValueNode(), "steps.for", "a symbol") : null;
    if ("solve".equals(kind) && (equation == null || solveFor == null || !symbols.contains(solveFor))) {
      yaml.problem(m, "steps", "a solve step has equation: \"lhs == rhs\" and for: a symbol of the proof");
    }
    List<Expression> assume = conditionList(s.get("assume"), "steps.assume");
    if (id == null || kind == null || fact == null) {
      return null;
    }
    return new ProofScript.Step(id, kind, fact, YamlFile.line(m), lemma, with, from, weights, box, in, theta, equation,
        solveFor, assume);
  }

  private List<Expression> conditionList(NodeTuple t, String key) {
    List<Expression> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    List<ScalarNode> items = yaml.list(t.getValueNode(), key, "[\"x > 0\"]");
    if (items != null) {
      for (ScalarNode item : items) {
        Expression c = condition(item, key);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private String text(Map<String, NodeTuple> e, String key) {
    NodeTuple t = e.get(key);
    return t == null ? null : yaml.scalar(t.getValueNode(), key, "a value");
  }

  private String required(Map<String, NodeTuple> e, MappingNode m, String context, String key) {
    if (!e.containsKey(key)) {
      yaml.problem(m, context + "." + key, "missing");
      return null;
    }
    return yaml.scalar(e.get(key).getValueNode(), context + "." + key, "a value");
  }

  private Fact fact(NodeTuple t, MappingNode m, String key) {
    if (t == null) {
      yaml.problem(m, key, "missing; every step states the fact it establishes, e.g. fact: \"a <= b\"");
      return null;
    }
    if (!(t.getValueNode() instanceof ScalarNode s)) {
      yaml.problem(t.getValueNode(), key, "expected a relation \"lhs <= rhs\"");
      return null;
    }
    Expression c = condition(s, key);
    if (c == null) {
      return null;
    }
    Relation r = Relation.of(c.symja().head());
    if (r == null || c.symja().argSize() != 2) {
      yaml.problem(s, key, "a fact is one relation lhs REL rhs (no chains), found \"" + s.getValue() + "\"");
      return null;
    }
    return new Fact(Expression.of(c.symja().getAt(1)), r, Expression.of(c.symja().getAt(2)), s.getValue());
  }

  private Expression expression(Node node, String key) {
    String value = yaml.scalar(node, key, "an expression");
    if (value == null) {
      return null;
    }
    try {
      return reader.expression(value);
    } catch (ExpressionSyntaxException ex) {
      yaml.problem(node, key, ex.getMessage() + " in \"" + value + "\"");
      return null;
    }
  }

  private Expression condition(ScalarNode node, String key) {
    try {
      return reader.condition(node.getValue());
    } catch (ExpressionSyntaxException ex) {
      yaml.problem(node, key, ex.getMessage() + " in \"" + node.getValue() + "\"");
      return null;
    }
  }
}
