package scalebound.theorem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scalebound.symbolic.Expression;

/**
 * One theorem, as its file states it. Resources grow without bound and the laws are in them;
 * tunables are chosen by the derivations; constants are positive (or otherwise constrained)
 * parameters, each with its condition.
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
    Optional<Tightness> tightness) {

  /**
   * For a lower bound: the upper bound it answers, the resource both are laws in, the values of
   * the upper bound's symbols in this file's symbols, and an optional parameter in which the
   * gap's asymptotics are reported (e.g. kappa for a condition-number gap).
   */
  public record Tightness(String against, String in, Map<String, String> with, String asymptoticIn, int line) {}

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
}
