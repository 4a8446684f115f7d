package scalebound.symbolic;

/** An expression string that is not valid theorem-file mathematics; {@link #offset()} is 0-based. */
public final class ExpressionSyntaxException extends Exception {
  private final int offset;

  public ExpressionSyntaxException(int offset, String message) {
    super(message);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
