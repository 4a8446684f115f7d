package scalebound.math;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apfloat.Apfloat;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;

/**
 * The four arithmetics of the one compiler agree on random expressions of the whole vocabulary
 * (+ - * / ^, Exp, Log with one and two arguments, Sqrt, Abs, Min, Max): at a point, the interval
 * enclosure contains both the 50-digit value and the double value, the interval is flagged
 * defined exactly where the 50-digit arithmetic finds a real value, and the log-magnitude
 * arithmetic gives the 50-digit value to 8 digits (or within 1e-40 of a rounded zero; or declines a cancellation it cannot resolve)
 * and no value where there is none.
 */
class ArithmeticsAgreeProperties {
  private static final List<String> VARIABLES = List.of("x", "y", "z");

  @Provide
  Arbitrary<String> expressions() {
    return expression(4);
  }

  private Arbitrary<String> expression(int depth) {
    Arbitrary<String> leaf = Arbitraries.oneOf(
        Arbitraries.of(VARIABLES),
        Arbitraries.integers().between(-3, 7).map(i -> i < 0 ? "(" + i + ")" : String.valueOf(i)),
        Arbitraries.of("1/3", "0.25", "7/2"));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> sub = Arbitraries.lazy(() -> expression(depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub, Arbitraries.of("+", "-", "*", "/"))
            .as((a, b, op) -> "(" + a + ")" + op + "(" + b + ")")),
        net.jqwik.api.Tuple.of(1, Combinators.combine(sub, Arbitraries.of("2", "-1", "1/2", "-3/2", "3"))
            .as((a, e) -> "(" + a + ")^(" + e + ")")),
        net.jqwik.api.Tuple.of(2, Combinators.combine(sub, Arbitraries.of("Exp", "Log", "Sqrt", "Abs"))
            .as((a, f) -> f.equals("Exp") ? "Exp(Min(" + a + ", 5))" : f + "(" + a + ")")),
        net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub, Arbitraries.of("Min", "Max", "Log"))
            .as((a, b, f) -> f + "(" + a + ", " + b + ")")));
  }

  @Property(tries = 300)
  void intervalsEncloseTheOtherTwoArithmetics(@ForAll("expressions") String text,
      @ForAll("points") double[] point) throws Exception {
    Expression e;
    try {
      e = new ExpressionReader(new LinkedHashSet<>(VARIABLES)).expression(text);
    } catch (ExpressionSyntaxException refused) {
      if (!refused.getMessage().startsWith("cannot be evaluated")) {
        throw refused;
      }
      // Symja refused to evaluate the text (time or iteration limit): nothing to compare.
      Statistics.label("read").collect("refused by the reader");
      return;
    }
    Statistics.label("read").collect("read");
    CompiledExpression compiled = ExpressionCompiler.compile(e, VARIABLES);
    Interval[] box = new Interval[point.length];
    Apfloat[] precisePoint = new Apfloat[point.length];
    for (int i = 0; i < point.length; i++) {
      box[i] = Interval.exactly(point[i]);
      precisePoint[i] = new Apfloat(new BigDecimal(point[i]), PreciseArithmetic.DIGITS);
    }
    Interval enclosure = compiled.in(IntervalArithmetic.INSTANCE).at(box);
    double d = compiled.at(point);
    LogNumber[] logPoint = new LogNumber[point.length];
    for (int i = 0; i < point.length; i++) {
      logPoint[i] = LogNumber.of(point[i]);
    }
    LogNumber logValue;
    try {
      logValue = compiled.in(LogArithmetic.INSTANCE).at(logPoint);
    } catch (NotReal notReal) {
      logValue = null;
    }
    Statistics.label("log-magnitude").collect(logValue == null ? "no value" : "value");
    Apfloat precise;
    try {
      precise = compiled.in(PreciseArithmetic.INSTANCE).at(precisePoint);
    } catch (NotReal notReal) {
      if (!(notReal instanceof NotRepresentable)) {
        assertTrue(logValue == null, text + ": not real in 50 digits (" + notReal.getMessage()
            + ") but log-magnitude arithmetic gives " + logValue);
      }
      if (!notReal.getMessage().startsWith("not representable") && !notReal.getMessage().contains("too large")) {
        assertFalse(enclosure.defined(), text + " at " + java.util.Arrays.toString(point)
            + ": not real in 50 digits (" + notReal.getMessage() + ") but the interval says defined: " + enclosure);
      }
      return;
    }
    BigDecimal p = new BigDecimal(precise.toString(true));
    if (logValue != null) {
      double relative = Math.abs(logValue.value() - p.doubleValue()) / Math.max(1e-300, Math.abs(p.doubleValue()));
      assertTrue(relative < 1e-8 || Math.abs(logValue.value() - p.doubleValue()) < 1e-40,
          text + " at " + java.util.Arrays.toString(point) + ": log-magnitude value " + logValue.value()
              + " against the 50-digit " + p);
    }
    if (!enclosure.defined()) {
      return;
    }
    assertTrue(encloses(enclosure, p), text + " at " + java.util.Arrays.toString(point) + ": 50-digit value " + p
        + " outside the interval " + enclosure);
    if (Double.isFinite(d)) {
      assertTrue(enclosure.contains(d), text + ": double value " + d + " outside the interval " + enclosure);
    }
  }

  /**
   * Whether v lies in i, up to the 50-digit rounding of the point on entry to the precise
   * arithmetic (relative 1e-45, far below one ulp of a double).
   */
  private static boolean encloses(Interval i, BigDecimal v) {
    BigDecimal slack = v.abs().multiply(new BigDecimal("1e-45")).add(new BigDecimal("1e-300"));
    boolean above = i.lo() == Double.NEGATIVE_INFINITY || new BigDecimal(i.lo()).compareTo(v.add(slack)) <= 0;
    boolean below = i.hi() == Double.POSITIVE_INFINITY || new BigDecimal(i.hi()).compareTo(v.subtract(slack)) >= 0;
    return above && below;
  }

  @Provide
  Arbitrary<double[]> points() {
    return Arbitraries.doubles().between(-4, 9).ofScale(3).array(double[].class).ofSize(3);
  }
}
