package scalebound.numerics.data;

/** The regression function f*(x) = E[Y | X = x]. */
public interface Target {
  double value(double[] x);

  default double[] values(Inputs x) {
    double[] v = new double[x.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = value(x.point(i));
    }
    return v;
  }

  String describe();
}
