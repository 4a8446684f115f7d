package scalebound.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import scalebound.input.YamlFile;
import scalebound.math.Relation;
import scalebound.proof.ProofScript.Located;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;

/**
 * What reading a proof file's parts shares: the file's node tree, the symbols it declares and the
 * reader of its expressions, and the readers of facts, expressions, conditions and plain values,
 * each reporting a problem with line, key and what was expected.
 */
abstract class ProofFields {
  final YamlFile yaml;
  final Set<String> symbols;
  ExpressionReader reader;

  ProofFields(YamlFile yaml, Set<String> symbols) {
    this.yaml = yaml;
    this.symbols = symbols;
  }

  List<Node> items(Node node, String key) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    yaml.problem(node, key, "expected a list of mappings");
    return List.of();
  }

  List<Located> conditionList(NodeTuple t, String key) {
    List<Located> out = new ArrayList<>();
    if (t == null) {
      return out;
    }
    List<ScalarNode> items = yaml.list(t.getValueNode(), key, "[\"x > 0\"]");
    if (items != null) {
      for (ScalarNode item : items) {
        Expression c = condition(item, key);
        if (c != null) {
          out.add(new Located(c, YamlFile.line(item)));
        }
      }
    }
    return out;
  }

  String text(Map<String, NodeTuple> e, String key) {
    NodeTuple t = e.get(key);
    return t == null ? null : yaml.scalar(t.getValueNode(), key, "a value");
  }

  String required(Map<String, NodeTuple> e, MappingNode m, String context, String key) {
    if (!e.containsKey(key)) {
      yaml.problem(m, context + "." + key, "missing");
      return null;
    }
    return yaml.scalar(e.get(key).getValueNode(), context + "." + key, "a value");
  }

  Fact fact(NodeTuple t, MappingNode m, String key) {
    if (t == null) {
      yaml.problem(m, key, "missing; every step states the fact it establishes, e.g. fact: \"a <= b\"");
      return null;
    }
    if (!(t.getValueNode() instanceof ScalarNode s)) {
      yaml.problem(t.getValueNode(), key, "expected a relation \"lhs <= rhs\"");
      return null;
    }
    Expression c = condition(s, key);
    if (c == null) {
      return null;
    }
    Relation r = Relation.of(c.symja().head());
    if (r == null || c.symja().argSize() != 2) {
      yaml.problem(s, key, "a fact is one relation lhs REL rhs (no chains), found \"" + s.getValue() + "\"");
      return null;
    }
    return new Fact(Expression.of(c.symja().getAt(1)), r, Expression.of(c.symja().getAt(2)), s.getValue());
  }

  Expression expression(Node node, String key) {
    String value = yaml.scalar(node, key, "an expression");
    if (value == null) {
      return null;
    }
    try {
      return reader.expression(value);
    } catch (ExpressionSyntaxException ex) {
      yaml.problem(node, key, ex.getMessage() + " in \"" + value + "\"");
      return null;
    }
  }

  Expression condition(ScalarNode node, String key) {
    try {
      return reader.condition(node.getValue());
    } catch (ExpressionSyntaxException ex) {
      yaml.problem(node, key, ex.getMessage() + " in \"" + node.getValue() + "\"");
      return null;
    }
  }
}
