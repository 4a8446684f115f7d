package scalebound.input;

import java.util.List;
import java.util.stream.Collectors;

/** Input files that cannot be used; carries every problem found, one message each. */
public final class BadInput extends Exception {
  private final List<Problem> problems;

  public BadInput(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
