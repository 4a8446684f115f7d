package scalebound.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void barsOnlyForAPersonAtATerminal() {
    assertTrue(Progress.shown(null, true));
    assertTrue(Progress.shown("false", true));
    assertFalse(Progress.shown("true", true), "quiet under CI=true");
    assertFalse(Progress.shown(null, false), "quiet when output is not a terminal");
  }
}
