package scalebound.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;

/**
 * The numeric checks of the gate's theorems: for each theorem, every scenario under its
 * library's {@code numerics/} folder that names its id, run against that theorem (so a variant
 * file with a library id meets the library's scenarios).
 */
public final class Numerics {
  private Numerics() {}

  /** How many (theorem, scenario) pairs {@link #run} will check. */
  public static int count(List<Gate.Result> results, Path home) throws BadInput {
    int n = 0;
    Map<Path, ScenarioLibrary> libraries = new LinkedHashMap<>();
    for (Gate.Result r : results) {
      n += library(libraries, r, home).forTheorem(r.theorem().id()).size();
    }
    return n;
  }

  private static ScenarioLibrary library(Map<Path, ScenarioLibrary> libraries, Gate.Result r, Path home)
      throws BadInput {
    Path root = Gate.root(r.theorem().file(), home);
    ScenarioLibrary library = libraries.get(root);
    if (library == null) {
      library = ScenarioLibrary.load(root.resolve("numerics"));
      libraries.put(root, library);
    }
    return library;
  }

  public static Map<String, List<NumericVerdict>> run(List<Gate.Result> results, Path home,
      Consumer<NumericVerdict> progress) throws BadInput, EvaluationRefused {
    Map<Path, ScenarioLibrary> libraries = new LinkedHashMap<>();
    Map<String, List<NumericVerdict>> out = new LinkedHashMap<>();
    for (Gate.Result r : results) {
      List<NumericVerdict> verdicts = new ArrayList<>();
      for (Scenario s : library(libraries, r, home).forTheorem(r.theorem().id())) {
        NumericVerdict v = NumericCheck.run(r.theorem(), r.derivation(), s);
        progress.accept(v);
        verdicts.add(v);
      }
      out.put(r.theorem().id(), verdicts);
    }
    return out;
  }
}
