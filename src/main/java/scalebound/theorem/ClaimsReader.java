package scalebound.theorem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import scalebound.input.YamlFile;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;

/**
 * Reads what a theorem file says about its laws: the {@code claims} (each value of the shape its
 * {@link ClaimName} expects, exponents in the constants only) and, for a lower bound, the
 * {@code tightness} section naming the upper bound it answers.
 */
final class ClaimsReader {
  private final YamlFile yaml;
  private final ExpressionReader reader;
  private final Set<String> resourcesAndTunables;

  ClaimsReader(YamlFile yaml, ExpressionReader reader, Set<String> resourcesAndTunables) {
    this.yaml = yaml;
    this.reader = reader;
    this.resourcesAndTunables = resourcesAndTunables;
  }

  List<StatedClaim> claims(Node node, List<String> resources, List<String> tunables, boolean hasCost) {
    MappingNode m = yaml.mapping(node, "claims", "{compute-exponent: \"-1/6\"}");
    if (m == null) {
      return List.of();
    }
    List<StatedClaim> out = new ArrayList<>();
    for (Map.Entry<String, NodeTuple> c : yaml.entries(m, "claims", ClaimName.keys()).entrySet()) {
      ClaimName quantity = ClaimName.of(c.getKey()).orElseThrow();
      String key = "claims." + quantity.key();
      Node value = c.getValue().getValueNode();
      if (!hasCost && quantity.needsCost()) {
        yaml.problem(c.getValue().getKeyNode(), key, "a compute law needs a cost; add e.g. cost: \"m*n*T\"");
      }
      if (quantity.shape() == ClaimName.Shape.EXPONENT_PER_SYMBOL) {
        List<String> subjects = new ArrayList<>(resources);
        if (quantity == ClaimName.ALLOCATION_EXPONENTS) {
          subjects.addAll(tunables);
        }
        String what = quantity == ClaimName.ALLOCATION_EXPONENTS ? "resource or tunable" : "resource";
        perSymbol(value, key, subjects, what, "{m: \"1/3\", n: \"1/3\"}").forEach((symbol, v) ->
            add(out, quantity, symbol, v, key + "." + symbol, true));
      } else if (quantity.shape() == ClaimName.Shape.TUNABLE_EXPONENTS_PER_RESOURCE) {
        if (tunables.isEmpty()) {
          yaml.problem(c.getValue().getKeyNode(), key, "this theorem has no tunables; " + key
              + " states how the optimal tunables scale in an isolated law");
          continue;
        }
        perSymbol(value, key, resources, "resource", "{T: {eta: \"-1\"}}").forEach((resource, inner) ->
            perSymbol(inner, key + "." + resource, tunables, "tunable", "{eta: \"-1\"}").forEach((tunable, v) ->
                add(out, quantity, resource + "." + tunable, v, key + "." + resource + "." + tunable, true)));
      } else {
        add(out, quantity, null, value, key, quantity.shape() == ClaimName.Shape.EXPONENT);
      }
    }
    return out;
  }

  /**
   * The entries of a mapping whose keys must be among {@code subjects}; a key that is not is
   * reported at its line with the nearest name and the list of expected ones.
   */
  private Map<String, Node> perSymbol(Node node, String key, List<String> subjects, String what, String example) {
    Map<String, Node> out = new LinkedHashMap<>();
    MappingNode m = yaml.mapping(node, key, example);
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, NodeTuple> s : yaml.entries(m, key, null).entrySet()) {
      if (!subjects.contains(s.getKey())) {
        yaml.problem(s.getValue().getKeyNode(), key + "." + s.getKey(), "'" + s.getKey() + "' is not a " + what
            + " of this theorem" + YamlFile.suggestion(s.getKey(), subjects) + "; expected one of "
            + String.join(", ", subjects));
        continue;
      }
      out.put(s.getKey(), s.getValue().getValueNode());
    }
    return out;
  }

  private void add(List<StatedClaim> out, ClaimName quantity, String subject, Node node, String key, boolean exponent) {
    String expected = exponent
        ? "an exact number such as \"-1/6\" (or an expression in the constants)"
        : "an expression in the theorem's symbols";
    String value = yaml.scalar(node, key, expected);
    if (value == null) {
      return;
    }
    try {
      Expression e = reader.expression(value);
      if (exponent) {
        for (String s : e.symbols()) {
          if (isTunableOrResource(s)) {
            yaml.problem(YamlFile.line(node), YamlFile.column(node), key, "an exponent may depend on constants only, but '"
                + value + "' mentions the resource or tunable " + s
                + "; expected " + expected);
            return;
          }
        }
      }
      out.add(new StatedClaim(quantity, subject, e, YamlFile.line(node)));
    } catch (ExpressionSyntaxException ex) {
      yaml.problem(YamlFile.line(node), YamlFile.column(node), key,
          "expected " + expected + ": " + ex.getMessage() + " in \"" + value + "\"");
    }
  }

  Optional<Theorem.Tightness> tightness(Node node, Kind kind, List<String> resources, Set<String> constants) {
    MappingNode m = yaml.mapping(node, "tightness", "{against: yang2025.l1-gradient-descent, in: k, with: {eta: \"1/lambdaMax\"}}");
    if (m == null) {
      return Optional.empty();
    }
    if (kind != Kind.LOWER_BOUND) {
      yaml.problem(node, "tightness", "only a lower bound names the upper bound it answers");
    }
    Map<String, NodeTuple> t = yaml.entries(m, "tightness", List.of("against", "in", "with", "asymptotic-in"));
    String against = t.containsKey("against") ? yaml.scalar(t.get("against").getValueNode(), "tightness.against", "a theorem id") : null;
    String in = t.containsKey("in") ? yaml.scalar(t.get("in").getValueNode(), "tightness.in", "a resource") : null;
    if (against == null || in == null) {
      yaml.problem(m, "tightness", "expected against: (an upper bound's id) and in: (a resource of this theorem)");
      return Optional.empty();
    }
    if (!resources.contains(in)) {
      yaml.problem(t.get("in").getValueNode(), "tightness.in", "'" + in + "' is not a resource of this theorem");
    }
    Map<String, String> with = new LinkedHashMap<>();
    if (t.containsKey("with")) {
      MappingNode w = yaml.mapping(t.get("with").getValueNode(), "tightness.with", "{eta: \"1/lambdaMax\"}");
      if (w != null) {
        yaml.entries(w, "tightness.with", null).forEach((k, v) -> {
          String value = yaml.scalar(v.getValueNode(), "tightness.with." + k, "an expression in this theorem's symbols");
          if (value != null) {
            try {
              reader.expression(value);
              with.put(k, value);
            } catch (ExpressionSyntaxException ex) {
              yaml.problem(v.getValueNode(), "tightness.with." + k, ex.getMessage() + " in \"" + value + "\"");
            }
          }
        });
      }
    }
    String asymptoticIn = t.containsKey("asymptotic-in")
        ? yaml.scalar(t.get("asymptotic-in").getValueNode(), "tightness.asymptotic-in", "a constant") : null;
    if (asymptoticIn != null && !constants.contains(asymptoticIn)) {
      yaml.problem(t.get("asymptotic-in").getValueNode(), "tightness.asymptotic-in", "'" + asymptoticIn + "' is not a constant of this theorem");
    }
    return Optional.of(new Theorem.Tightness(against, in, with, asymptoticIn, YamlFile.line(m)));
  }

  private boolean isTunableOrResource(String s) {
    return resourcesAndTunables.contains(s);
  }
}
