package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.numerics.data.GaussianMixture;
import scalebound.numerics.data.InputFamily;
import scalebound.numerics.data.IsotropicGaussian;
import scalebound.numerics.data.Noise;
import scalebound.numerics.data.PowerLawGaussian;
import scalebound.numerics.data.RoughTarget;
import scalebound.numerics.data.StudentT;
import scalebound.numerics.data.Target;
import scalebound.numerics.data.Task;
import scalebound.numerics.data.Teacher;
import scalebound.numerics.data.TokenSequences;
import scalebound.numerics.data.UniformCube;
import scalebound.numerics.data.UniformSphere;
import scalebound.numerics.kernels.ArcCosine;
import scalebound.numerics.kernels.ArcCosineZero;
import scalebound.numerics.kernels.AttentionPooled;
import scalebound.numerics.kernels.Kernel;
import scalebound.numerics.kernels.Laplace;
import scalebound.numerics.kernels.Rbf;
import scalebound.numerics.kernels.ReluNtk;

/**
 * The data and kernel part of a kernel experiment, built from named parameters: the input
 * family, the target, the noise and the kernel. Structure seeds (mixture means, embeddings,
 * teachers) derive from the run's seed, so one seed reproduces the whole setting.
 */
public record Setting(Task task, Kernel kernel) {
  public static final List<String> FAMILIES = List.of("isotropic-gaussian", "power-law-gaussian",
      "gaussian-mixture", "student-t", "uniform-cube", "uniform-sphere", "tokens-zipf", "tokens-markov");
  public static final List<String> KERNELS = List.of("rbf", "laplace", "arc-cosine", "arc-cosine-0", "relu-ntk",
      "attention-pooled");
  public static final List<String> TARGETS = List.of("teacher", "rough");
  public static final List<String> NOISES = List.of("none", "gaussian", "heavy-tailed");

  /** The data/kernel parameters and their defaults. */
  public static Map<String, Object> defaults() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("family", "isotropic-gaussian");
    d.put("d", 4);
    d.put("spectrum", 1.0);
    d.put("nu", 5.0);
    d.put("vocabulary", 16);
    d.put("length", 4);
    d.put("kernel", "rbf");
    d.put("target", "teacher");
    d.put("noise", "none");
    d.put("sigma", 0.1);
    return d;
  }

  static List<String> choices(String parameter) {
    return switch (parameter) {
      case "family" -> FAMILIES;
      case "kernel" -> KERNELS;
      case "target" -> TARGETS;
      case "noise" -> NOISES;
      default -> List.of();
    };
  }

  public static Setting of(Parameters p) {
    InputFamily family = family(p);
    Kernel kernel = kernel(p, family);
    Target target = p.text("target").equals("rough") ? new RoughTarget(family.dimension(), p.seed() + 2)
        : new Teacher(kernel, family, 8, p.seed() + 2);
    Noise noise = switch (p.text("noise")) {
      case "none" -> new Noise.None();
      case "gaussian" -> new Noise.Gaussian(p.real("sigma"));
      default -> new Noise.HeavyTailed(p.real("sigma"), 5);
    };
    return new Setting(new Task(family, target, noise), kernel);
  }

  static InputFamily family(Parameters p) {
    int d = p.integer("d");
    long s = p.seed() + 1;
    return switch (p.text("family")) {
      case "isotropic-gaussian" -> new IsotropicGaussian(d);
      case "power-law-gaussian" -> new PowerLawGaussian(d, p.real("spectrum"));
      case "gaussian-mixture" -> new GaussianMixture(d, 3, 1.0, 0.6, s);
      case "student-t" -> new StudentT(d, Math.max(2.5, p.real("nu")));
      case "uniform-cube" -> new UniformCube(d);
      case "uniform-sphere" -> new UniformSphere(Math.max(2, d));
      case "tokens-zipf" -> new TokenSequences(p.integer("vocabulary"), p.integer("length"), d,
          TokenSequences.Order.ZIPF, 1.1, s);
      case "tokens-markov" -> new TokenSequences(p.integer("vocabulary"), p.integer("length"), d,
          TokenSequences.Order.MARKOV, 0, s);
      default -> throw new IllegalArgumentException("unknown family " + p.text("family"));
    };
  }

  /** Bandwidths scale with the input dimension, so kernels are neither flat nor diagonal. */
  static Kernel kernel(Parameters p, InputFamily family) {
    int dim = family.dimension();
    return switch (p.text("kernel")) {
      case "rbf" -> new Rbf(dim);
      case "laplace" -> new Laplace(Math.sqrt(dim));
      case "arc-cosine" -> new ArcCosine();
      case "arc-cosine-0" -> new ArcCosineZero();
      case "relu-ntk" -> new ReluNtk(2);
      case "attention-pooled" -> family instanceof TokenSequences t
          ? new AttentionPooled(new Rbf(t.width()), t.length(), t.width(), p.seed() + 3)
          : new AttentionPooled(new Rbf(dim), 1, dim, p.seed() + 3);
      default -> throw new IllegalArgumentException("unknown kernel " + p.text("kernel"));
    };
  }
}
