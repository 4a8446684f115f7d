package scalebound.proof;

import scalebound.math.Relation;
import scalebound.symbolic.Expression;

/** A relation between two expressions that a proof step states: lhs REL rhs, as written. */
record Fact(Expression lhs, Relation relation, Expression rhs, String text) {}
