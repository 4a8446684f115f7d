package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The experiments a scenario file can name as its model. */
public final class Experiments {
  private static final Map<String, Experiment> ALL = new LinkedHashMap<>();

  static {
    for (Experiment e : List.of(new KernelFlow(), new KernelGradientDescent(), new SgdTracksFlow(),
        new FiniteWidthGram(), new KernelGeneralization(), new FirstOrderMethods(), new LazyTransformer(),
        new SampleSize(), new ComputePhase())) {
      ALL.put(e.name(), e);
    }
  }

  private Experiments() {}

  public static Optional<Experiment> named(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }
}
