package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Discard reasons that differ only in their numbers are grouped, and printed as a real message, not a pattern. */
class DiscardReasonsTest {
  @Test
  void groupedReasonsQuoteTheFirstMessageWithItsNumbers() {
    Tally tally = new Tally();
    tally.discard("H is numerically singular: lambdaMin = 1.0E-18, lambdaMax = 3.5");
    tally.discard("H is numerically singular: lambdaMin = 2.0E-19, lambdaMax = 0.75");
    tally.discard("every test point is a training point");
    List<String> details = tally.details(3, 3, 7);
    assertTrue(details.contains("discarded 2x, the first: H is numerically singular: lambdaMin = 1.0E-18, lambdaMax = 3.5"),
        details.toString());
    assertTrue(details.contains("discarded 1x: every test point is a training point"), details.toString());
    assertFalse(details.toString().contains("#"), "no placeholder: " + details);
  }
}
