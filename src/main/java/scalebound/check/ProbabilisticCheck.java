package scalebound.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Shrinkable;
import scalebound.math.DoubleFunction;
import scalebound.numerics.experiments.Observations;
import scalebound.numerics.experiments.Parameters;
import scalebound.numerics.measure.BinomialTest;
import scalebound.verdict.Status;

/**
 * Probabilistic check: a bound that holds "with probability at least 1 - delta" may fail on
 * some draws, but not more often than delta. Each draw counts as violated if any of its
 * observations violates the bound; the count is tested by the one-sided exact binomial test of
 * H0: P(violation) <= delta at level alpha. delta is the scenario's failure-probability
 * expression evaluated on the draw (the largest value over draws is used, which favours the
 * theorem). With {@code strata: n} each value of the drawn parameter n is tested on its own as
 * well, every test (the strata and the pool) at alpha/(k + 1) for k strata (Bonferroni): the
 * bound is refuted if any of them rejects, and the counterexample comes from that stratum. A
 * refutation reports a violating draw, shrunk.
 */
final class ProbabilisticCheck {
  private ProbabilisticCheck() {}

  /**
   * What the test could have caught: its power against a bound that in truth fails twice and
   * four times as often as claimed (never above certainty), with this many draws.
   */
  static String power(int draws, double delta, double alpha) {
    return "power with " + draws + " draws: " + String.format("%.0f%%", 100 * BinomialTest.power(draws, delta, alpha, 2 * delta))
        + " against a true failure rate of 2x the claim, "
        + String.format("%.0f%%", 100 * BinomialTest.power(draws, delta, alpha, 4 * delta)) + " against 4x";
  }

  /** Strata in numeric order when their values are numbers (n = 2 before n = 10). */
  private static int byValue(String a, String b) {
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException text) {
      return a.compareTo(b);
    }
  }

  static NumericVerdict run(Trial t, Scenario.Probabilistic settings, DoubleFunction failureProbability) {
    int tries = t.scenario.tries() * Seeds.effort();
    int violations = 0;
    int checked = 0;
    double[] delta = {0};
    Tally tally = new Tally();
    Shrinkable<Parameters> firstViolation = null;
    Map<String, int[]> strata = new TreeMap<>(ProbabilisticCheck::byValue);
    Map<String, Shrinkable<Parameters>> firstInStratum = new HashMap<>();
    for (int i = 0; i < tries; i++) {
      Shrinkable<Parameters> draw = t.next();
      Parameters p = draw.value();
      Observations o = t.run(p);
      if (o.isDiscarded()) {
        tally.discard(o.discarded());
        continue;
      }
      int before = tally.observations;
      boolean violated = ExactCheck.violation(t, p, o, tally, x -> delta[0] = Math.max(delta[0], failureProbability.at(x)))
          .isPresent();
      if (tally.observations == before) {
        continue;
      }
      checked++;
      int[] stratum = settings.strata().map(name -> strata.computeIfAbsent(String.valueOf(p.values().get(name)),
          k -> new int[2])).orElse(new int[2]);
      stratum[1]++;
      if (violated) {
        violations++;
        stratum[0]++;
        if (firstViolation == null) {
          firstViolation = draw;
        }
        settings.strata().ifPresent(name -> firstInStratum.putIfAbsent(String.valueOf(p.values().get(name)), draw));
      }
    }
    BinomialTest test = BinomialTest.of(violations, checked, delta[0]);
    double level = settings.alpha() / (strata.isEmpty() ? 1 : strata.size() + 1);
    boolean refuted = checked > 0 && test.refutes(level);
    String perStratum = "";
    if (!strata.isEmpty()) {
      String name = settings.strata().get();
      List<String> parts = new ArrayList<>();
      String refutedAt = null;
      for (Map.Entry<String, int[]> e : strata.entrySet()) {
        BinomialTest ts = BinomialTest.of(e.getValue()[0], e.getValue()[1], delta[0]);
        parts.add(name + " = " + e.getKey() + ": " + e.getValue()[0] + "/" + e.getValue()[1]);
        if (ts.refutes(level) && refutedAt == null) {
          firstViolation = firstInStratum.get(e.getKey());
          refutedAt = name + " = " + e.getKey() + " (" + e.getValue()[0] + " violations in " + e.getValue()[1]
              + " draws, p = " + ExactCheck.fmt(ts.pValue()) + ")";
        }
      }
      perStratum = "; per " + name + " (each, and the pool, at alpha/" + (strata.size() + 1) + " = "
          + ExactCheck.fmt(level) + "): " + String.join(", ", parts)
          + (refutedAt == null ? "" : "; refuted at " + refutedAt);
      refuted |= refutedAt != null;
    }
    String stats = violations + " violations in " + checked + " draws; claimed failure probability <= "
        + ExactCheck.fmt(delta[0]) + "; one-sided exact binomial p = " + ExactCheck.fmt(test.pValue()) + " (alpha "
        + settings.alpha() + "); " + power(checked, delta[0], settings.alpha()) + perStratum;
    List<String> details = tally.details(tries, tries, t.seed);
    if (checked == 0) {
      return new NumericVerdict(t.theorem.id(), t.scenario, Status.INCONCLUSIVE,
          "nothing was checked: no draw had an observation inside the theorem's hypotheses",
          details, Optional.empty(), t.seed, List.of());
    }
    if (!refuted) {
      return new NumericVerdict(t.theorem.id(), t.scenario, Status.TESTED, "held: " + stats, details, Optional.empty(), t.seed,
          List.of());
    }
    Trial.Shrunk s = t.shrink(firstViolation, c -> {
      Observations oc = t.run(c);
      return !oc.isDiscarded() && ExactCheck.violation(t, c, oc).isPresent();
    });
    Observations os = t.run(s.parameters());
    ExactCheck.Violation w = ExactCheck.violation(t, s.parameters(), os).orElseThrow();
    String finding = "violation frequency " + violations + "/" + checked + " exceeds " + ExactCheck.fmt(delta[0])
        + " (p = " + ExactCheck.fmt(test.pValue()) + perStratum + "); e.g. measured " + t.theorem.quantity() + " = "
        + ExactCheck.fmt(w.measured()) + " > bound " + ExactCheck.fmt(w.bound());
    return new NumericVerdict(t.theorem.id(), t.scenario, Status.REFUTED, "refuted: " + finding, details,
        t.counterexample(s, w.symbols(), finding), t.seed, List.of());
  }
}
