package scalebound.symbolic;

/** A Symja evaluation that the sandbox stopped or would not start; the message says why. */
public final class EvaluationRefused extends Exception {
  public EvaluationRefused(String message) {
    super(message);
  }
}
