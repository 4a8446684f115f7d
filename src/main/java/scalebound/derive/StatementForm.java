package scalebound.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.Theorem;

/**
 * A theorem's bound in its normal form as text: one entry per term c·Πx^a·Π(Log x)^l·Exp(-b·Πx^e),
 * with its shape (the powers, log powers and the exponential's powers), its exact coefficient c
 * and decay rate b, sorted by shape so that the same statement always lists its terms in the
 * same order. What the
 * ledger records of a statement: a changed coefficient shows as that coefficient's change, not
 * only as a different bound.
 */
public final class StatementForm {
  private StatementForm() {}

  /** Per term, in canonical order: shape, coefficient and, for an exponential term, decayRate. */
  public static List<Map<String, String>> terms(Theorem t) throws EvaluationRefused {
    Domain domain = new Domain(t, Deriver.SEED, 48);
    List<String> variables = new ArrayList<>(t.resources());
    variables.addAll(t.tunables());
    List<Term> terms;
    try {
      terms = new NormalForm(new HashSet<>(variables), domain::positive).terms(t.bound().symja());
    } catch (OutsideClass e) {
      return List.of(Map.of("outsideClass", e.getMessage()));
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (Term x : terms) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("shape", shape(x));
      m.put("coefficient", scalebound.symbolic.Expression.inputForm(x.coefficient()));
      x.decay().ifPresent(d -> m.put("decayRate", scalebound.symbolic.Expression.inputForm(d.coefficient())));
      out.add(m);
    }
    out.sort((a, b) -> a.get("shape").compareTo(b.get("shape")));
    return out;
  }

  private static String shape(Term x) {
    StringBuilder s = new StringBuilder();
    x.powers().forEach((v, a) -> s.append(v).append("^(").append(Exponents.text(a)).append(")*"));
    x.logPowers().forEach((v, l) -> s.append("Log(").append(v).append(")^(").append(Exponents.text(l)).append(")*"));
    x.decay().ifPresent(d -> {
      s.append("Exp(-decayRate");
      d.powers().forEach((v, e) -> s.append('*').append(v).append("^(").append(Exponents.text(e)).append(')'));
      s.append(")*");
    });
    return s.length() == 0 ? "1" : s.substring(0, s.length() - 1);
  }
}
