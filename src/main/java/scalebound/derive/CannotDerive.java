package scalebound.derive;

/** A quantity that cannot be derived for a theorem; the message says which and why. */
public final class CannotDerive extends Exception {
  public CannotDerive(String message) {
    super(message);
  }
}
