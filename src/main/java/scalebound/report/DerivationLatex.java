package scalebound.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.derive.Derivation;
import scalebound.derive.Law;
import scalebound.derive.PhaseDiagram;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.theorem.Theorem;

/**
 * The derived laws of one theorem as LaTeX, for an author to paste into a paper: the bound,
 * the compute law with its allocation, the isolated laws, the laws faster than any power, the
 * regions of a phase diagram (exponent and condition, for symbolic exponents), the optimization
 * phase and the threshold C*, one {@code align*} environment (amsmath). Only what was derived is
 * printed.
 */
public final class DerivationLatex {
  private DerivationLatex() {}

  public static String of(Theorem t, Derivation d) throws EvaluationRefused {
    List<String> rows = new ArrayList<>();
    String q = "\\mathrm{" + t.quantity() + "}";
    String rel = switch (t.kind()) {
      case UPPER_BOUND -> "\\le";
      case LOWER_BOUND -> "\\ge";
      case ESTIMATE -> "\\asymp";
    };
    rows.add(q + " &" + rel + " " + t.bound().tex());
    if (d.compute().isPresent() && t.cost().isPresent()) {
      Law law = d.compute().get();
      StringBuilder under = new StringBuilder();
      rows.add("\\min_{" + t.cost().get().tex() + " = C} " + q + " &= \\tilde{\\Theta}\\left(" + power("C", law.exponent(),
          law.logPower()) + "\\right)");
      for (Map.Entry<String, BigFraction> a : law.allocation().entrySet()) {
        if (under.length() > 0) {
          under.append(",\\quad ");
        }
        under.append(Expression.texName(a.getKey())).append(" \\propto ").append(power("C", a.getValue(), null));
      }
      if (under.length() > 0) {
        rows.add("\\text{at } & " + under);
      }
    }
    for (Map.Entry<String, Law> e : d.isolated().entrySet()) {
      String x = Expression.texName(e.getKey());
      rows.add(q + " &= \\tilde{\\Theta}\\left(" + power(x, e.getValue().exponent(), e.getValue().logPower())
          + "\\right) \\quad \\text{(isolated law in } " + x + "\\text{)}");
      StringBuilder tunables = new StringBuilder();
      for (Map.Entry<String, BigFraction> a : e.getValue().allocation().entrySet()) {
        tunables.append(tunables.length() > 0 ? ",\\quad " : "").append(Expression.texName(a.getKey()))
            .append(" \\propto ").append(power(x, a.getValue(), null));
      }
      if (tunables.length() > 0) {
        rows.add("\\text{at } & " + tunables);
      }
    }
    for (Map.Entry<String, String> e : d.exponentialRates().entrySet()) {
      String x = Expression.texName(e.getKey());
      rows.add(q + " &= \\Theta\\left(e^{-\\texttt{" + e.getValue().replace("*", "\\cdot ") + "}}\\right) \\quad "
          + "\\text{(in } " + x + "\\text{, faster than any power)}");
    }
    for (Map.Entry<String, PhaseDiagram> e : d.diagrams().entrySet()) {
      String base = e.getKey().startsWith("isolated.") ? Expression.texName(e.getKey().substring(9)) : "C";
      String law = e.getKey().startsWith("isolated.") ? "\\text{(isolated law in } " + base + "\\text{)}" : "\\text{(compute law)}";
      for (PhaseDiagram.Region r : e.getValue().regions()) {
        List<String> parts = new ArrayList<>();
        for (Expression part : r.parts()) {
          parts.add(part.tex());
        }
        rows.add(q + " &= \\tilde{\\Theta}\\left(" + base + "^{" + r.exponent().tex() + "}\\right) \\quad " + law
            + "\\ \\text{where } " + (parts.isEmpty() ? "\\text{everywhere}" : String.join(" \\wedge ", parts))
            + (r.logPower().equals("0") ? "" : " \\quad \\text{(log power " + r.logPower() + ")}"));
      }
    }
    if (d.phase().isPresent()) {
      var p = d.phase().get();
      rows.add("\\text{optimization phase: } & " + q + " " + rel + " " + p.prefactor().tex() + " \\, e^{-("
          + p.rate().tex() + ") " + power("C", p.cExponent(), null) + "} + " + p.floor().tex()
          + (p.drift().isPresent() ? " + " + p.drift().get().tex() : ""));
      if (p.threshold() != null) {
        rows.add("C^{*} &= " + p.threshold().tex());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("% ").append(t.id()).append(": ").append(t.title()).append(" (derived by scalebound)\n");
    out.append("\\begin{align*}\n");
    for (int i = 0; i < rows.size(); i++) {
      out.append("  ").append(rows.get(i)).append(i + 1 < rows.size() ? " \\\\\n" : "\n");
    }
    return out.append("\\end{align*}\n").toString();
  }

  private static String power(String base, BigFraction e, BigFraction log) {
    String s = e.equals(BigFraction.ONE) ? base : base + "^{" + frac(e) + "}";
    if (log != null && log.compareTo(BigFraction.ZERO) != 0) {
      s += " (\\log " + base + ")" + (log.equals(BigFraction.ONE) ? "" : "^{" + frac(log) + "}");
    }
    return s;
  }

  private static String frac(BigFraction f) {
    String sign = f.compareTo(BigFraction.ZERO) < 0 ? "-" : "";
    BigFraction a = f.abs();
    return a.getDenominator().equals(java.math.BigInteger.ONE) ? sign + a.getNumerator()
        : sign + a.getNumerator() + "/" + a.getDenominator();
  }
}
