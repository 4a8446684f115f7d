package scalebound.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.theorem.Theorem;

/**
 * A random law of the documented class: a floor plus terms c_k·Π x^(p)·Π Log(x)^(l)·Exp(-g_k·Π x^(e))
 * over one to three resources (names drawn from case pairs such as n/N and a Q) and at most one
 * tunable with 0 < tunable <= 1, the cost a product of powers of the resources. The terms are
 * the shapes of scaling-law theorems: power terms in one or two resources with or without a log
 * factor, optimisation noise tunable^b, optimisation error tunable^(-b)·x^(-a), an exponential
 * Exp(-g·tunable·x) with or without a prefactor, the coupled growth (tunable·x)^b·y^(-a) of the
 * restated T1, and an exponential in a resource alone.
 */
record RandomLaw(List<String> resources, Map<String, Integer> weights, String tunable, List<Part> parts, boolean floor) {

  /** One term: its powers p (negative: decays), log powers l and the powers e of its exponential's argument. */
  record Part(Map<String, BigFraction> power, Map<String, BigFraction> log, Map<String, BigFraction> decay) {}

  private static final List<String> RESOURCE_NAMES = List.of("N", "D", "T", "n", "Q", "m");
  private static final List<String> TUNABLE_NAMES = List.of("eta", "lr");
  private static final BigFraction[] DECAYS = {new BigFraction(1, 4), new BigFraction(1, 3), new BigFraction(1, 2),
      new BigFraction(2, 3), BigFraction.ONE, new BigFraction(3, 2), BigFraction.TWO, new BigFraction(3)};
  private static final BigFraction[] LOGS = {new BigFraction(1, 2), BigFraction.ONE, BigFraction.TWO};
  private static final BigFraction[] NOISE = {new BigFraction(1, 2), BigFraction.ONE, BigFraction.TWO};

  static RandomLaw draw(long seed) {
    Random r = new Random(seed);
    List<String> names = new ArrayList<>(RESOURCE_NAMES);
    Collections.shuffle(names, r);
    List<String> resources = List.copyOf(names.subList(0, 1 + r.nextInt(3)));
    Map<String, Integer> weights = new LinkedHashMap<>();
    resources.forEach(x -> weights.put(x, r.nextInt(4) == 0 ? 2 : 1));
    String tunable = r.nextBoolean() ? TUNABLE_NAMES.get(r.nextInt(TUNABLE_NAMES.size())) : null;
    List<Part> parts = new ArrayList<>();
    for (String x : resources) {
      if (r.nextInt(100) < 85) {
        parts.add(power(r, List.of(x)));
      }
    }
    if (resources.size() > 1) {
      for (int k = r.nextInt(3); k > 0; k--) {
        List<String> pair = new ArrayList<>(resources);
        Collections.shuffle(pair, r);
        parts.add(power(r, pair.subList(0, 2)));
      }
    }
    String x = resources.get(r.nextInt(resources.size()));
    if (tunable != null) {
      if (r.nextInt(100) < 80) {
        parts.add(new Part(Map.of(tunable, pick(r, NOISE)), Map.of(), Map.of()));
      }
      if (r.nextInt(100) < 60) {
        parts.add(new Part(Map.of(tunable, pick(r, NOISE).negate(), x, pick(r, DECAYS).negate()), Map.of(), Map.of()));
      }
      if (r.nextInt(100) < 50) {
        Map<String, BigFraction> prefactor = new LinkedHashMap<>();
        if (r.nextBoolean()) {
          String y = resources.get(r.nextInt(resources.size()));
          prefactor.put(y, pick(r, DECAYS).negate());
        }
        parts.add(new Part(prefactor, Map.of(), Map.of(tunable, BigFraction.ONE, x, BigFraction.ONE)));
      }
      if (resources.size() > 1 && r.nextInt(100) < 30) {
        String y = resources.stream().filter(z -> !z.equals(x)).toList().get(0);
        BigFraction b = pick(r, NOISE);
        parts.add(new Part(Map.of(tunable, b, x, b, y, pick(r, DECAYS).negate()), Map.of(), Map.of()));
      }
    } else if (r.nextInt(100) < 15) {
      Map<String, BigFraction> prefactor = new LinkedHashMap<>();
      String y = resources.get(r.nextInt(resources.size()));
      if (!y.equals(x)) {
        prefactor.put(y, pick(r, DECAYS).negate());
      }
      parts.add(new Part(prefactor, Map.of(), Map.of(x, BigFraction.ONE)));
    }
    if (parts.isEmpty()) {
      parts.add(power(r, List.of(x)));
    }
    return new RandomLaw(resources, weights, tunable, parts, r.nextInt(100) < 30);
  }

  private static Part power(Random r, List<String> over) {
    Map<String, BigFraction> p = new LinkedHashMap<>();
    over.forEach(x -> p.put(x, pick(r, DECAYS).negate()));
    Map<String, BigFraction> l = r.nextInt(100) < 30 ? Map.of(over.get(r.nextInt(over.size())), pick(r, LOGS)) : Map.of();
    return new Part(p, l, Map.of());
  }

  private static BigFraction pick(Random r, BigFraction[] from) {
    return from[r.nextInt(from.length)];
  }

  List<String> variables() {
    List<String> v = new ArrayList<>(resources);
    if (tunable != null) {
      v.add(tunable);
    }
    return v;
  }

  String bound() {
    StringJoiner sum = new StringJoiner(" + ");
    if (floor) {
      sum.add("F");
    }
    for (int k = 0; k < parts.size(); k++) {
      Part p = parts.get(k);
      StringBuilder t = new StringBuilder("c" + k);
      p.power().forEach((x, e) -> t.append('*').append(x).append("^(").append(text(e)).append(')'));
      p.log().forEach((x, e) -> t.append("*Log(").append(x).append(")^(").append(text(e)).append(')'));
      if (!p.decay().isEmpty()) {
        t.append("*Exp(-g").append(k);
        p.decay().forEach((x, e) -> t.append('*').append(x).append("^(").append(text(e)).append(')'));
        t.append(')');
      }
      sum.add(t);
    }
    return sum.toString();
  }

  String cost() {
    StringJoiner c = new StringJoiner("*");
    weights.forEach((x, w) -> c.add(w == 1 ? x : x + "^" + w));
    return c.toString();
  }

  Theorem theorem() {
    StringJoiner constants = new StringJoiner(", ");
    if (floor) {
      constants.add("F: \"F > 0\"");
    }
    for (int k = 0; k < parts.size(); k++) {
      constants.add("c" + k + ": \"c" + k + " > 0\"");
      if (!parts.get(k).decay().isEmpty()) {
        constants.add("g" + k + ": \"g" + k + " > 0\"");
      }
    }
    return Fixtures.theorem(String.join(", ", resources), tunable == null ? "" : tunable, constants.toString(),
        tunable == null ? "" : "\"0 < " + tunable + " <= 1\"", bound(), cost());
  }

  private static String text(BigFraction f) {
    return f.getDenominatorAsLong() == 1 ? f.getNumerator().toString() : f.getNumerator() + "/" + f.getDenominator();
  }

  @Override
  public String toString() {
    return "bound " + bound() + ", cost " + cost() + (tunable == null ? "" : ", 0 < " + tunable + " <= 1");
  }
}
