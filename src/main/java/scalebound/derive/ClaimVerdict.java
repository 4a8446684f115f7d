package scalebound.derive;

/**
 * One stated claim against its derived value. {@code detail} says how it was decided (exact,
 * simplification, sampling) or, when it fails, which terms are active.
 */
public record ClaimVerdict(String claim, String stated, String derived, boolean holds, String detail) {}
