package scalebound.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import scalebound.input.BadInput;
import scalebound.input.YamlFile;
import scalebound.numerics.experiments.Experiment;
import scalebound.numerics.experiments.Experiments;

/**
 * Reads a numerics scenario file and checks it completely against the experiment it names:
 * every drawn parameter must be one the experiment declares, with values of its type (and, for
 * choices, among its choices). Problems carry file, line, column and key.
 */
public final class ScenarioLoader {
  public static final List<String> KEYS = List.of("scenario", "theorem", "model", "check", "tries", "seed", "draw", "bind",
      "tolerance", "absolute-tolerance", "shrink-limit", "rate", "probabilistic", "phase", "note");
  static final List<String> REQUIRED = List.of("scenario", "theorem", "model", "check", "bind");
  static final List<String> CHECKS = List.of("exact", "probabilistic", "rate", "phase");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Pattern INT_RANGE = Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)");
  private static final Pattern REAL_RANGE = Pattern.compile("(-?[0-9.eE+-]+)\\.\\.(-?[0-9.eE+-]+)");

  private final YamlFile yaml;

  private ScenarioLoader(YamlFile yaml) {
    this.yaml = yaml;
  }

  public static Scenario load(Path file) throws BadInput {
    scalebound.symbolic.Budget.reading(file);
    YamlFile yaml = YamlFile.read(file);
    Optional<Scenario> s = yaml.root().flatMap(root -> new ScenarioLoader(yaml).read(root));
    if (!yaml.problems().isEmpty() || s.isEmpty()) {
      throw new BadInput(yaml.problems());
    }
    return s.get();
  }

  private Optional<Scenario> read(MappingNode root) {
    Map<String, NodeTuple> e = yaml.entries(root, null, KEYS);
    for (String key : REQUIRED) {
      if (!e.containsKey(key)) {
        yaml.problem(root, key, "missing required key; every scenario file has " + String.join(", ", REQUIRED));
      }
    }
    String id = text(e, "scenario", "a scenario id of lower-case letters, digits, '.' and '-'");
    if (id != null && !ID.matcher(id).matches()) {
      yaml.problem(e.get("scenario").getValueNode(), "scenario", "'" + id + "' has characters outside [a-z0-9.-]");
    }
    String theorem = text(e, "theorem", "the id of the theorem this scenario tests");
    String modelName = text(e, "model", "one of " + Experiments.names());
    Experiment model = null;
    if (modelName != null) {
      model = Experiments.named(modelName).orElse(null);
      if (model == null) {
        yaml.problem(e.get("model").getValueNode(), "model",
            "unknown model '" + modelName + "'; expected one of " + String.join(", ", Experiments.names()));
      }
    }
    String check = text(e, "check", "exact, probabilistic, rate or phase");
    if (check != null && !CHECKS.contains(check)) {
      yaml.problem(e.get("check").getValueNode(), "check", "unknown check '" + check
          + "'; expected exact, probabilistic, rate or phase");
      check = null;
    }
    int tries = (int) number(e, "tries", 20, true, 1, 100_000);
    long seed = (long) number(e, "seed", 1, true, 0, Long.MAX_VALUE);
    double tolerance = number(e, "tolerance", 1e-9, false, 0, 1);
    double absoluteTolerance = number(e, "absolute-tolerance", 0, false, 0, 1e300);
    int shrinkLimit = (int) number(e, "shrink-limit", "rate".equals(check) || "phase".equals(check) ? 3 : 50,
        true, 0, 10_000);
    Map<String, ParameterDomain> draw = model == null ? Map.of() : draw(e.get("draw"), model);
    Map<String, String> bind = new LinkedHashMap<>();
    Map<String, Integer> bindLines = new LinkedHashMap<>();
    if (e.containsKey("bind")) {
      MappingNode m = yaml.mapping(e.get("bind").getValueNode(), "bind", "{lambda: lambdaMin, t: t}");
      if (m != null) {
        for (Map.Entry<String, NodeTuple> b : yaml.entries(m, "bind", null).entrySet()) {
          String v = yaml.scalar(b.getValue().getValueNode(), "bind." + b.getKey(),
              "a measured quantity or an expression in them");
          if (v != null) {
            bind.put(b.getKey(), v);
            bindLines.put(b.getKey(), YamlFile.line(b.getValue().getValueNode()));
          }
        }
      }
    }
    Scenario.Check kind = check == null ? null : switch (check) {
      case "rate" -> rate(e, root, model);
      case "probabilistic" -> probabilistic(e, root, tolerance, absoluteTolerance, draw.keySet());
      case "phase" -> phase(e);
      default -> new Scenario.Exact(tolerance, absoluteTolerance);
    };
    for (String section : List.of("rate", "probabilistic", "phase")) {
      if (e.containsKey(section) && !section.equals(check)) {
        yaml.problem(e.get(section).getKeyNode(), section, "a '" + section + "' section belongs to check: " + section
            + ", but this scenario's check is " + check);
      }
    }
    for (String key : List.of("tolerance", "absolute-tolerance")) {
      if (e.containsKey(key) && !"exact".equals(check) && !"probabilistic".equals(check)) {
        yaml.problem(e.get(key).getKeyNode(), key, "a tolerance belongs to exact and probabilistic checks, but this "
            + "scenario's check is " + check);
      }
    }
    String note = e.containsKey("note") ? yaml.scalar(e.get("note").getValueNode(), "note", "a note") : "";
    if (!yaml.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Scenario(yaml.file(), id, theorem, model, kind, tries, seed, draw, bind, bindLines,
        shrinkLimit, note));
  }

  private Map<String, ParameterDomain> draw(NodeTuple t, Experiment model) {
    Map<String, ParameterDomain> out = new LinkedHashMap<>();
    if (t == null) {
      return out;
    }
    MappingNode m = yaml.mapping(t.getValueNode(), "draw", "{n: 4..30, family: [isotropic-gaussian, student-t]}");
    if (m == null) {
      return out;
    }
    Map<String, Object> defaults = model.defaults();
    for (Map.Entry<String, NodeTuple> p : yaml.entries(m, "draw", defaults.keySet()).entrySet()) {
      String key = "draw." + p.getKey();
      Object type = defaults.get(p.getKey());
      Node v = p.getValue().getValueNode();
      ParameterDomain d = domain(v, key, type, model.choices(p.getKey()));
      if (d != null) {
        out.put(p.getKey(), d);
      }
    }
    return out;
  }

  private ParameterDomain domain(Node v, String key, Object type, List<String> choices) {
    if (v instanceof SequenceNode) {
      List<ScalarNode> items = yaml.list(v, key, "[a, b]");
      if (items == null || items.isEmpty()) {
        yaml.problem(v, key, "an empty list of choices; expected at least one value");
        return null;
      }
      List<Object> values = new ArrayList<>();
      for (ScalarNode item : items) {
        Object value = value(item, key, type, choices);
        if (value != null) {
          values.add(value);
        }
      }
      return values.size() == items.size() ? new ParameterDomain.Choice(values) : null;
    }
    String text = yaml.scalar(v, key, "a value, a list of choices or a range lo..hi");
    if (text == null) {
      return null;
    }
    if (!(type instanceof String) && text.contains("..")) {
      var im = INT_RANGE.matcher(text.trim());
      var rm = REAL_RANGE.matcher(text.trim());
      if (type instanceof Integer && im.matches()) {
        try {
          int lo = Integer.parseInt(im.group(1));
          int hi = Integer.parseInt(im.group(2));
          if (lo > hi) {
            yaml.problem(v, key, "empty range " + YamlFile.excerpt(text) + "; expected lo <= hi");
            return null;
          }
          return new ParameterDomain.IntegerRange(lo, hi);
        } catch (NumberFormatException ex) {
          yaml.problem(v, key, "range " + YamlFile.excerpt(text) + " has an end beyond " + Integer.MAX_VALUE
              + "; expected integers like 4..30");
          return null;
        }
      }
      if (type instanceof Double && rm.matches()) {
        try {
          double lo = finite(Double.parseDouble(rm.group(1)));
          double hi = finite(Double.parseDouble(rm.group(2)));
          if (!(lo <= hi)) {
            yaml.problem(v, key, "empty range " + YamlFile.excerpt(text) + "; expected lo <= hi");
            return null;
          }
          return new ParameterDomain.RealRange(lo, hi);
        } catch (NumberFormatException ex) {
          // falls through to the problem below
        }
      }
      yaml.problem(v, key, "'" + YamlFile.excerpt(text) + "' is not a range of " + typeName(type) + "s; expected e.g. "
          + (type instanceof Integer ? "4..30" : "0.5..8.0"));
      return null;
    }
    Object value = value((ScalarNode) v, key, type, choices);
    return value == null ? null : new ParameterDomain.Fixed(value);
  }

  private Object value(ScalarNode item, String key, Object type, List<String> choices) {
    String s = item.getValue().trim();
    try {
      if (type instanceof Integer) {
        return Integer.parseInt(s);
      }
      if (type instanceof Double) {
        return finite(Double.parseDouble(s));
      }
    } catch (NumberFormatException ex) {
      yaml.problem(item, key, "'" + YamlFile.excerpt(s) + "' is not " + (type instanceof Integer ? "an integer" : "a finite number")
          + (type instanceof Integer ? " between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE : ""));
      return null;
    }
    if (!choices.isEmpty() && !choices.contains(s)) {
      yaml.problem(item, key, "'" + YamlFile.excerpt(s) + "' is not one of " + String.join(", ", choices));
      return null;
    }
    return s;
  }

  /** {@code v}, if finite: 1e400 parses as Infinity, and NaN parses at all. */
  private static double finite(double v) {
    if (!Double.isFinite(v)) {
      throw new NumberFormatException("not finite");
    }
    return v;
  }

  private static String typeName(Object type) {
    return type instanceof Integer ? "integer" : type instanceof Double ? "number" : "choice";
  }

  private Scenario.Rate rate(Map<String, NodeTuple> e, MappingNode root, Experiment model) {
    if (!e.containsKey("rate")) {
      yaml.problem(root, "rate", "check: rate needs a rate section: {symbol: m, values: [16, 32, 64], toward: infinity}");
      return null;
    }
    MappingNode m = yaml.mapping(e.get("rate").getValueNode(), "rate", "{symbol: m, values: [16, 32, 64]}");
    if (m == null) {
      return null;
    }
    Map<String, NodeTuple> r = yaml.entries(m, "rate",
        List.of("symbol", "parameter", "values", "toward", "seeds", "slack", "level"));
    if (!r.containsKey("symbol")) {
      yaml.problem(m, "rate.symbol", "missing; expected the theorem symbol the law is in, e.g. m");
    }
    String symbol = text(r, "symbol", "the theorem symbol the law is in", "rate.symbol");
    String parameter = r.containsKey("parameter") ? text(r, "parameter", "an experiment parameter", "rate.parameter")
        : symbol;
    if (parameter != null && model != null && !(model.defaults().get(parameter) instanceof Number)) {
      yaml.problem(r.containsKey("parameter") ? r.get("parameter").getValueNode() : r.get("symbol").getValueNode(),
          "rate.parameter", "'" + parameter + "' is not a numeric parameter of model " + model.name());
    }
    List<Double> values = new ArrayList<>();
    if (r.containsKey("values")) {
      List<ScalarNode> items = yaml.list(r.get("values").getValueNode(), "rate.values", "[16, 32, 64, 128]");
      if (items != null) {
        for (ScalarNode item : items) {
          try {
            double v = Double.parseDouble(item.getValue());
            if (!(v > 0)) {
              throw new NumberFormatException();
            }
            values.add(v);
          } catch (NumberFormatException ex) {
            yaml.problem(item, "rate.values", "'" + YamlFile.excerpt(item.getValue()) + "' is not a positive number");
          }
        }
        if (values.size() < 3) {
          yaml.problem(r.get("values").getValueNode(), "rate.values", "a slope needs at least 3 sweep values");
        }
      }
    } else {
      yaml.problem(m, "rate.values", "missing; expected the sweep values, e.g. [16, 32, 64, 128]");
    }
    String toward = r.containsKey("toward") ? text(r, "toward", "infinity or zero", "rate.toward") : "infinity";
    if (toward != null && !toward.equals("infinity") && !toward.equals("zero")) {
      yaml.problem(r.get("toward").getValueNode(), "rate.toward", "expected infinity or zero, found '" + toward + "'");
    }
    int seeds = (int) number(r, "seeds", 4, true, 2, 1000, "rate.seeds");
    double slack = number(r, "slack", 0.05, false, 0, 10, "rate.slack");
    double level = number(r, "level", 0.95, false, 0.5, 0.999, "rate.level");
    return new Scenario.Rate(symbol, parameter, values, !"zero".equals(toward), seeds, slack, level);
  }

  private Scenario.Probabilistic probabilistic(Map<String, NodeTuple> e, MappingNode root, double tolerance,
      double absoluteTolerance, Set<String> drawn) {
    if (!e.containsKey("probabilistic")) {
      yaml.problem(root, "probabilistic", "check: probabilistic needs {failure-probability: delta, alpha: 0.01}");
      return null;
    }
    MappingNode m = yaml.mapping(e.get("probabilistic").getValueNode(), "probabilistic",
        "{failure-probability: delta, alpha: 0.01}");
    if (m == null) {
      return null;
    }
    Map<String, NodeTuple> p = yaml.entries(m, "probabilistic", List.of("failure-probability", "alpha", "strata"));
    if (!p.containsKey("failure-probability")) {
      yaml.problem(m, "probabilistic.failure-probability", "missing; expected an expression such as delta");
    }
    String failure = text(p, "failure-probability", "an expression in the theorem's symbols, e.g. delta",
        "probabilistic.failure-probability");
    double alpha = number(p, "alpha", 0.01, false, 1e-9, 0.5, "probabilistic.alpha");
    Optional<String> strata = Optional.empty();
    if (p.containsKey("strata")) {
      String name = text(p, "strata", "the name of a drawn parameter, e.g. n", "probabilistic.strata");
      if (name != null && !drawn.contains(name)) {
        yaml.problem(p.get("strata").getValueNode(), "probabilistic.strata",
            "'" + YamlFile.excerpt(name) + "' is not a parameter the scenario draws (draw: " + drawn + ")");
      }
      strata = Optional.ofNullable(name);
    }
    return new Scenario.Probabilistic(failure, alpha, tolerance, absoluteTolerance, strata);
  }

  private Scenario.Phase phase(Map<String, NodeTuple> e) {
    if (!e.containsKey("phase")) {
      return new Scenario.Phase(4, 5, 0.5);
    }
    MappingNode m = yaml.mapping(e.get("phase").getValueNode(), "phase", "{factor: 4}");
    if (m == null) {
      return null;
    }
    Map<String, NodeTuple> p = yaml.entries(m, "phase", List.of("factor", "minimum-drop", "minimum-fit"));
    return new Scenario.Phase(number(p, "factor", 4, false, 1, 1e6, "phase.factor"),
        number(p, "minimum-drop", 5, false, 1, 1e12, "phase.minimum-drop"),
        number(p, "minimum-fit", 0.5, false, 0, 1, "phase.minimum-fit"));
  }

  private String text(Map<String, NodeTuple> e, String key, String expected) {
    return text(e, key, expected, key);
  }

  private String text(Map<String, NodeTuple> e, String key, String expected, String path) {
    NodeTuple t = e.get(key);
    if (t == null) {
      return null;
    }
    return yaml.scalar(t.getValueNode(), path, expected);
  }

  private double number(Map<String, NodeTuple> e, String key, double fallback, boolean integer, double lo, double hi) {
    return number(e, key, fallback, integer, lo, hi, key);
  }

  private double number(Map<String, NodeTuple> e, String key, double fallback, boolean integer, double lo, double hi,
      String path) {
    NodeTuple t = e.get(key);
    if (t == null) {
      return fallback;
    }
    String s = yaml.scalar(t.getValueNode(), path, integer ? "an integer" : "a number");
    if (s == null) {
      return fallback;
    }
    try {
      double v = integer ? Long.parseLong(s.trim()) : Double.parseDouble(s.trim());
      if (!(v >= lo && v <= hi)) {
        yaml.problem(t.getValueNode(), path, YamlFile.excerpt(s) + " is out of range; expected " + (integer ? "an integer" : "a number")
            + " in [" + fmt(lo) + ", " + fmt(hi) + "]");
        return fallback;
      }
      return v;
    } catch (NumberFormatException ex) {
      yaml.problem(t.getValueNode(), path, "'" + YamlFile.excerpt(s) + "' is not " + (integer ? "an integer" : "a number"));
      return fallback;
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
