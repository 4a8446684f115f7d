package scalebound.proof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import scalebound.input.YamlFile;
import scalebound.proof.ProofScript.Located;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;

/**
 * Reads one step of a proof file: its id, kind and fact, and the keys of its kind only (a key of
 * another kind is reported, not ignored), into the step's own record.
 */
final class StepReader extends ProofFields {
  /** The keys of each step kind, beyond id, kind, fact and why. */
  static final Map<String, List<String>> STEP_KEYS = stepKeys();

  StepReader(YamlFile yaml, Set<String> symbols, ExpressionReader reader) {
    super(yaml, symbols);
    this.reader = reader;
  }

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

  Step step(Node item, Set<String> ids) {
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
}
