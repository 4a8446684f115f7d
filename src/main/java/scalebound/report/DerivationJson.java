package scalebound.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.CrossCheck;
import scalebound.derive.Derivation;
import scalebound.derive.Law;
import scalebound.derive.Phase;
import scalebound.derive.PhaseDiagram;

/**
 * The JSON form of a derivation (the keys the README lists): exact rationals as "p/q",
 * symbolic results as Symja input strings, ranges as "[low, high]", keys that do not apply
 * omitted.
 */
public final class DerivationJson {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private DerivationJson() {}

  public static String of(Derivation d) {
    return GSON.toJson(tree(d));
  }

  /** The derivation as nested ordered maps, lists and strings. */
  public static Map<String, Object> tree(Derivation d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", d.id());
    d.compute().ifPresent(law -> {
      out.put("computeExponent", text(law.exponent()));
      if (law.logPower() != null) {
        out.put("computeLogPower", text(law.logPower()));
      }
      out.put("allocationExponents", allocation(law));
      out.put("activeTerms", law.active());
    });
    if (!d.isolated().isEmpty()) {
      Map<String, String> exponents = new LinkedHashMap<>();
      Map<String, String> logs = new LinkedHashMap<>();
      Map<String, Object> tunables = new LinkedHashMap<>();
      d.isolated().forEach((x, law) -> {
        exponents.put(x, text(law.exponent()));
        if (law.logPower() != null) {
          logs.put(x, text(law.logPower()));
        }
        if (!allocation(law).isEmpty()) {
          tunables.put(x, allocation(law));
        }
      });
      out.put("isolatedExponents", exponents);
      out.put("isolatedLogPowers", logs);
      if (!tunables.isEmpty()) {
        out.put("isolatedAllocations", tunables);
      }
    }
    if (!d.diagrams().isEmpty()) {
      PhaseDiagram compute = d.diagrams().get("compute");
      if (compute != null && compute.regions().size() == 1) {
        PhaseDiagram.Region r = compute.regions().get(0);
        out.put("computeExponent", r.exponent().text());
        out.put("computeLogPower", r.logPower());
        Map<String, String> allocation = new LinkedHashMap<>();
        r.allocation().forEach((x, e) -> allocation.put(x, e.text()));
        out.put("allocationExponents", allocation);
      }
      Map<String, String> isolated = new LinkedHashMap<>();
      Map<String, String> logs = new LinkedHashMap<>();
      Map<String, Object> tunables = new LinkedHashMap<>();
      d.diagrams().forEach((q, diagram) -> {
        if (q.startsWith("isolated.") && diagram.regions().size() == 1) {
          PhaseDiagram.Region r = diagram.regions().get(0);
          isolated.put(q.substring(9), r.exponent().text());
          logs.put(q.substring(9), r.logPower());
          Map<String, String> allocation = new LinkedHashMap<>();
          r.allocation().forEach((x, e) -> allocation.put(x, e.text()
              + (r.notUnique().contains(x) ? " (one optimum of several)" : "")));
          if (!allocation.isEmpty()) {
            tunables.put(q.substring(9), allocation);
          }
        }
      });
      if (!isolated.isEmpty()) {
        out.put("isolatedExponents", isolated);
        out.put("isolatedLogPowers", logs);
      }
      if (!tunables.isEmpty()) {
        out.put("isolatedAllocations", tunables);
      }
      Map<String, Object> diagrams = new LinkedHashMap<>();
      d.diagrams().forEach((q, diagram) -> diagrams.put(q, regions(diagram)));
      out.put("phaseDiagram", diagrams);
    }
    if (!d.exponentialRates().isEmpty()) {
      out.put("exponentialRates", d.exponentialRates());
    }
    d.phase().ifPresent(p -> {
      out.put("optimizationPhase", phase(p));
      if (p.threshold() != null) {
        out.put("threshold", p.threshold().text());
      }
    });
    if (!d.floor().isEmpty()) {
      out.put("floor", d.floor());
    }
    if (!d.notes().isEmpty()) {
      out.put("notes", d.notes());
    }
    List<Map<String, Object>> claims = new ArrayList<>();
    for (ClaimVerdict c : d.claims()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("claim", c.claim());
      m.put("stated", c.stated());
      if (c.derived() != null) {
        m.put("derived", c.derived());
      }
      m.put("holds", c.holds());
      m.put("status", c.verdict().status().label());
      m.put("evidence", c.verdict().evidence().label());
      m.put("detail", c.detail());
      claims.add(m);
    }
    out.put("claims", claims);
    if (!d.crossChecks().isEmpty()) {
      List<Map<String, Object>> checks = new ArrayList<>();
      for (CrossCheck c : d.crossChecks()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quantity", c.quantity());
        m.put("derived", c.derived());
        m.put("measured", Double.isNaN(c.measured()) ? "not measured" : String.format("%.4f", c.measured()));
        m.put("tolerance", c.tolerance());
        m.put("agrees", c.agrees());
        m.put("status", c.verdict().status().label());
        m.put("how", c.how());
        checks.add(m);
      }
      out.put("crossChecks", checks);
    }
    return out;
  }

  private static List<Map<String, Object>> regions(PhaseDiagram diagram) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PhaseDiagram.Region r : diagram.regions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("condition", r.condition());
      m.put("exponent", r.exponent().text());
      m.put("logPower", r.logPower());
      Map<String, String> allocation = new LinkedHashMap<>();
      r.allocation().forEach((x, e) -> allocation.put(x, e.text()));
      m.put("allocation", allocation);
      if (!r.notUnique().isEmpty()) {
        m.put("allocationNotUnique", r.notUnique());
      }
      m.put("activeTerms", r.active());
      m.put("samplePoints", r.points());
      out.add(m);
    }
    return out;
  }

  private static Map<String, String> allocation(Law law) {
    Map<String, String> m = new LinkedHashMap<>();
    law.allocation().forEach((x, v) -> m.put(x, text(v)));
    law.ranges().forEach((x, r) -> m.put(x, r.toString()));
    return m;
  }

  private static Map<String, Object> phase(Phase p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time", p.time());
    m.put("rate", p.rate().text());
    m.put("computeExponentInExp", text(p.cExponent()));
    m.put("prefactor", p.prefactor().text());
    m.put("floor", p.floor().text());
    p.drift().ifPresent(d -> m.put("drift", d.text()));
    m.put("thresholdCheckedAtPoints", p.agreeingPoints());
    if (!p.notes().isEmpty()) {
      m.put("notes", p.notes());
    }
    return m;
  }

  public static String text(BigFraction f) {
    return f.getDenominator().equals(java.math.BigInteger.ONE) ? f.getNumerator().toString()
        : f.getNumerator() + "/" + f.getDenominator();
  }
}
