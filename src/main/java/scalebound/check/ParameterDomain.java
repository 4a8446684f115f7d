package scalebound.check;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The values a scenario lets one experiment parameter take: a fixed value, a list of choices,
 * or an integer or real range {@code lo..hi}. Each becomes a jqwik arbitrary, so draws shrink
 * toward simple values (the first choice, the low end of a range).
 */
sealed interface ParameterDomain {
  Arbitrary<Object> arbitrary();

  /** The domain as written in a scenario file: a value, [a, b], lo..hi. */
  String describe();

  /** The one value of a single-valued domain (a fixed value, a list of one); empty if it has several. */
  default Optional<Object> single() {
    return Optional.empty();
  }

  record Fixed(Object value) implements ParameterDomain {
    @Override
    public Arbitrary<Object> arbitrary() {
      return Arbitraries.just(value);
    }

    @Override
    public String describe() {
      return String.valueOf(value);
    }

    @Override
    public Optional<Object> single() {
      return Optional.of(value);
    }
  }

  record Choice(List<Object> values) implements ParameterDomain {
    @Override
    public Arbitrary<Object> arbitrary() {
      return Arbitraries.of(values);
    }

    @Override
    public String describe() {
      return values.toString();
    }

    @Override
    public Optional<Object> single() {
      return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }
  }

  record IntegerRange(int low, int high) implements ParameterDomain {
    @Override
    public Arbitrary<Object> arbitrary() {
      return Arbitraries.integers().between(low, high).map(i -> (Object) i);
    }

    @Override
    public String describe() {
      return low + ".." + high;
    }
  }

  record RealRange(double low, double high) implements ParameterDomain {
    @Override
    public Arbitrary<Object> arbitrary() {
      return Arbitraries.doubles().between(low, high).ofScale(3).map(d -> (Object) d);
    }

    @Override
    public String describe() {
      return low + ".." + high;
    }
  }
}
