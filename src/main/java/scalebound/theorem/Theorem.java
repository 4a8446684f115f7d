package scalebound.theorem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matheclipse.core.expression.F;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;

/**
 * One theorem, as its file states it. Resources grow without bound and the laws are in them;
 * tunables are chosen by the derivations; constants are positive (or otherwise constrained)
 * parameters, each with its condition. The statement holds for every value of the constants in
 * their domain, except the constants listed in {@code exists}: for those it says only that
 * suitable values exist (they may depend on the other constants, never on resources or
 * tunables), as in "there is a constant clazy such that ...". {@code holds} says in what sense
 * the bound holds; {@code failureProbability} is present exactly when it holds with probability
 * at least 1 - failureProbability.
 */
public record Theorem(
    Path file,
    String id,
    String title,
    Source source,
    Kind kind,
    String quantity,
    List<String> resources,
    List<String> tunables,
    Map<String, Expression> constants,
    List<Expression> assumptions,
    Expression bound,
    Optional<Expression> cost,
    List<StatedClaim> claims,
    Optional<Tightness> tightness,
    Holds holds,
    Optional<Expression> failureProbability,
    Set<String> exists) {

  /**
   * For a lower bound: the upper bound it answers, the resource both are laws in, the values of
   * the upper bound's symbols in this file's symbols, and an optional parameter in which the
   * gap's asymptotics are reported (e.g. kappa for a condition-number gap).
   */
  public record Tightness(String against, String in, Map<String, String> with, String asymptoticIn, int line) {}

  /**
   * What the statement assumes, as a proof of it must take it: every resource is positive (a
   * count or size of parameters, samples, steps or time), the universal constants' conditions,
   * and the assumptions. The conditions of existential constants are not hypotheses of the
   * statement but part of what it claims, unless {@code existentialToo} (a claim about the bound,
   * such as its compute exponent, holds for every value of its constants).
   */
  public List<Expression> hypotheses(boolean existentialToo) {
    List<Expression> all = new ArrayList<>();
    for (String r : resources) {
      all.add(Expression.of(F.Greater(Sandbox.get().symbol(r), F.C0)));
    }
    constants.forEach((name, condition) -> {
      if (existentialToo || !exists.contains(name)) {
        all.add(condition);
      }
    });
    all.addAll(assumptions);
    return all;
  }

  /** Constant conditions followed by the assumptions: the domain every derivation works on. */
  public List<Expression> domain() {
    List<Expression> all = new ArrayList<>(constants.values());
    all.addAll(assumptions);
    return all;
  }

  public boolean isResource(String symbol) {
    return resources.contains(symbol);
  }

  public boolean isTunable(String symbol) {
    return tunables.contains(symbol);
  }

  /** Every declared symbol: resources, tunables, constants. */
  public List<String> symbols() {
    List<String> all = new ArrayList<>(resources);
    all.addAll(tunables);
    all.addAll(constants.keySet());
    return all;
  }

  /** Whether {@code symbol} is a constant the statement quantifies existentially. */
  public boolean isExistential(String symbol) {
    return exists.contains(symbol);
  }
}
