package scalebound.theorem;

import scalebound.input.BadInput;
import scalebound.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The theorem files under some paths, loaded and checked together (ids are unique across them). */
public final class TheoremLibrary {
  private TheoremLibrary() {}

  /** Every {@code .yaml}/{@code .yml} file named or found below the paths, in sorted order. */
  public static List<Path> files(List<Path> paths) throws BadInput {
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(TheoremLibrary::isYaml).sorted().forEach(files::add);
        } catch (IOException e) {
          problems.add(new Problem(p, 0, 0, null, "cannot list the directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        problems.add(new Problem(p, 0, 0, null, "no such file or directory"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
    return files;
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** Loads every file; all problems of all files are reported together. */
  public static List<Theorem> load(List<Path> files) throws BadInput {
    List<Theorem> theorems = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Theorem> byId = new HashMap<>();
    for (Path file : files) {
      try {
        Theorem t = TheoremLoader.load(file);
        Theorem earlier = byId.putIfAbsent(t.id(), t);
        if (earlier != null) {
          problems.add(new Problem(file, idLine(file), 0, "id",
              "duplicate id '" + t.id() + "' (also the id of " + earlier.file() + ")"));
        } else {
          theorems.add(t);
        }
      } catch (BadInput e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
    return theorems;
  }

  private static int idLine(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("id:")) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }
}
