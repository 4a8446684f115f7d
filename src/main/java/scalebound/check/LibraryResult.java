package scalebound.check;

import java.util.List;

/** The results of every theorem checked in one run. */
public record LibraryResult(List<TheoremResult> theorems) {
  public LibraryResult {
    theorems = List.copyOf(theorems);
  }

  public long failing() {
    return theorems.stream().filter(t -> !t.passes()).count();
  }

  public boolean passes() {
    return failing() == 0;
  }
}
