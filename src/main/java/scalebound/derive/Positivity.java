package scalebound.derive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.DoubleFunction;
import scalebound.math.SignCertifier;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.theorem.Theorem;

/**
 * Whether a coefficient, a decay rate or a power of a theorem's bound is positive on its whole
 * domain, decided as soundly as possible: certified by sign analysis ({@link SignCertifier})
 * from the constants' declared conditions; otherwise refuted by any point of the domain where it
 * is not positive, searched among the ordinary sample points and among 400 points drawn over
 * eight decades either side ({@link Domain}, wide); otherwise accepted but recorded as
 * {@link #sampled}, so that the derivation's exact claims are reported as tested, not proved.
 * (A rate lambda - 1/200 with lambda > 0 is positive at every ordinary sample point, lambda >=
 * 1e-2, and negative for lambda < 1/200.)
 */
final class Positivity implements Predicate<IExpr> {
  private final Theorem theorem;
  private final Domain domain;
  private List<double[]> far;
  private final SignCertifier certifier;
  private final Set<String> sampled = new LinkedHashSet<>();

  Positivity(Theorem t, Domain domain) {
    this.theorem = t;
    this.domain = domain;
    this.certifier = new SignCertifier(domain.symbols(), t.domain());
  }

  /** The wide search's points, drawn the first time a sign is not certified. */
  private List<double[]> far() {
    if (far == null) {
      try {
        far = new Domain(theorem, Deriver.SEED + 1, 400, true).points();
      } catch (EvaluationRefused none) {
        far = List.of();
      }
    }
    return far;
  }

  @Override
  public boolean test(IExpr e) {
    try {
      if (certifier.certify(e, true).isPresent()) {
        return true;
      }
    } catch (EvaluationRefused undecided) {
      // not certified: the search below decides
    }
    if (!domain.positive(e)) {
      return false;
    }
    try {
      DoubleFunction f = DoubleFunction.compile(e, domain.symbols());
      for (double[] x : far()) {
        if (!(f.at(x) > 0)) {
          return false;
        }
      }
    } catch (EvaluationRefused notCompiled) {
      return false;
    }
    sampled.add(Expression.inputForm(e));
    return true;
  }

  /** The expressions found positive only by sampling, not certified. */
  Set<String> sampled() {
    return sampled;
  }
}
