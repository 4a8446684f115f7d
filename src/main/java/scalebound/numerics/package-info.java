/**
 * Simulations that the bounds are tested against: data families with an exactly known
 * irreducible risk ({@code data}), kernels defined beside their finite-width random-feature
 * forms ({@code kernels}), kernel gradient flow, GD and SGD ({@code dynamics}), a small
 * transformer with its linearisation ({@code transformer}), and the measurements taken from
 * them ({@code measure}). Dense linear algebra goes through {@code linalg}, which uses native
 * BLAS/LAPACK where installed and a pure-Java implementation otherwise.
 */
package scalebound.numerics;
