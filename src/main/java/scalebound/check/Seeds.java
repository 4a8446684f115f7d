package scalebound.check;

/**
 * Where the seed of a numeric run comes from. Under {@code CI=true}, or when the system property
 * {@code scalebound.seed} is set, runs are fixed (the scenario's {@code seed}, or the property);
 * otherwise each run draws a fresh seed, so repeated local runs explore new cases. The seed is
 * always printed with the verdict.
 */
public final class Seeds {
  private Seeds() {}

  public static long forRun(Scenario scenario) {
    String fixed = System.getProperty("scalebound.seed");
    if (fixed != null && !fixed.isBlank()) {
      return Long.parseLong(fixed.trim());
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return scenario.seed();
    }
    return System.nanoTime() ^ scenario.id().hashCode();
  }

  /** How much more work than the default the thorough profile asks for (tries and seeds multiply). */
  public static int effort() {
    try {
      return Math.max(1, Integer.parseInt(System.getProperty("scalebound.effort", "1").trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
