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
import scalebound.input.BadInput;
import scalebound.input.YamlFile;
import scalebound.math.Relation;
import scalebound.proof.ProofScript.Conclusion;
import scalebound.proof.ProofScript.Declared;
import scalebound.proof.ProofScript.Given;
import scalebound.proof.ProofScript.Located;
import scalebound.proof.ProofScript.Reference;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;
import scalebound.theorem.ClaimName;

/**
 * Reads one proof script (format: proofs-check/README.md); every problem is reported with file,
 * line, key and what was expected. Each step kind has its own keys; a key of another kind is an
 * error, not silently ignored.
 */
final class ProofLoader {
  static final List<String> KEYS = List.of("id", "title", "proves", "concludes", "uses", "symbols", "assume", "given",
      "allocation", "steps");
  static final List<String> REQUIRED = List.of("id", "title", "proves", "symbols", "steps");
  /** The keys of each step kind, beyond id, kind, fact and why. */
  static final Map<String, List<String>> STEP_KEYS = stepKeys();
  static final String UNCONSTRAINED = "real";

  private static Map<String, List<String>> stepKeys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("identity", List.of());
    keys.put("inequality", List.of("assume", "box"));
    keys.put("lemma", List.of("lemma", "with"));
    keys.put("asymptotic", List.of("in", "theta"));
    keys.put("chain", List.of("from", "weights"));
    keys.put("solve", List.of("equation", "for"));
    keys.put("tail", List.of("from", "failure-probability"));
    keys.put("define", List.of());
    return keys;
  }

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

  /**
   * Every symbol an expression of the proof mentions is declared under {@code symbols}, with a
   * condition or as {@code real}; the checker adds the proved theorem's own conditions to the
   * domain and holds the proof's conditions to the theorem's.
   */
  private Optional<ProofScript> read(MappingNode root) {
    Map<String, NodeTuple> e = yaml.entries(root, null, KEYS);
    for (String key : REQUIRED) {
      if (!e.containsKey(key)) {
        yaml.problem(root, key, "missing required key; every proof has " + String.join(", ", REQUIRED));
      }
    }
    String id = text(e, "id");
    String title = text(e, "title");
    Reference proves = reference(e.get("proves"), "proves");
    Conclusion conclusion = conclusion(e.get("concludes"));
    List<Reference> uses = new ArrayList<>();
    if (e.containsKey("uses")) {
      List<ScalarNode> items = yaml.list(e.get("uses").getValueNode(), "uses", "[yang2025.l1-gradient-flow]");
      if (items != null) {
        items.forEach(i -> uses.add(new Reference(i.getValue(), YamlFile.line(i))));
      }
    }
    Map<String, ScalarNode> conditions = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    if (e.containsKey("symbols")) {
      MappingNode m = yaml.mapping(e.get("symbols").getValueNode(), "symbols", "{m: \"m >= 1\", Gap: real}");
      if (m != null) {
        yaml.entries(m, "symbols", null).forEach((name, t) -> {
          symbols.add(name);
          lines.put(name, YamlFile.line(t.getKeyNode()));
          if (t.getValueNode() instanceof ScalarNode s && !s.getTag().getValue().endsWith(":null")) {
            if (!s.getValue().strip().equals(UNCONSTRAINED)) {
              conditions.put(name, s);
            }
          } else {
            yaml.problem(t.getValueNode(), "symbols." + name, "expected the symbol's condition, e.g. \"" + name
                + " > 0\", or real for a symbol without one");
          }
        });
      }
    }
    reader = new ExpressionReader(symbols, "symbols (with a condition, or as real)");
    List<Declared> declared = new ArrayList<>();
    for (String name : symbols) {
      ScalarNode node = conditions.get(name);
      Expression c = node == null ? null : condition(node, "symbols." + name);
      declared.add(new Declared(name, Optional.ofNullable(c), lines.get(name)));
    }
    List<Located> assumptions = conditionList(e.get("assume"), "assume");
    Set<String> ids = new LinkedHashSet<>();
    List<Given> givens = givens(e.get("given"), ids);
    Map<String, Located> allocation = new LinkedHashMap<>();
    if (e.containsKey("allocation")) {
      MappingNode a = yaml.mapping(e.get("allocation").getValueNode(), "allocation", "{m: \"C^(1/3)\"}");
      if (a != null) {
        yaml.entries(a, "allocation", null).forEach((name, t) -> {
          Expression x = expression(t.getValueNode(), "allocation." + name);
          if (x != null) {
            allocation.put(name, new Located(x, YamlFile.line(t.getValueNode())));
          }
        });
      }
    }
    List<Step> steps = new ArrayList<>();
    if (e.containsKey("steps")) {
      for (Node item : items(e.get("steps").getValueNode(), "steps")) {
        Step s = step(item, ids);
        if (s != null) {
          steps.add(s);
        }
      }
    }
    if (!yaml.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProofScript(yaml.file(), id, title, proves, conclusion, uses, declared, assumptions, givens,
        allocation, steps));
  }

  private Reference reference(NodeTuple t, String key) {
    if (t == null) {
      return null;
    }
    String value = yaml.scalar(t.getValueNode(), key, "a theorem id");
    return value == null ? null : new Reference(value, YamlFile.line(t.getValueNode()));
  }

  private Conclusion conclusion(NodeTuple t) {
    if (t == null) {
      return Conclusion.statement(0);
    }
    String value = yaml.scalar(t.getValueNode(), "concludes", "statement, or a claim such as compute-exponent");
    int line = YamlFile.line(t.getValueNode());
    if (value == null || value.equals("statement")) {
      return Conclusion.statement(line);
    }
    int dot = value.indexOf('.');
    String key = dot < 0 ? value : value.substring(0, dot);
    Optional<ClaimName> claim = ClaimName.of(key);
    if (claim.isEmpty()) {
      List<String> allowed = new ArrayList<>(ClaimName.keys());
      allowed.add(0, "statement");
      yaml.problem(t.getValueNode(), "concludes", "'" + value + "' is neither statement nor a claim"
          + YamlFile.suggestion(key, allowed) + "; expected one of " + String.join(", ", allowed)
          + " (per-symbol claims as allocation-exponents.m)");
      return Conclusion.statement(line);
    }
    return new Conclusion(claim, dot < 0 ? null : value.substring(dot + 1), line);
  }

  private List<Given> givens(NodeTuple t, Set<String> ids) {
    List<Given> givens = new ArrayList<>();
    if (t == null) {
      return givens;
    }
    for (Node item : items(t.getValueNode(), "given")) {
      MappingNode m = yaml.mapping(item, "given", "{id: h1, fact: \"a <= b\", why: \"...\"}");
      if (m == null) {
        continue;
      }
      Map<String, NodeTuple> g = yaml.entries(m, "given", List.of("id", "fact", "why"));
      String gid = required(g, m, "given", "id");
      Fact fact = fact(g.get("fact"), m, "given.fact");
      String why = required(g, m, "given", "why");
      if (why != null && why.isBlank()) {
        yaml.problem(g.get("why").getValueNode(), "given.why", "empty; a given says why it may be taken without proof");
      }
      if (gid != null && !ids.add(gid)) {
        yaml.problem(m, "given.id", "duplicate id '" + gid + "'");
      }
      if (gid != null && fact != null && why != null) {
        givens.add(new Given(gid, fact, why, YamlFile.line(m)));
      }
    }
    return givens;
  }

  private List<Node> items(Node node, String key) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    yaml.problem(node, key, "expected a list of mappings");
    return List.of();
  }

  private Step step(Node item, Set<String> ids) {
    MappingNode m = yaml.mapping(item, "steps", "{id: s1, kind: identity, fact: \"a == b\"}");
    if (m == null) {
      return null;
    }
    Map<String, NodeTuple> s = yaml.entries(m, "steps", null);
    String id = required(s, m, "steps", "id");
    String kind = required(s, m, "steps", "kind");
    if (id != null && !ids.add(id)) {
      yaml.problem(m, "steps.id", "duplicate id '" + id + "'");
    }
    if (kind == null) {
      return null;
    }
    List<String> own = STEP_KEYS.get(kind);
    if (own == null) {
      yaml.problem(s.get("kind").getValueNode(), "steps.kind", "'" + kind + "' is not a step kind"
          + YamlFile.suggestion(kind, STEP_KEYS.keySet()) + "; expected one of " + String.join(", ", STEP_KEYS.keySet()));
      return null;
    }
    for (Map.Entry<String, NodeTuple> k : s.entrySet()) {
      if (!List.of("id", "kind", "fact", "why").contains(k.getKey()) && !own.contains(k.getKey())) {
        List<String> allowed = new ArrayList<>(List.of("id", "kind", "fact", "why"));
        allowed.addAll(own);
        yaml.problem(k.getValue().getKeyNode(), "steps." + k.getKey(), "not a key of a " + kind + " step"
            + YamlFile.suggestion(k.getKey(), allowed) + "; a " + kind + " step has " + String.join(", ", allowed));
      }
    }
    Fact fact = fact(s.get("fact"), m, "steps.fact");
    int line = YamlFile.line(m);
    if (id == null || fact == null) {
      return null;
    }
    return switch (kind) {
      case "identity" -> new IdentityStep(id, fact, line);
      case "inequality" -> new InequalityStep(id, fact, line, list(conditionList(s.get("assume"), "steps.assume")),
          box(s.get("box")));
      case "lemma" -> lemma(id, fact, line, s, m);
      case "asymptotic" -> asymptotic(id, fact, line, s, m);
      case "chain" -> chain(id, fact, line, s, m);
      case "solve" -> solve(id, fact, line, s, m);
      case "tail" -> tail(id, fact, line, s, m);
      default -> new DefinitionStep(id, fact, line);
    };
  }

  private static List<Expression> list(List<Located> located) {
    return located.stream().map(Located::expression).toList();
  }

  private Step lemma(String id, Fact fact, int line, Map<String, NodeTuple> s, MappingNode m) {
    String lemma = s.containsKey("lemma") ? yaml.scalar(s.get("lemma").getValueNode(), "steps.lemma", "a theorem id") : null;
    if (lemma == null) {
      yaml.problem(m, "steps.lemma", "a lemma step names the theorem it instantiates");
      return null;
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
    return new LemmaStep(id, fact, line, lemma, with);
  }

  private Step asymptotic(String id, Fact fact, int line, Map<String, NodeTuple> s, MappingNode m) {
    String in = s.containsKey("in") ? yaml.scalar(s.get("in").getValueNode(), "steps.in", "the symbol that grows") : null;
    if (in == null || !symbols.contains(in)) {
      yaml.problem(m, "steps.in", "an asymptotic step names the symbol that grows, e.g. in: C (a symbol of the proof)");
      return null;
    }
    boolean theta = false;
    if (s.containsKey("theta")) {
      String t = yaml.scalar(s.get("theta").getValueNode(), "steps.theta", "true or false");
      if (!"true".equals(t) && !"false".equals(t)) {
        yaml.problem(s.get("theta").getValueNode(), "steps.theta", "expected true or false");
      }
      theta = "true".equals(t);
    }
    return new AsymptoticStep(id, fact, line, in, theta);
  }

  private Step chain(String id, Fact fact, int line, Map<String, NodeTuple> s, MappingNode m) {
    List<String> from = new ArrayList<>();
    if (s.containsKey("from")) {
      List<ScalarNode> f = yaml.list(s.get("from").getValueNode(), "steps.from", "[s1, s2]");
      if (f != null) {
        f.forEach(n -> from.add(n.getValue()));
      }
    }
    if (from.isEmpty()) {
      yaml.problem(m, "steps.from", "a chain step lists the facts it combines, e.g. from: [s1, s2]");
      return null;
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
          return null;
        }
      }
    }
    return new ChainStep(id, fact, line, from, weights);
  }

  private Step solve(String id, Fact fact, int line, Map<String, NodeTuple> s, MappingNode m) {
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
    if (equation == null || solveFor == null || !symbols.contains(solveFor)) {
      yaml.problem(m, "steps", "a solve step has equation: \"lhs == rhs\" and for: a symbol of the proof");
      return null;
    }
    return new SolveStep(id, fact, line, equation, solveFor);
  }

  private Step tail(String id, Fact fact, int line, Map<String, NodeTuple> s, MappingNode m) {
    String from = s.containsKey("from") ? yaml.scalar(s.get("from").getValueNode(), "steps.from", "a step id") : null;
    Expression delta = s.containsKey("failure-probability")
        ? expression(s.get("failure-probability").getValueNode(), "steps.failure-probability") : null;
    if (from == null || delta == null) {
      yaml.problem(m, "steps", "a tail step has from: (the bound in expectation or mean square) and "
          + "failure-probability: (an expression in (0, 1])");
      return null;
    }
    return new TailStep(id, fact, line, from, delta);
  }

  private Map<String, double[]> box(NodeTuple t) {
    Map<String, double[]> box = new LinkedHashMap<>();
    if (t == null) {
      return box;
    }
    MappingNode b = yaml.mapping(t.getValueNode(), "steps.box", "{x: [0, 1]}");
    if (b == null) {
      return box;
    }
    yaml.entries(b, "steps.box", null).forEach((name, e) -> {
      List<ScalarNode> range = yaml.list(e.getValueNode(), "steps.box." + name, "[0, 1]");
      if (!symbols.contains(name)) {
        yaml.problem(e.getKeyNode(), "steps.box." + name, "'" + name + "' is not a symbol of this proof");
      } else if (range != null && range.size() == 2) {
        try {
          double lo = Double.parseDouble(range.get(0).getValue());
          double hi = Double.parseDouble(range.get(1).getValue());
          if (!(lo <= hi)) {
            yaml.problem(e.getValueNode(), "steps.box." + name, "expected [low, high] with low <= high");
          } else {
            box.put(name, new double[] {lo, hi});
          }
        } catch (NumberFormatException ex) {
          yaml.problem(e.getValueNode(), "steps.box." + name, "expected two numbers [low, high]");
        }
      } else if (range != null) {
        yaml.problem(e.getValueNode(), "steps.box." + name, "expected two numbers [low, high]");
      }
    });
    return box;
  }

  private List<Located> conditionList(NodeTuple t, String key) {
    List<Located> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    List<ScalarNode> items = yaml.list(t.getValueNode(), key, "[\"x > 0\"]");
    if (items != null) {
      for (ScalarNode item : items) {
        Expression c = condition(item, key);
        if (c != null) {
          out.add(new Located(c, YamlFile.line(item)));
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
