package scalebound.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The {@code [PATH...]} argument shared by verify, check and approve (a picocli mixin). */
final class TheoremPaths {
  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Theorem files or directories (default: theorems/ of the working directory if it has"
          + " one, else the bundled library).")
  List<Path> paths;
}
