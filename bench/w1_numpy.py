"""W1 in numpy, for comparing `./scalebound bench --only W1` against numpy's eigh on the same
machine: RBF Gram (n=2000, d=32, bandwidth^2=d), one symmetric eigendecomposition, and the
gradient-flow test-risk curve at 100 times on 1000 test points (same shapes and steps as
scalebound.numerics.Workloads.w1; the data are drawn by numpy, not bit-identical).
Usage: python3 bench/w1_numpy.py   (prints wall seconds of the best of 3 runs)"""
import time
import numpy as np


def rbf(a, b, s2):
    d2 = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2 * a @ b.T
    return np.exp(-np.maximum(d2, 0) / (2 * s2))


def w1(n=2000, d=32, tests=1000, times=100, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((20, d))
    coef = rng.standard_normal(20) / np.sqrt(20)
    x = rng.standard_normal((n, d))
    xt = rng.standard_normal((tests, d))
    f = lambda z: rbf(z, centres, d) @ coef
    y = f(x) + 0.1 * rng.standard_normal(n)
    clean = f(xt)
    h = rbf(x, x, d) / n
    lam, q = np.linalg.eigh(h)
    c = q.T @ y
    a = (rbf(xt, x, d) / n) @ q
    risk = 0.0
    for t in np.logspace(-1, 4, times):
        x_ = lam * t
        filt = np.where(np.abs(x_) < 1e-12, t, -np.expm1(-x_) / np.where(lam == 0, 1, lam))
        pred = a @ (filt * c)
        risk = np.mean((pred - clean) ** 2)
    return risk


if __name__ == "__main__":
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        w1()
        best = min(best, time.perf_counter() - t0)
    print(f"W1 numpy: {best:.3f} s (numpy {np.__version__})")
