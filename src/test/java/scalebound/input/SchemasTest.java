package scalebound.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published JSON Schemas of the three input formats (schemas/, for editors that complete and
 * validate YAML) accept every file of the bundled library and the test fixtures that are valid,
 * reject malformed ones, and list exactly the keys the loaders accept, so the two cannot drift.
 */
class SchemasTest {
  private static Schema schema(String name) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("schemas", name + ".schema.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
    }
  }

  private static List<Path> yaml(String... dirs) throws IOException {
    List<Path> out = new java.util.ArrayList<>();
    for (String d : dirs) {
      try (Stream<Path> s = Files.walk(Path.of(d))) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  private static List<Error> errors(Schema schema, Path file) throws IOException {
    return schema.validate(Files.readString(file), InputFormat.YAML);
  }

  @TestFactory
  Stream<DynamicTest> theBundledLibraryMatchesTheSchemas() throws IOException {
    Schema theorem = schema("theorem");
    Schema proof = schema("proof");
    Schema scenario = schema("scenario");
    List<DynamicTest> tests = new java.util.ArrayList<>();
    for (Path p : yaml("theorems", "src/test/resources/wrong-proofs/theorems", "src/test/resources/false-variants")) {
      tests.add(DynamicTest.dynamicTest(p.toString(), () -> assertEquals(List.of(), errors(theorem, p))));
    }
    for (Path p : yaml("proofs-check/yang2025", "src/test/resources/wrong-proofs/proofs")) {
      tests.add(DynamicTest.dynamicTest(p.toString(), () -> assertEquals(List.of(), errors(proof, p))));
    }
    for (Path p : yaml("numerics")) {
      tests.add(DynamicTest.dynamicTest(p.toString(), () -> assertEquals(List.of(), errors(scenario, p))));
    }
    return tests.stream();
  }

  @Test
  void malformedFilesAreRejected() throws IOException {
    Schema theorem = schema("theorem");
    for (String name : List.of("bad-kind", "missing-bound", "source-unknown-key", "resources-scalar",
        "bad-id", "tunables-scalar")) {
      Path file = Path.of("src/test/resources/theorem-files/malformed", name + ".yaml");
      assertFalse(errors(theorem, file).isEmpty(), name + " passes the theorem schema");
    }
    Schema scenario = schema("scenario");
    for (String name : List.of("unknown-check", "missing-bind", "negative-tries", "rate-without-values")) {
      Path file = Path.of("src/test/resources/malformed-scenarios", name + ".yaml");
      assertFalse(errors(scenario, file).isEmpty(), name + " passes the scenario schema");
    }
    Schema proof = schema("proof");
    String wrongKey = Files.readString(Path.of("proofs-check/yang2025/p3-width-threshold.yaml"))
        .replace("    weights: [1, \"n\"]", "    weights: [1, \"n\"]\n    box: {m: [1, 2]}");
    assertFalse(proof.validate(wrongKey, InputFormat.YAML).isEmpty(), "a box on a chain step passes the proof schema");
  }

  @Test
  void theSchemasListExactlyTheKeysTheLoadersAccept() throws Exception {
    assertEquals(new TreeSet<>(scalebound.theorem.TheoremLoader.KEYS), properties("theorem"));
    assertEquals(new TreeSet<>(scalebound.check.ScenarioLoader.KEYS), properties("scenario"));
    assertEquals(new TreeSet<>(scalebound.proof.ProofLibrary.KEYS), properties("proof"));
    JsonNode kinds = new ObjectMapper().readTree(Path.of("schemas/proof.schema.json").toFile())
        .at("/$defs/step/properties/kind/enum");
    Set<String> schemaKinds = new TreeSet<>();
    kinds.forEach(k -> schemaKinds.add(k.asText()));
    assertEquals(new TreeSet<>(scalebound.proof.ProofLibrary.STEP_KINDS), schemaKinds);
  }

  private static Set<String> properties(String name) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Path.of("schemas", name + ".schema.json").toFile());
    Set<String> keys = new TreeSet<>();
    root.get("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
