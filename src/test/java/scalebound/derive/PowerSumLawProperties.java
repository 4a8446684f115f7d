package scalebound.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.theorem.Theorem;

/**
 * For Σ c_i x_i^(-a_i) with cost Π x_i the compute law is known in closed form: the exponent is
 * -1/Σ(1/a_j) and x_i ∝ C^((1/a_i)/Σ(1/a_j)) (equalise the rates a_i s_i under Σ s_i = 1).
 */
class PowerSumLawProperties {
  @Provide
  Arbitrary<List<BigFraction>> exponents() {
    Arbitrary<BigFraction> a = Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 9))
        .as(BigFraction::new);
    return a.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property
  void theComputeLawOfAPowerSumIsTheHarmonicCombination(@ForAll("exponents") List<BigFraction> a) throws Exception {
    List<String> resources = new ArrayList<>();
    List<String> constants = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      resources.add("x" + i);
      constants.add("c" + i + ": \"c" + i + " > 0\"");
      terms.add("c" + i + "*x" + i + "^(-(" + a.get(i).getNumerator() + "/" + a.get(i).getDenominator() + "))");
    }
    Theorem t = Fixtures.theorem(String.join(", ", resources), "", String.join(", ", constants), "",
        String.join(" + ", terms), String.join("*", resources));
    Law law = Deriver.derive(t, false).compute().orElseThrow();
    BigFraction harmonic = BigFraction.ZERO;
    for (BigFraction ai : a) {
      harmonic = harmonic.add(ai.reciprocal());
    }
    assertEquals(harmonic.reciprocal().negate(), law.exponent());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).reciprocal().divide(harmonic), law.allocation().get("x" + i), "allocation of x" + i);
    }
    assertEquals(BigFraction.ZERO, law.logPower());
  }
}
