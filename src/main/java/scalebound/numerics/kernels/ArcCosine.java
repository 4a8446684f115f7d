package scalebound.numerics.kernels;

/**
 * The degree-1 arc-cosine kernel (Cho & Saul 2009) of ReLU features with w ~ N(0, I/d):
 * k(x, y) = E[2 Relu(w.x) Relu(w.y)] = (|x| |y| / (Pi d)) (Sin(theta) + (Pi - theta) Cos(theta)),
 * theta the angle between x and y. Its random-feature form is Sqrt(2) Relu(w.x).
 */
public record ArcCosine() implements InnerProductKernel {
  @Override
  public double of(double a, double b, double c) {
    return 2 * ReluMoments.first(a, b, c);
  }

  @Override
  public RandomFeatures finiteWidth(int dimension, int m, long seed) {
    return RandomFeatures.relu(this, dimension, m, seed);
  }

  @Override
  public String describe() {
    return "arc-cosine (degree 1, ReLU features)";
  }
}
