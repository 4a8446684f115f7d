package scalebound.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.derive.AllocationProgramme.Optimum;
import scalebound.derive.AllocationProgramme.Row;
import scalebound.math.DoubleFunction;
import scalebound.math.LogFunction;
import scalebound.math.LogNumber;
import scalebound.math.NotReal;
import scalebound.math.NotRepresentable;
import scalebound.math.SignCertifier;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;

/**
 * Step 2 with symbolic exponents. When exponents are expressions in constants, the max-min
 * programme has symbolic coefficients and its active set may change across the constants'
 * domain. So:
 *
 * <ol>
 *   <li>at sample points of the domain (constants rounded to rationals), solve the rational
 *       programme exactly and record its active set (the constraints that hold with equality);
 *   <li>for each active set met, solve its equations symbolically (Symja's Solve), giving the
 *       rate and the allocation as expressions in the constants;
 *   <li>verify each formula exactly against the rational optimum at every sample point of its
 *       region, and describe the region by the remaining constraints with the formulas
 *       substituted (simplified by Symja); a constraint that still holds an allocation exponent
 *       the active set leaves free (a non-unique optimum) is not reduced to the constants, and
 *       the condition says so rather than claim more than it shows;
 *   <li>drop each part of that description the constants' declared conditions already imply
 *       (certified by sign analysis, {@link SignCertifier}), and re-check every remaining part
 *       at every sample point of the region: a part false at one of its own points (Simplify
 *       may drop a denominator's sign) is an engine error, never output.
 * </ol>
 * One region gives one formula; several give a phase diagram, never a single formula picked
 * from one of them.
 */
final class SymbolicLaws {
  private SymbolicLaws() {}

  /** Builds the programme for given numeric values of the exponents. */
  interface ProgrammeAt {
    AllocationProgramme at(Function<IExpr, BigFraction> value) throws CannotDerive;
  }

  /** How a region's log power reads when it depends on the constants (it is not solved symbolically). */
  static final String VARYING = "depends on the constants, not derived symbolically";

  private record Sample(Optimum optimum, List<Row> tight, BigFraction logPower, Function<IExpr, BigFraction> value,
      AllocationProgramme programme, double[] point, Map<String, Law.Range> ranges) {
    Set<String> notUnique() {
      return ranges.keySet();
    }
  }

  static PhaseDiagram solve(String quantity, Domain domain, List<Expression> conditions, ProgrammeAt programmeAt)
      throws CannotDerive, EvaluationRefused {
    IExpr assumptions = F.And(conditions.stream().map(Expression::symja).toArray(IExpr[]::new));
    Map<String, List<Sample>> groups = new LinkedHashMap<>();
    for (double[] point : domain.points()) {
      add(groups, sample(quantity, domain, point, programmeAt));
    }
    List<String> notes = new ArrayList<>();
    int unsolved = 0;
    String why = null;
    for (double[] point : farConstants(domain)) {
      try {
        add(groups, sample(quantity, domain, point, programmeAt));
      } catch (CannotDerive | IllegalStateException | ArithmeticException e) {
        unsolved++;
        why = e.getMessage();
      }
    }
    if (unsolved > 0) {
      notes.add("at " + unsolved + " point(s) with a constant scaled by up to 10^300 the programme was not solved ("
          + why + "); a region met only there would be missed");
    }
    List<PhaseDiagram.Region> regions = new ArrayList<>();
    for (List<Sample> group : groups.values()) {
      regions.add(region(quantity, group, assumptions, new Region(domain, conditions), domain));
    }
    if (regions.size() > 1) {
      notes.add("the active set changes across the domain: " + regions.size() + " regions");
    }
    return new PhaseDiagram(quantity, regions, notes);
  }

  /**
   * The diagram where the decisions its programme was built on hold ({@link
   * IsolatedLaws#reductionConditions}): every such relation the constants' conditions do not
   * imply is added to each region's condition, so a claim on a single region is not proved where
   * the law may change outside it (b >= 0 allows b = 0, where B*n^(-1/4)*m^(-b) survives).
   */
  static PhaseDiagram within(PhaseDiagram diagram, List<IExpr> relations, Domain domain, List<Expression> conditions)
      throws EvaluationRefused {
    IExpr assumptions = F.And(conditions.stream().map(Expression::symja).toArray(IExpr[]::new));
    Region where = new Region(domain, conditions);
    List<Expression> extra = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (IExpr relation : relations) {
      IExpr reduced = Sandbox.get().evaluate(F.Simplify(relation, assumptions));
      if (reduced.equals(S.True) || where.implied(reduced)) {
        continue;
      }
      IExpr simplest = where.simplest(reduced, List.of());
      extra.add(Expression.of(simplest));
      texts.add(Expression.inputForm(simplest));
    }
    if (extra.isEmpty()) {
      return diagram;
    }
    List<PhaseDiagram.Region> regions = new ArrayList<>();
    for (PhaseDiagram.Region r : diagram.regions()) {
      List<Expression> parts = new ArrayList<>(r.parts());
      parts.addAll(extra);
      String condition = (r.parts().isEmpty() ? "" : r.condition() + " && ") + String.join(" && ", texts);
      regions.add(new PhaseDiagram.Region(condition, r.exponent(), r.logPower(), r.allocation(), r.active(), r.samples(),
          parts, r.notUnique(), r.logPowers(), r.ranges()));
    }
    List<String> notes = new ArrayList<>(diagram.notes());
    notes.add("derived where " + String.join(" && ", texts) + " (the sign that decides whether a term of the other "
        + "resources vanishes); elsewhere the law may differ");
    return new PhaseDiagram(diagram.quantity(), regions, notes);
  }

  /** The exact optimum of the programme at one point of the constants, with its active set. */
  private static Sample sample(String quantity, Domain domain, double[] point, ProgrammeAt programmeAt)
      throws CannotDerive {
    Function<IExpr, BigFraction> value = valueAt(domain, point);
    AllocationProgramme p;
    try {
      p = programmeAt.at(value);
    } catch (CannotDerive e) {
      throw new CannotDerive(e.getMessage() + " (at " + domain.constants(point) + ")");
    }
    Optional<Optimum> o;
    try {
      o = p.optimum();
    } catch (IllegalStateException notRational) {
      throw new CannotDerive("cannot derive the " + quantity + ": " + notRational.getMessage());
    }
    if (o.isEmpty() || o.get().unbounded()) {
      throw new CannotDerive("cannot derive the " + quantity + " at " + domain.named(point) + ": "
          + (o.isEmpty() ? "infeasible" : "faster than any power"));
    }
    return new Sample(o.get(), p.tightRows(o.get().driven(), o.get().s()), p.logPower(o.get().s(), o.get().rate()), value,
        p, point, p.ranges(o.get(), new ArrayList<>()));
  }

  /** Samples are grouped by their active set: one group, one region. */
  private static void add(Map<String, List<Sample>> groups, Sample sample) {
    TreeSet<String> labels = new TreeSet<>();
    sample.tight().forEach(r -> labels.add(r.label()));
    groups.computeIfAbsent(labels.toString(), k -> new ArrayList<>()).add(sample);
  }

  /**
   * The domain's far points ({@link Domain#extremes}) that differ in the constants, once each: a
   * region met only where a constant is huge or tiny (c2·n^(-a-1+b/10^15), b > 10^15) is found
   * there, not at the ordinary sample points. The resources' values do not enter an exponent.
   */
  private static List<double[]> farConstants(Domain domain) {
    Set<Map<String, Double>> seen = new HashSet<>();
    List<double[]> out = new ArrayList<>();
    for (double[] point : domain.extremes()) {
      if (seen.add(domain.constants(point))) {
        out.add(point);
      }
    }
    return out;
  }

  private static PhaseDiagram.Region region(String quantity, List<Sample> group, IExpr assumptions, Region where,
      Domain domain)
      throws CannotDerive, EvaluationRefused {
    Sample first = group.get(0);
    List<String> variables = first.programme().variables();
    int n = variables.size();
    IExpr[] unknowns = new IExpr[n + 1];
    for (int i = 0; i <= n; i++) {
      unknowns[i] = F.symbol("v$" + i);
    }
    List<IExpr> equations = new ArrayList<>();
    for (Row row : first.tight()) {
      equations.add(F.Equal(linear(row, unknowns), row.rhs()));
    }
    IExpr solved = Sandbox.get().evaluate(F.Solve(F.List(equations.toArray(new IExpr[0])), F.List(unknowns)));
    if (!solved.isList() || solved.argSize() != 1) {
      throw new CannotDerive("cannot derive the " + quantity + " symbolically: Solve gave " + Expression.inputForm(solved)
          + " for the active set " + labels(first.tight()));
    }
    Map<IExpr, IExpr> rules = new HashMap<>();
    for (IExpr rule : (Iterable<IExpr>) solved.getAt(1)) {
      rules.put(rule.first(), rule.second());
    }
    completeRules(equations, unknowns, rules);
    IExpr rate = determined(rules.get(unknowns[n]), unknowns);
    if (rate == null) {
      throw new CannotDerive("cannot derive the " + quantity + " symbolically: the rate is not determined by the active set "
          + labels(first.tight()));
    }
    IExpr exponent = Sandbox.get().evaluate(F.Simplify(F.Negate(rate)));
    Map<String, Expression> allocation = new LinkedHashMap<>();
    Map<Integer, IExpr> formulas = new HashMap<>();
    for (int i = 0; i < n; i++) {
      IExpr s = determined(rules.get(unknowns[i]), unknowns);
      if (s != null && !first.programme().isFixed(variables.get(i))) {
        s = Sandbox.get().evaluate(F.Simplify(s));
        formulas.put(i, s);
        allocation.put(variables.get(i), Expression.of(s));
      }
    }
    for (Sample sample : group) {
      check(quantity, "exponent", exponent, sample.optimum().rate().negate(), sample.value());
      for (Map.Entry<Integer, IExpr> f : formulas.entrySet()) {
        check(quantity, "allocation exponent of " + variables.get(f.getKey()), f.getValue(),
            sample.optimum().s()[f.getKey()], sample.value());
      }
    }
    TreeSet<String> logPowers = new TreeSet<>();
    group.forEach(s -> logPowers.add(s.logPower() == null ? "undetermined" : Exponents.text(s.logPower())));
    List<String> active = new ArrayList<>();
    for (Row row : first.tight()) {
      if (row.label().startsWith("term ") || row.label().startsWith("drive ")) {
        active.add(first.programme().terms().get(Integer.parseInt(row.label().substring(row.label().indexOf(' ') + 1))).origin());
      }
    }
    List<Expression> parts = new ArrayList<>();
    String condition = condition(quantity, group, unknowns, rules, assumptions, where, parts);
    Set<String> notUnique = new TreeSet<>();
    group.forEach(g -> notUnique.addAll(g.notUnique()));
    notUnique.retainAll(allocation.keySet());
    return new PhaseDiagram.Region(condition, Expression.of(exponent),
        logPowers.size() == 1 ? logPowers.first() : VARYING + " (" + logPowers.size() + " values at "
            + group.size() + " sample points)",
        allocation, active, group.stream().map(g -> domain.named(g.point())).toList(), parts, List.copyOf(notUnique),
        group.stream().map(Sample::logPower).toList(), group.stream().map(Sample::ranges).toList());
  }

  /**
   * Symja's Solve may leave out an unknown that one equation fixes by itself ({@code v$0 == 1}
   * for a resource held at exponent 1) while using its value in the others. A region condition
   * that mentions such an unknown would then be dropped as undetermined, making the region
   * "everywhere on the domain". So: every equation left with exactly one unknown after
   * substituting the rules is solved for it, until nothing changes.
   */
  private static void completeRules(List<IExpr> equations, IExpr[] unknowns, Map<IExpr, IExpr> rules)
      throws EvaluationRefused {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (IExpr equation : equations) {
        IExpr substituted = equation.replaceAll(x -> rules.containsKey(x) ? rules.get(x) : F.NIL).orElse(equation);
        IExpr only = null;
        int count = 0;
        for (IExpr u : unknowns) {
          if (!substituted.isFree(u)) {
            only = u;
            count++;
          }
        }
        if (count != 1) {
          continue;
        }
        IExpr solved = Sandbox.get().evaluate(F.Solve(substituted, only));
        if (solved.isList() && solved.argSize() == 1 && solved.getAt(1).isList() && solved.getAt(1).argSize() == 1) {
          IExpr value = solved.getAt(1).getAt(1).second();
          if (determined(value, unknowns) != null) {
            rules.put(only, value);
            changed = true;
          }
        }
      }
    }
  }

  /** The formula's value at the sample must equal the rational optimum exactly. */
  private static void check(String quantity, String what, IExpr formula, BigFraction expected,
      Function<IExpr, BigFraction> value) throws CannotDerive {
    BigFraction v = value.apply(formula);
    if (!v.equals(expected)) {
      throw new CannotDerive("the symbolic " + what + " of the " + quantity + ", " + Expression.inputForm(formula)
          + ", gives " + Exponents.text(v) + " where the exact programme gives " + Exponents.text(expected));
    }
  }

  private static IExpr linear(Row row, IExpr[] unknowns) {
    IExpr sum = F.C0;
    for (Map.Entry<Integer, IExpr> e : row.a().entrySet()) {
      sum = F.Plus(sum, F.Times(e.getValue(), unknowns[e.getKey()]));
    }
    return sum;
  }

  private static IExpr determined(IExpr rhs, IExpr[] unknowns) {
    if (rhs == null) {
      return null;
    }
    for (IExpr u : unknowns) {
      if (!rhs.isFree(u)) {
        return null;
      }
    }
    return rhs;
  }

  /**
   * The rows not in the active set, with the region's formulas substituted, that Symja cannot
   * reduce to True: as text, and each as a relation added to {@code relations}.
   */
  private static String condition(String quantity, List<Sample> group, IExpr[] unknowns, Map<IExpr, IExpr> rules,
      IExpr assumptions, Region where, List<Expression> relations) throws EvaluationRefused, CannotDerive {
    Sample first = group.get(0);
    List<String> parts = new ArrayList<>();
    List<String> tightLabels = first.tight().stream().map(Row::label).toList();
    int unreduced = 0;
    for (Row row : first.programme().rows(first.optimum().driven())) {
      if (tightLabels.contains(row.label())) {
        continue;
      }
      IExpr lhs = linear(row, unknowns);
      IExpr substituted = lhs.replaceAll(x -> rules.containsKey(x) ? rules.get(x) : F.NIL).orElse(lhs);
      if (!substituted.isFree(x -> x.isSymbol() && x.toString().startsWith("v$"), true)) {
        unreduced++;
        continue;
      }
      IExpr relation = switch (row.relation()) {
        case LE -> F.LessEqual(substituted, row.rhs());
        case GE -> F.GreaterEqual(substituted, row.rhs());
        case EQ -> F.Equal(substituted, row.rhs());
      };
      IExpr reduced = Sandbox.get().evaluate(F.Simplify(relation, assumptions));
      if (reduced.equals(S.True) || where.implied(reduced)) {
        continue;
      }
      IExpr simplified = where.simplest(reduced, group.stream().map(Sample::point).toList());
      for (Sample sample : group) {
        if (!where.holdsAt(simplified, sample.point())) {
          throw new CannotDerive("cannot derive the " + quantity + ": the region condition "
              + Expression.inputForm(simplified) + " is false at its own sample point "
              + where.named(sample.point()) + " (engine error: Simplify changed the condition)");
        }
      }
      parts.add(Expression.inputForm(simplified));
      relations.add(Expression.of(simplified));
    }
    if (unreduced > 0) {
      parts.add("(and " + unreduced + " constraint" + (unreduced == 1 ? "" : "s")
          + " on allocation exponents the active set leaves free, not reduced to the constants)");
    }
    return parts.isEmpty() ? "everywhere on the domain" : String.join(" && ", parts);
  }

  /** The domain of the constants, for deciding region conditions. */
  private record Region(Domain domain, List<Expression> conditions) {
    /** Whether the constants' declared conditions imply {@code relation} on the whole domain. */
    boolean implied(IExpr relation) throws EvaluationRefused {
      if (!(relation.isAST(S.GreaterEqual, 3) || relation.isAST(S.LessEqual, 3) || relation.isAST(S.Greater, 3)
          || relation.isAST(S.Less, 3))) {
        return false;
      }
      boolean strict = relation.isAST(S.Greater, 3) || relation.isAST(S.Less, 3);
      IExpr slack = relation.isAST(S.GreaterEqual, 3) || relation.isAST(S.Greater, 3)
          ? F.Subtract(relation.first(), relation.second()) : F.Subtract(relation.second(), relation.first());
      return new SignCertifier(domain.symbols(), conditions).certify(Sandbox.get().evaluate(slack), strict).isPresent();
    }

    /**
     * The relation in its simplest form ({@link ConditionForm}), kept only if it holds exactly
     * where the relation does at every sample point of the domain and of the region.
     */
    IExpr simplest(IExpr relation, List<double[]> region) throws EvaluationRefused {
      IExpr simplest;
      try {
        simplest = new ConditionForm(new SignCertifier(domain.symbols(), conditions)).of(relation);
      } catch (EvaluationRefused notSimpler) {
        return relation;
      }
      if (simplest.equals(relation)) {
        return relation;
      }
      List<double[]> points = new ArrayList<>(domain.points());
      points.addAll(region);
      for (double[] p : points) {
        if (holdsAt(relation, p) != holdsAt(simplest, p)) {
          return relation;
        }
      }
      return simplest;
    }

    /** In log-magnitude arithmetic: far points hold constants up to 10^300, beyond doubles' products. */
    boolean holdsAt(IExpr relation, double[] point) throws EvaluationRefused {
      try {
        return LogFunction.compile(relation, domain.symbols()).at(LogNumber.of(point)).sign() != 0;
      } catch (NotRepresentable cancellation) {
        return DoubleFunction.compile(Expression.of(relation), domain.symbols()).holds(point);
      } catch (NotReal notReal) {
        return false;
      }
    }

    Map<String, Double> named(double[] point) {
      return domain.named(point);
    }
  }

  private static String labels(List<Row> rows) {
    return rows.stream().map(Row::label).toList().toString();
  }

  /**
   * Exponent values at one point: the symbols' exact binary values (a rounding to small
   * denominators can land a sample on a boundary, b = 0.01562172 on 1/64, where the active set
   * is degenerate and Solve finds no formula), then evaluated exactly. An exponent that is not
   * rational there (e.g. Sqrt(a)) is reported.
   */
  static Function<IExpr, BigFraction> valueAt(Domain domain, double[] point) {
    Map<String, Double> named = domain.named(point);
    Map<String, BigFraction> exact = new HashMap<>();
    named.forEach((k, v) -> exact.put(k, new BigFraction(v)));
    Map<String, BigFraction> cache = new HashMap<>();
    return e -> {
      if (Exponents.isRational(e)) {
        return Exponents.fraction(e);
      }
      return cache.computeIfAbsent(e.toString(), key -> {
        IExpr substituted = e.replaceAll(x -> {
          if (!x.isSymbol()) {
            return F.NIL;
          }
          String name = scalebound.symbolic.SymbolNames.decode(x.toString());
          BigFraction f = name == null ? null : exact.get(name);
          return f == null ? F.NIL : Exponents.of(f);
        }).orElse(e);
        try {
          IExpr v = Sandbox.get().evaluate(substituted);
          if (!Exponents.isRational(v)) {
            throw new IllegalStateException("the exponent " + Expression.inputForm(e) + " is not rational at "
                + exact + ": " + Expression.inputForm(v));
          }
          return Exponents.fraction(v);
        } catch (EvaluationRefused ex) {
          throw new IllegalStateException(ex.getMessage());
        }
      });
    };
  }
}
