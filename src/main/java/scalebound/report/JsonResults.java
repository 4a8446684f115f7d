package scalebound.report;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.check.CheckResult;
import scalebound.check.LibraryResult;
import scalebound.check.Listener;
import scalebound.check.TheoremResult;
import scalebound.proof.StepVerdict;
import scalebound.verdict.Verdict;

/**
 * The results of a run as one JSON object ({@code check --json}, {@code verify --json}): per
 * theorem its verdict, level and derivation, and every check with its status, evidence and
 * detail (proof steps included), for tools that consume verdicts.
 */
public final class JsonResults implements Listener {
  private final PrintWriter out;

  public JsonResults(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void finished(LibraryResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("passes", result.passes());
    List<Object> theorems = new ArrayList<>();
    for (TheoremResult r : result.theorems()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", r.theorem().id());
      t.put("passes", r.passes());
      t.put("status", r.status().label());
      t.put("level", r.level().label());
      t.put("derivation", DerivationJson.tree(r.derivation()));
      List<Object> checks = new ArrayList<>();
      for (CheckResult c : r.checks()) {
        Map<String, Object> m = verdict(c.verdict());
        m.put("check", c.name());
        if (c instanceof CheckResult.Proof p) {
          List<Object> steps = new ArrayList<>();
          for (StepVerdict s : p.proof().steps()) {
            Map<String, Object> sm = verdict(s.verdict());
            sm.put("step", s.step());
            sm.put("kind", s.kind());
            sm.put("fact", s.fact());
            sm.put("line", s.line());
            steps.add(sm);
          }
          m.put("steps", steps);
        }
        if (c instanceof CheckResult.Ledger l) {
          m.put("differences", l.differences());
        }
        checks.add(m);
      }
      t.put("checks", checks);
      theorems.add(t);
    }
    root.put("theorems", theorems);
    out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    out.flush();
  }

  private static Map<String, Object> verdict(Verdict v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", v.status().label());
    m.put("evidence", v.evidence().label());
    m.put("detail", v.detail());
    v.counterexample().ifPresent(c -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("parameters", c.parameters());
      cm.put("symbols", c.symbols());
      cm.put("finding", c.finding());
      c.reproduce().ifPresent(r -> cm.put("reproduce", r));
      m.put("counterexample", cm);
    });
    return m;
  }
}
