package scalebound.derive;

/** A term the derivation engine cannot treat; the message names the term and why. */
final class OutsideClass extends Exception {
  private final String term;

  OutsideClass(String term, String why) {
    super("term " + term + " is outside the class of sums of c*x^a*Log(x)^l*Exp(-g): " + why);
    this.term = term;
  }

  String term() {
    return term;
  }
}
