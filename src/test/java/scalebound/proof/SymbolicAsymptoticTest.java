package scalebound.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/** Asymptotic steps take rational exponents; one in constants is refused by name (proofs-check/README.md). */
class SymbolicAsymptoticTest {
  @Test
  void anExponentInConstantsIsInconclusiveAndNamesThem(@TempDir Path dir) throws Exception {
    String proof = """
        id: fixture.krr-asymptotic
        title: KRR rate at the tuned lambda
        proves: fixture.krr-rate
        concludes: isolated-exponents.n
        symbols:
          n: "n >= 2"
          K: "K > 0"
          r: "r > 0"
          b: "b > 1"
        steps:
          - id: s1
            kind: asymptotic
            in: n
            fact: "n^(-2*r*b/(2*r*b+1)) + n^(-1) <= K*n^(-2*r*b/(2*r*b+1))"
        """;
    ProofVerdict v = Proofs.check(proof, dir, "krr-asymptotic",
        Proofs.library(Path.of("src/test/resources/symbolic-rate/theorems/krr-rate.yaml")));
    Verdict s1 = Proofs.verdictOf(v, "s1");
    assertEquals(Status.INCONCLUSIVE, s1.status(), s1.toString());
    assertTrue(s1.detail().contains("exponents in the constants b, r"), s1.detail());
  }
}
