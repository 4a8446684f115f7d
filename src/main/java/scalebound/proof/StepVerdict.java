package scalebound.proof;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The verdict on one step. {@code evidence} says how it was decided: "exact" (simplification
 * and exact arithmetic), "certified" (interval arithmetic), "sampled, not certified", or, when it
 * fails, "refuted" / "invalid". {@code counterexample} holds the values of all symbols at a point
 * where the step's fact (or a hypothesis) is false.
 */
public record StepVerdict(String step, String kind, String fact, int line, boolean holds, String evidence, String detail,
    Map<String, BigDecimal> counterexample) {}
