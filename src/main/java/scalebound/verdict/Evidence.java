package scalebound.verdict;

/** How a verdict was reached. */
public enum Evidence {
  /** Exact arithmetic or symbolic simplification. */
  EXACT("exact"),
  /** Interval arithmetic with outward rounding over the whole domain. */
  CERTIFIED("certified"),
  /** Values at sample points and an adversarial search; no violation found, no certificate. */
  SAMPLED("sampled"),
  /** Simulations of the models the theorem is about. */
  SIMULATED("simulated"),
  /** A numerical measurement by an independent route (the derivation's cross-check). */
  MEASURED("measured"),
  /** A comparison with an approved record (the ledger). */
  RECORDED("recorded"),
  /** Nothing could be evaluated. */
  NONE("none");

  private final String label;

  Evidence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
