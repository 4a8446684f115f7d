package scalebound.theorem;

/**
 * Provenance. {@code locator} says where in the paper the statement is (or that it is a
 * reconstruction), {@code note} says which parts are the paper's claim and which are
 * reconstruction, with the standard reference for the latter.
 */
public record Source(String paper, String version, String locator, String note) {}
