package scalebound.check;

/** Which parts of the check tree a command runs. */
public enum Stage {
  /** Derivations, claims, cross-checks, proofs, tightness, ledger: {@code check}, {@code approve}. */
  CHECK,
  /** All of CHECK and the numeric scenarios: {@code verify}. */
  VERIFY;

  public boolean numerics() {
    return this == VERIFY;
  }
}
