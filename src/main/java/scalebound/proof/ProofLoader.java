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
import scalebound.input.BadInput;
import scalebound.input.YamlFile;
import scalebound.proof.ProofScript.Conclusion;
import scalebound.proof.ProofScript.Declared;
import scalebound.proof.ProofScript.Given;
import scalebound.proof.ProofScript.Located;
import scalebound.proof.ProofScript.Reference;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.theorem.ClaimName;

/**
 * Reads one proof script (format: proofs-check/README.md); every problem is reported with file,
 * line, key and what was expected. Each step kind has its own keys; a key of another kind is an
 * error, not silently ignored.
 */
final class ProofLoader extends ProofFields {
  static final List<String> KEYS = List.of("id", "title", "proves", "concludes", "uses", "symbols", "assume", "given",
      "allocation", "steps");
  static final List<String> REQUIRED = List.of("id", "title", "proves", "symbols", "steps");
  static final String UNCONSTRAINED = "real";

  private ProofLoader(YamlFile yaml) {
    super(yaml, new LinkedHashSet<>());
  }

  static ProofScript load(Path file) throws BadInput {
    scalebound.symbolic.Budget.reading(file);
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
      StepReader stepReader = new StepReader(yaml, symbols, reader);
      for (Node item : items(e.get("steps").getValueNode(), "steps")) {
        Step s = stepReader.step(item, ids);
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

}
