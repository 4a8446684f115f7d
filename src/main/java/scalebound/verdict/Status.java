package scalebound.verdict;

/**
 * What a check established. The first three pass, the rest fail; how strong a pass is shows in
 * the status itself, so no report can print "holds" for a mathematical statement without its level.
 */
public enum Status {
  /** Established on the whole domain: exact computation, simplification or an interval certificate. */
  PROVED("proved"),
  /** Not refuted by a test that could have refuted it (sampling, simulation, a numeric cross-check). */
  TESTED("tested"),
  /** A bookkeeping check passed (the ledger matches the approved record); never a mathematical claim. */
  HOLDS("holds"),
  /** A counterexample, or a disagreement between what is stated and what is derived or measured. */
  REFUTED("refuted"),
  /** Different from what was approved (the ledger): a change a reviewer must approve. */
  CHANGED("changed"),
  /** Neither established nor refuted: too little evidence, or a step that could not be decided. */
  INCONCLUSIVE("inconclusive"),
  /** The check could not be run (a budget exceeded, an input problem found late). */
  ERROR("error");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean passes() {
    return this == PROVED || this == TESTED || this == HOLDS;
  }

  /** The weaker of two statuses: failing beats passing, an error beats a refutation, tested beats proved. */
  public static Status weakest(Status a, Status b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(Status s) {
    return switch (s) {
      case HOLDS -> 0;
      case PROVED -> 1;
      case TESTED -> 2;
      case INCONCLUSIVE -> 3;
      case CHANGED -> 4;
      case REFUTED -> 5;
      case ERROR -> 6;
    };
  }
}
