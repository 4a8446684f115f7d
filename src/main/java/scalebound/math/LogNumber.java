package scalebound.math;

/**
 * A real number held as its sign and the natural logarithm of its magnitude, so that 10^(10^5)
 * and 10^(-10^5) are ordinary values: {@code sign} is -1, 0 or 1, {@code log} is ln|v| (unused
 * for zero).
 */
public record LogNumber(int sign, double log) {
  public static final LogNumber ZERO = new LogNumber(0, Double.NEGATIVE_INFINITY);
  public static final LogNumber ONE = new LogNumber(1, 0);

  /** The positive number e^log. */
  public static LogNumber exp(double log) {
    return new LogNumber(1, log);
  }

  /** The double v; NaN has no value here. */
  public static LogNumber of(double v) {
    if (Double.isNaN(v)) {
      throw new NotReal("NaN is not a real number");
    }
    return v == 0 ? ZERO : new LogNumber(v > 0 ? 1 : -1, Math.log(Math.abs(v)));
  }

  /** Each double of {@code x}, in order. */
  public static LogNumber[] of(double[] x) {
    LogNumber[] out = new LogNumber[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = of(x[i]);
    }
    return out;
  }

  /** The value as a double: infinite or zero beyond the double range. */
  public double value() {
    return sign == 0 ? 0 : sign * Math.exp(log);
  }

  /** The order of two numbers: negative, zero or positive as this is below, equal to or above {@code o}. */
  public int compareTo(LogNumber o) {
    if (sign != o.sign) {
      return Integer.compare(sign, o.sign);
    }
    return sign == 0 ? 0 : sign * Double.compare(log, o.log);
  }

  /** Scientific notation at any magnitude: {@code 1.000000E+80}. */
  @Override
  public String toString() {
    if (sign == 0) {
      return "0";
    }
    double log10 = log / Math.log(10);
    double exponent = Math.floor(log10);
    return String.format("%s%.6fE%+d", sign < 0 ? "-" : "", Math.pow(10, log10 - exponent), (long) exponent);
  }
}
