package scalebound.proof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.derive.Derivation;
import scalebound.math.DomainSampler;
import scalebound.math.FarPoints;
import scalebound.math.LogFunction;
import scalebound.math.LogNumber;
import scalebound.math.NotReal;
import scalebound.math.Relation;
import scalebound.math.Signs;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.Theorem;

/**
 * Everything a step is checked against: the theorem proved, the library of theorems a step may
 * cite, the domain in force (the theorem's hypotheses, the proof's conditions on the symbols it
 * introduces, and the conditions of constants obtained from lemmas so far), the facts established
 * so far, and the decision procedures for identities and inequalities on that domain.
 */
final class ProofContext {
  private static final long SEED = 20251226L;
  private static final int IDENTITY_SAMPLES = 24;

  final ProofScript proof;
  final Theorem theorem;
  final Map<String, Theorem> library;
  final Optional<Derivation> derivation;
  /** Every symbol, in a fixed order: the theorem's, its quantity, then those the proof introduces. */
  final List<String> symbols;
  private final List<Expression> conditions = new ArrayList<>();
  private final Map<String, Established> established = new LinkedHashMap<>();
  private final Map<String, String> failed = new LinkedHashMap<>();
  /** Constants obtained from lemmas' existential constants: symbol → the theorem symbols it may depend on. */
  private final Map<String, Set<String>> witnesses = new LinkedHashMap<>();
  /** Symbols that stand for a lemma's quantity: symbol → the step that identified it. */
  private final Map<String, String> quantities = new LinkedHashMap<>();
  /** Existential constants of the theorem that define steps gave a value. */
  private final Map<String, Expression> definitions = new LinkedHashMap<>();
  private List<double[]> samples;
  private List<double[]> far;

  ProofContext(ProofScript proof, Theorem theorem, Map<String, Theorem> library, Optional<Derivation> derivation,
      List<String> symbols, List<Expression> conditions) {
    this.proof = proof;
    this.theorem = theorem;
    this.library = library;
    this.derivation = derivation;
    this.symbols = List.copyOf(symbols);
    this.conditions.addAll(conditions);
  }

  List<Expression> conditions() {
    return List.copyOf(conditions);
  }

  /** Adds a condition to the domain (the condition of a constant obtained from a lemma). */
  void assume(Expression condition) {
    conditions.add(condition);
    samples = null;
    far = null;
  }

  /** Points of the domain for second opinions on identities. */
  List<double[]> samples() throws EvaluationRefused {
    if (samples == null) {
      samples = new DomainSampler(symbols, conditions, Map.of(), SEED).points(IDENTITY_SAMPLES, 400 * IDENTITY_SAMPLES);
    }
    return samples;
  }

  /**
   * Points far out in the domain ({@link FarPoints}): each symbol, and all of them together,
   * scaled by 10^±k up to 10^300, where the conditions hold in log-magnitude arithmetic.
   */
  List<double[]> far() throws EvaluationRefused {
    if (far == null) {
      List<LogFunction> compiled = new ArrayList<>();
      for (Expression c : conditions) {
        compiled.add(LogFunction.compile(c, symbols));
      }
      List<FarPoints.Group> groups = FarPoints.everyWay(symbols.size());
      far = FarPoints.of(samples(), groups, x -> {
        LogNumber[] at = LogNumber.of(x);
        try {
          return compiled.stream().allMatch(c -> c.at(at).sign() != 0);
        } catch (NotReal undecided) {
          return false;
        }
      });
    }
    return far;
  }

  Decision identity(IExpr a, IExpr b) throws EvaluationRefused {
    return Identity.decide(a, b, symbols, samples(), far(), new Signs(symbols, conditions));
  }

  /** lhs REL rhs on the domain, with extra conditions and an optional box (both restrict the domain). */
  Decision inequality(IExpr lhs, Relation relation, IExpr rhs, List<Expression> extra, Map<String, double[]> box)
      throws EvaluationRefused {
    List<Expression> all = new ArrayList<>(conditions);
    all.addAll(extra);
    box.forEach((name, range) -> {
      IExpr x = Sandbox.get().symbol(name);
      all.add(Expression.of(F.GreaterEqual(x, F.num(range[0]))));
      all.add(Expression.of(F.LessEqual(x, F.num(range[1]))));
    });
    return new InequalityProver(symbols, all, SEED).prove(lhs, relation, rhs, Map.of());
  }

  void establish(Established fact) {
    established.put(fact.id(), fact);
  }

  void fail(String id, String why) {
    failed.put(id, why);
  }

  /** The established fact {@code id}, or empty with the reason in {@code why}. */
  Optional<Established> fact(String id, StringBuilder why) {
    Established e = established.get(id);
    if (e == null) {
      why.append(failed.containsKey(id) ? id + " does not hold" : id + " is not established before this step (steps are"
          + " checked in order; givens come first)");
      return Optional.empty();
    }
    return Optional.of(e);
  }

  /** Whether {@code symbol} appears in any fact established or attempted so far (givens included). */
  boolean mentioned(String symbol) {
    for (Established e : established.values()) {
      if (e.fact().lhs().symbols().contains(symbol) || e.fact().rhs().symbols().contains(symbol)) {
        return true;
      }
    }
    return witnesses.containsKey(symbol);
  }

  /** The step whose lemma quantity {@code symbol} already stands for, if any. */
  Optional<String> quantityOf(String symbol) {
    return Optional.ofNullable(quantities.get(symbol));
  }

  void identify(String symbol, String step) {
    quantities.put(symbol, step);
  }

  void witness(String symbol, Set<String> dependsOn) {
    witnesses.put(symbol, new LinkedHashSet<>(dependsOn));
  }

  void define(String symbol, Expression value, Set<String> dependsOn) {
    definitions.put(symbol, value);
    witness(symbol, dependsOn);
  }

  Optional<Expression> definition(String symbol) {
    return Optional.ofNullable(definitions.get(symbol));
  }

  boolean isWitness(String symbol) {
    return witnesses.containsKey(symbol);
  }

  Set<String> witnessDependencies(String symbol) {
    return witnesses.getOrDefault(symbol, Set.of());
  }

  /** Whether the proof declares a condition for {@code symbol} (rather than {@code real}). */
  boolean declaredCondition(String symbol) {
    return proof.symbols().stream().anyMatch(d -> d.name().equals(symbol) && d.condition().isPresent());
  }

  boolean isTheoremSymbol(String symbol) {
    return theorem.symbols().contains(symbol) || symbol.equals(theorem.quantity());
  }
}
