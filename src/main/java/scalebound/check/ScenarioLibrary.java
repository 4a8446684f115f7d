package scalebound.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import scalebound.input.BadInput;
import scalebound.input.Problem;

/** The scenario files under a library's {@code numerics/} folder (every *.yaml, recursively). */
public final class ScenarioLibrary {
  private final List<Scenario> scenarios;

  private ScenarioLibrary(List<Scenario> scenarios) {
    this.scenarios = scenarios;
  }

  public static ScenarioLibrary load(Path numerics) throws BadInput {
    List<Scenario> found = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (Files.isDirectory(numerics)) {
      try (Stream<Path> files = Files.walk(numerics)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          try {
            found.add(ScenarioLoader.load(f));
          } catch (BadInput e) {
            problems.addAll(e.problems());
          }
        }
      } catch (IOException e) {
        problems.add(new Problem(numerics, 0, 0, null, "cannot list the scenario folder: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
    return new ScenarioLibrary(found);
  }

  public List<Scenario> all() {
    return scenarios;
  }

  public List<Scenario> forTheorem(String id) {
    return scenarios.stream().filter(s -> s.theorem().equals(id)).toList();
  }
}
