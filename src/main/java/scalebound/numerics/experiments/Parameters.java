package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values an experiment runs with: every parameter it declares (defaults overridden by a
 * scenario's draw) and the seed all its randomness derives from.
 */
public record Parameters(Map<String, Object> values, long seed) {
  public Parameters {
    values = new LinkedHashMap<>(values);
  }

  public int integer(String name) {
    return ((Number) get(name)).intValue();
  }

  public double real(String name) {
    return ((Number) get(name)).doubleValue();
  }

  public String text(String name) {
    return get(name).toString();
  }

  private Object get(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no parameter '" + name + "'");
    }
    return v;
  }

  public Parameters with(String name, Object value) {
    Map<String, Object> v = new LinkedHashMap<>(values);
    v.put(name, value);
    return new Parameters(v, seed);
  }

  public Parameters withSeed(long newSeed) {
    return new Parameters(values, newSeed);
  }

  /** name=value pairs in declaration order, then the seed: what reproduces a run. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    values.forEach((k, v) -> b.append(k).append('=').append(v).append(' '));
    return b.append("seed=").append(seed).toString();
  }
}
