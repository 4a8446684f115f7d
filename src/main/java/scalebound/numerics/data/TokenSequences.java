package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.linalg.Matrix;

/**
 * Token sequences of length L over a vocabulary of V tokens, each token mapped to a fixed
 * random embedding in R^d (entries N(0, 1/d), drawn from {@code structureSeed}). Tokens are
 * either i.i.d. Zipf(s) (P(v) proportional to (v+1)^-s) or a stationary Markov chain whose
 * transition rows are drawn from {@code structureSeed}; the chain starts from its stationary
 * law, so every position has the same marginal.
 */
public final class TokenSequences implements InputFamily {
  public enum Order { ZIPF, MARKOV }

  private final int vocabulary;
  private final int length;
  private final int d;
  private final Order order;
  private final double zipf;
  private final long structureSeed;
  private final double[][] embedding;
  private final double[] marginal;
  private final double[][] transition;

  public TokenSequences(int vocabulary, int length, int d, Order order, double zipf, long structureSeed) {
    if (vocabulary < 2 || length < 1 || d < 1) {
      throw new IllegalArgumentException("token sequences need V >= 2, L >= 1, d >= 1; got V=" + vocabulary
          + ", L=" + length + ", d=" + d);
    }
    this.vocabulary = vocabulary;
    this.length = length;
    this.d = d;
    this.order = order;
    this.zipf = zipf;
    this.structureSeed = structureSeed;
    RandomGenerator r = new Well19937c(structureSeed);
    embedding = new double[vocabulary][d];
    for (double[] e : embedding) {
      for (int j = 0; j < d; j++) {
        e[j] = r.nextGaussian() / Math.sqrt(d);
      }
    }
    if (order == Order.ZIPF) {
      marginal = zipfLaw(vocabulary, zipf);
      transition = null;
    } else {
      transition = new double[vocabulary][vocabulary];
      for (double[] row : transition) {
        double sum = 0;
        for (int v = 0; v < vocabulary; v++) {
          row[v] = -Math.log(1 - r.nextDouble());
          sum += row[v];
        }
        for (int v = 0; v < vocabulary; v++) {
          row[v] /= sum;
        }
      }
      marginal = stationary(transition);
    }
  }

  private static double[] zipfLaw(int v, double s) {
    double[] p = new double[v];
    double z = 0;
    for (int i = 0; i < v; i++) {
      p[i] = Math.pow(i + 1, -s);
      z += p[i];
    }
    for (int i = 0; i < v; i++) {
      p[i] /= z;
    }
    return p;
  }

  /** The stationary law pi = pi P, by power iteration (the rows are strictly positive, so it converges). */
  private static double[] stationary(double[][] p) {
    int v = p.length;
    double[] pi = new double[v];
    java.util.Arrays.fill(pi, 1.0 / v);
    for (int it = 0; it < 10_000; it++) {
      double[] next = new double[v];
      for (int u = 0; u < v; u++) {
        for (int w = 0; w < v; w++) {
          next[w] += pi[u] * p[u][w];
        }
      }
      double change = 0;
      for (int u = 0; u < v; u++) {
        change += Math.abs(next[u] - pi[u]);
      }
      pi = next;
      if (change < 1e-15) {
        break;
      }
    }
    return pi;
  }

  @Override
  public Inputs draw(int n, RandomGenerator random) {
    Matrix x = Matrix.zeros(n, length * d);
    int[][] tokens = new int[n][length];
    for (int i = 0; i < n; i++) {
      int previous = -1;
      for (int l = 0; l < length; l++) {
        double[] law = previous < 0 || order == Order.ZIPF ? marginal : transition[previous];
        int t = sample(law, random);
        tokens[i][l] = t;
        previous = t;
        for (int j = 0; j < d; j++) {
          x.set(i, l * d + j, embedding[t][j]);
        }
      }
    }
    return new Inputs(x, length, d, tokens);
  }

  private static int sample(double[] law, RandomGenerator random) {
    double u = random.nextDouble();
    double c = 0;
    for (int v = 0; v < law.length; v++) {
      c += law[v];
      if (u < c) {
        return v;
      }
    }
    return law.length - 1;
  }

  /** The marginal law of one token (Zipf, or the chain's stationary law). */
  public double[] marginal() {
    return marginal.clone();
  }

  public double[] embedding(int token) {
    return embedding[token].clone();
  }

  @Override
  public int dimension() {
    return length * d;
  }

  @Override
  public double[] mean() {
    double[] mu = new double[d];
    for (int v = 0; v < vocabulary; v++) {
      for (int j = 0; j < d; j++) {
        mu[j] += marginal[v] * embedding[v][j];
      }
    }
    double[] m = new double[length * d];
    for (int l = 0; l < length; l++) {
      System.arraycopy(mu, 0, m, l * d, d);
    }
    return m;
  }

  /**
   * Cov(x_l, x_{l+k}) = sum_{u,v} pi_u P^k_{uv} e_u e_v' - mu mu' (P^0 = I; i.i.d. tokens have no
   * cross-position covariance).
   */
  @Override
  public double[][] covariance() {
    double[] mu = java.util.Arrays.copyOf(mean(), d);
    double[][] c = new double[length * d][length * d];
    double[][] pk = identity(vocabulary);
    for (int k = 0; k < length; k++) {
      double[][] block = new double[d][d];
      if (k == 0 || order == Order.MARKOV) {
        for (int u = 0; u < vocabulary; u++) {
          for (int v = 0; v < vocabulary; v++) {
            double w = marginal[u] * pk[u][v];
            if (w == 0) {
              continue;
            }
            for (int a = 0; a < d; a++) {
              for (int b = 0; b < d; b++) {
                block[a][b] += w * embedding[u][a] * embedding[v][b];
              }
            }
          }
        }
        for (int a = 0; a < d; a++) {
          for (int b = 0; b < d; b++) {
            block[a][b] -= mu[a] * mu[b];
          }
        }
      }
      for (int l = 0; l + k < length; l++) {
        for (int a = 0; a < d; a++) {
          for (int b = 0; b < d; b++) {
            c[l * d + a][(l + k) * d + b] = block[a][b];
            c[(l + k) * d + b][l * d + a] = block[a][b];
          }
        }
      }
      if (order == Order.MARKOV) {
        pk = multiply(pk, transition);
      }
    }
    return c;
  }

  private static double[][] identity(int v) {
    double[][] i = new double[v][v];
    for (int u = 0; u < v; u++) {
      i[u][u] = 1;
    }
    return i;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int v = a.length;
    double[][] c = new double[v][v];
    for (int i = 0; i < v; i++) {
      for (int k = 0; k < v; k++) {
        for (int j = 0; j < v; j++) {
          c[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return c;
  }

  public int length() {
    return length;
  }

  public int width() {
    return d;
  }

  @Override
  public String describe() {
    return "token sequences, V=" + vocabulary + ", L=" + length + ", d=" + d + ", "
        + (order == Order.ZIPF ? "Zipf s=" + zipf : "Markov chain") + ", structure seed " + structureSeed;
  }
}
