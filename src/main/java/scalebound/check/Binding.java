package scalebound.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scalebound.numerics.experiments.Parameters;
import scalebound.math.DoubleFunction;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;
import scalebound.input.BadInput;
import scalebound.input.Problem;
import scalebound.theorem.Theorem;

/**
 * A scenario's bindings applied to one theorem: each of the theorem's symbols (and its measured
 * quantity) gets its value from a measured quantity or numeric experiment parameter of the same
 * name, or from the scenario's {@code bind} expression over those. Evaluates the theorem's bound,
 * its hypotheses and the measured value for one observation.
 */
final class Binding {
  private final Theorem theorem;
  private final List<String> symbols = new ArrayList<>();
  private final List<String> environment = new ArrayList<>();
  private final Map<String, DoubleFunction> values = new LinkedHashMap<>();
  private final Map<String, Set<String>> inputs = new LinkedHashMap<>();
  private final DoubleFunction bound;
  private final List<DoubleFunction> hypotheses = new ArrayList<>();
  private final List<Set<String>> hypothesisSymbols = new ArrayList<>();
  private final List<String> hypothesisText = new ArrayList<>();

  private Binding(Theorem theorem, Scenario scenario, Set<String> required) throws BadInput, EvaluationRefused {
    this.theorem = theorem;
    symbols.addAll(theorem.resources());
    symbols.addAll(theorem.tunables());
    symbols.addAll(theorem.constants().keySet());
    Set<String> env = new LinkedHashSet<>(scenario.model().quantities());
    scenario.model().defaults().forEach((k, v) -> {
      if (v instanceof Number) {
        env.add(k);
      }
    });
    environment.addAll(env);
    List<Problem> problems = new ArrayList<>();
    ExpressionReader reader = new ExpressionReader(env);
    for (String key : scenario.bind().keySet()) {
      if (!symbols.contains(key) && !key.equals(theorem.quantity())) {
        problems.add(new Problem(scenario.file(), scenario.bindLines().get(key), 0, "bind." + key,
            "'" + key + "' is not a symbol of " + theorem.id() + "; its symbols are " + String.join(", ", symbols)
                + " and its quantity " + theorem.quantity()));
      }
    }
    List<String> all = new ArrayList<>(symbols);
    all.add(theorem.quantity());
    for (String s : all) {
      String text = scenario.bind().getOrDefault(s, env.contains(s) ? s : null);
      if (text == null && (required.contains(s) || s.equals(theorem.quantity()))) {
        problems.add(new Problem(scenario.file(), 0, 0, "bind",
            "theorem " + theorem.id() + " has the symbol '" + s + "', which model " + scenario.model().name()
                + " does not measure; bind it to one of " + String.join(", ", scenario.model().quantities())
                + " (or an expression in them)"));
        continue;
      }
      if (text == null) {
        continue;
      }
      try {
        Expression e = reader.expression(text);
        values.put(s, DoubleFunction.compile(e, environment));
        inputs.put(s, e.symbols());
      } catch (ExpressionSyntaxException e) {
        problems.add(new Problem(scenario.file(), scenario.bindLines().getOrDefault(s, 0), 0, "bind." + s,
            "cannot read '" + text + "': " + e.getMessage() + "; model " + scenario.model().name() + " measures "
                + String.join(", ", scenario.model().quantities())));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
    bound = DoubleFunction.compile(theorem.bound(), symbols);
    for (Expression c : theorem.domain()) {
      hypotheses.add(DoubleFunction.compile(c, symbols));
      hypothesisSymbols.add(c.symbols());
      hypothesisText.add(c.text());
    }
  }

  /**
   * {@code required}: the symbols that must be bound. Checks of the bound need all of them; a
   * rate check on a derived law needs only the measured quantity, a phase check the symbols of
   * the derived rate; unbound symbols then read NaN.
   */
  static Binding of(Theorem theorem, Scenario scenario, Set<String> required) throws BadInput, EvaluationRefused {
    return new Binding(theorem, scenario, required);
  }

  /** The measured quantities and parameters the value of {@code symbol} is computed from. */
  Set<String> inputsOf(String symbol) {
    return inputs.getOrDefault(symbol, Set.of());
  }

  /** One observation's values of the theorem's symbols, in declaration order. */
  double[] symbols(Map<String, Double> row, Parameters p) {
    double[] env = environment(row, p);
    double[] x = new double[symbols.size()];
    for (int i = 0; i < x.length; i++) {
      DoubleFunction f = values.get(symbols.get(i));
      x[i] = f == null ? Double.NaN : f.at(env);
    }
    return x;
  }

  double measured(Map<String, Double> row, Parameters p) {
    return values.get(theorem.quantity()).at(environment(row, p));
  }

  double bound(double[] symbolValues) {
    return bound.at(symbolValues);
  }

  /** A hypothesis of the theorem that does not hold at one observation, or cannot be evaluated there. */
  record Outside(String hypothesis, boolean undefined) {
    String text() {
      return undefined ? hypothesis + " (undefined at the bound values: a binding gives no real value)" : hypothesis;
    }
  }

  /**
   * The first hypothesis the values violate or leave undefined, or null when all hold. A
   * hypothesis over a symbol the scenario need not bind (a rate check on a derived law) is not
   * evaluated; one over bound symbols that evaluates to NaN is undefined, never satisfied.
   */
  Outside violatedHypothesis(double[] symbolValues) {
    for (int i = 0; i < hypotheses.size(); i++) {
      if (!values.keySet().containsAll(hypothesisSymbols.get(i))) {
        continue;
      }
      double v = hypotheses.get(i).at(symbolValues);
      if (Double.isNaN(v)) {
        return new Outside(hypothesisText.get(i), true);
      }
      if (!(v > 0.5)) {
        return new Outside(hypothesisText.get(i), false);
      }
    }
    return null;
  }

  List<String> symbolNames() {
    return symbols;
  }

  Map<String, Double> named(double[] symbolValues) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < symbols.size(); i++) {
      m.put(symbols.get(i), symbolValues[i]);
    }
    return m;
  }

  private double[] environment(Map<String, Double> row, Parameters p) {
    double[] env = new double[environment.size()];
    for (int i = 0; i < env.length; i++) {
      String name = environment.get(i);
      Double v = row.get(name);
      if (v == null && p.values().get(name) instanceof Number n) {
        v = n.doubleValue();
      }
      env[i] = v == null ? Double.NaN : v;
    }
    return env;
  }
}
