package scalebound.numerics.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.SymmetricEigen;
import scalebound.numerics.linalg.Vectors;

/**
 * First-order methods on Nesterov's worst-case quadratic (Introductory Lectures, 2004, §2.1.4):
 * f(x) = ((L - mu)/8) (x'Ax - 2 x_1) + (mu/2) |x|^2 in R^N, A = tridiag(-1, 2, -1), mu = 1,
 * L = kappa, started at x_0 = 0. Every method here keeps its iterates in x_0 + span of past
 * gradients: gradient descent (step 2/(L+mu)), Polyak's heavy ball, Nesterov's accelerated
 * method (constant momentum) and conjugate gradients. Observed: |x_k - x*|^2 for k = 1..steps,
 * while it stays above 1e-20 |x_0 - x*|^2: near 1e-24 and below, x* itself (solved in double
 * precision) has too few correct digits left in the coordinates that carry the error.
 */
public final class FirstOrderMethods implements Experiment {
  public static final List<String> METHODS = List.of("gradient-descent", "heavy-ball", "nesterov", "conjugate-gradient");

  @Override
  public String name() {
    return "first-order-methods";
  }

  @Override
  public String describe() {
    return "GD, heavy ball, Nesterov and CG on Nesterov's worst-case quadratic";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("method", "conjugate-gradient");
    d.put("kappa", 10.0);
    d.put("dimension", 200);
    d.put("steps", 20);
    return d;
  }

  @Override
  public List<String> choices(String parameter) {
    return parameter.equals("method") ? METHODS : List.of();
  }

  @Override
  public List<String> quantities() {
    return List.of("k", "kappa", "iterateErrorSq", "initialErrorSq");
  }

  @Override
  public Observations run(Parameters p) {
    double kappa = p.real("kappa");
    int dim = p.integer("dimension");
    double mu = 1;
    double big = kappa;
    double c = (big - mu) / 4;
    Matrix q = Matrix.zeros(dim, dim);
    for (int i = 0; i < dim; i++) {
      q.set(i, i, 2 * c + mu);
      if (i + 1 < dim) {
        q.set(i, i + 1, -c);
        q.set(i + 1, i, -c);
      }
    }
    double[] b = new double[dim];
    b[0] = c;
    SymmetricEigen e = SymmetricEigen.of(q);
    double[] coords = e.toEigenbasis(b);
    double[] lambda = e.values();
    for (int i = 0; i < dim; i++) {
      coords[i] /= lambda[i];
    }
    double[] xStar = e.fromEigenbasis(coords);
    double initial = Vectors.normSq(xStar);
    String method = p.text("method");
    double[] x = new double[dim];
    double[] previous = new double[dim];
    double[] r = b.clone();
    double[] dir = r.clone();
    List<Map<String, Double>> rows = new ArrayList<>();
    double sk = Math.sqrt(kappa);
    for (int k = 1; k <= p.integer("steps"); k++) {
      double[] next = new double[dim];
      switch (method) {
        case "gradient-descent" -> {
          double[] g = gradient(q, x, b);
          for (int i = 0; i < dim; i++) {
            next[i] = x[i] - 2 / (big + mu) * g[i];
          }
        }
        case "heavy-ball" -> {
          double step = 4 / ((Math.sqrt(big) + Math.sqrt(mu)) * (Math.sqrt(big) + Math.sqrt(mu)));
          double beta = Math.pow((sk - 1) / (sk + 1), 2);
          double[] g = gradient(q, x, b);
          for (int i = 0; i < dim; i++) {
            next[i] = x[i] - step * g[i] + beta * (x[i] - previous[i]);
          }
        }
        case "nesterov" -> {
          double beta = (sk - 1) / (sk + 1);
          double[] y = new double[dim];
          for (int i = 0; i < dim; i++) {
            y[i] = x[i] + beta * (x[i] - previous[i]);
          }
          double[] g = gradient(q, y, b);
          for (int i = 0; i < dim; i++) {
            next[i] = y[i] - g[i] / big;
          }
        }
        case "conjugate-gradient" -> {
          double[] qd = q.times(dir);
          double rr = Vectors.dot(r, r);
          double a = rr / Vectors.dot(dir, qd);
          for (int i = 0; i < dim; i++) {
            next[i] = x[i] + a * dir[i];
            r[i] -= a * qd[i];
          }
          double beta = Vectors.dot(r, r) / rr;
          for (int i = 0; i < dim; i++) {
            dir[i] = r[i] + beta * dir[i];
          }
        }
        default -> throw new IllegalArgumentException("unknown method " + method + "; expected one of " + METHODS);
      }
      previous = x;
      x = next;
      double error = Vectors.normSq(Vectors.minus(x, xStar));
      if (error < Precision.FLOOR * initial) {
        break;
      }
      Map<String, Double> o = new LinkedHashMap<>();
      o.put("k", (double) k);
      o.put("kappa", kappa);
      o.put("iterateErrorSq", error);
      o.put("initialErrorSq", initial);
      rows.add(o);
    }
    return Observations.of(rows);
  }

  private static double[] gradient(Matrix q, double[] x, double[] b) {
    return Vectors.minus(q.times(x), b);
  }
}
