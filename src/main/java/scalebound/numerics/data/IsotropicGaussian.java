package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;

/** x ~ N(0, I_d). */
public record IsotropicGaussian(int d) implements InputFamily {
  @Override
  public Inputs draw(int n, RandomGenerator random) {
    return PowerLawGaussian.gaussian(n, new double[d], Spectra.flat(d), random);
  }

  @Override
  public int dimension() {
    return d;
  }

  @Override
  public double[] mean() {
    return new double[d];
  }

  @Override
  public double[][] covariance() {
    return Spectra.diagonal(Spectra.flat(d));
  }

  @Override
  public String describe() {
    return "isotropic Gaussian, d=" + d;
  }
}
