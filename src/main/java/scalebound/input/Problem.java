package scalebound.input;

import java.nio.file.Path;

/** One thing wrong with one input file, located to the line and column (both 1-based). */
public record Problem(Path file, int line, int column, String key, String message) {
  @Override
  public String toString() {
    String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    return where + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + message;
  }
}
