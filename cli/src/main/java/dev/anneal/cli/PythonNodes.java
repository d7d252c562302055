package dev.anneal.cli;

import dev.anneal.spec.Add;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.Context;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineCycles;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.Hold;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.LogLinear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.NodeVisitor;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Rex;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Shift;
import dev.anneal.spec.Step;
import dev.anneal.spec.Steps;
import dev.anneal.spec.Tanh;
import dev.anneal.spec.TorchNode;
import dev.anneal.spec.Warmup;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A native node as a Python expression: a call of the exported module's builder for its type
 * ({@code _linear(0.0, 0.0003, 500)}), with every duration resolved to whole steps ({@code "5%"},
 * {@code "2ep"} and {@code rest} included), nested as the tree is.
 */
final class PythonNodes implements NodeVisitor<String> {
  private final Context context;
  private final String indent;
  /** The steps of a sequence's {@code rest} part, for that part; null elsewhere. */
  private final @Nullable Long rest;

  private PythonNodes(Context context, String indent, @Nullable Long rest) {
    this.context = context;
    this.indent = indent;
    this.rest = rest;
  }

  /** {@return {@code node} as a Python expression, continued lines indented by {@code indent}} */
  static String of(Node node, Context context, String indent) {
    return node.accept(new PythonNodes(context, indent, null));
  }

  private String steps(@Nullable Steps steps) {
    if (steps == null) return "None";
    if (steps == Steps.rest() && rest != null) return Long.toString(rest);
    return Long.toString(steps.resolve(context));
  }

  private String nested(String builder, List<String> before, List<Node> members) {
    String inner = indent + "    ";
    StringBuilder text = new StringBuilder(builder).append('(');
    for (String arg : before) text.append(arg).append(", ");
    text.append("[\n");
    for (Node member : members) text.append(inner).append(member.accept(new PythonNodes(context, inner, null))).append(",\n");
    return text.append(indent).append("])").toString();
  }

  private String child(Node node) {
    return node.accept(new PythonNodes(context, indent, null));
  }

  @Override public String visit(Constant node) { return "_constant(" + Python.literal(node.value()) + ", " + steps(node.steps()) + ")"; }
  @Override public String visit(Linear node) { return "_linear(" + args(node.from(), node.to()) + steps(node.steps()) + ")"; }
  @Override public String visit(LogLinear node) { return "_log_linear(" + args(node.from(), node.to()) + steps(node.steps()) + ")"; }
  @Override public String visit(Cosine node) {
    if (node.k() != 1) return "_cosine_k(" + args(node.from(), node.to()) + steps(node.steps()) + ", " + Python.literal(node.k()) + ")";
    return "_cosine(" + args(node.from(), node.to()) + steps(node.steps()) + ")";
  }
  @Override
  public String visit(CosineCycles node) {
    return "_cosine_cycles(" + args(node.from(), node.to()) + steps(node.steps()) + ", "
        + args(node.cycles()) + Python.literal(node.hardRestarts()) + ")";
  }

  @Override public String visit(OneMinusSqrt node) { return "_one_minus_sqrt(" + args(node.from(), node.to()) + steps(node.steps()) + ")"; }

  @Override public String visit(Rex node) { return "_rex(" + args(node.from(), node.to()) + steps(node.steps()) + ")"; }

  @Override
  public String visit(Tanh node) {
    return "_tanh(" + args(node.from(), node.to()) + steps(node.steps()) + ", " + Python.literal(node.lb()) + ", " + Python.literal(node.ub()) + ")";
  }

  @Override
  public String visit(Polynomial node) {
    String power = Python.literal(node.power());
    if (node.k() != 1) return "_polynomial_k(" + args(node.from(), node.to()) + steps(node.steps()) + ", " + power + ", " + Python.literal(node.k()) + ")";
    return "_polynomial(" + args(node.from(), node.to()) + steps(node.steps()) + ", " + power + ")";
  }

  @Override
  public String visit(Exponential node) {
    return "_exponential(" + args(node.from(), node.rate(), node.every(), node.staircase()) + steps(node.steps()) + ")";
  }

  @Override
  public String visit(Step node) {
    return "_step(" + args(node.from(), node.gamma(), node.every()) + steps(node.steps()) + ")";
  }

  @Override
  public String visit(MultiStep node) {
    return "_multistep(" + args(node.from(), node.gamma(), node.milestones()) + steps(node.steps()) + ")";
  }

  @Override
  public String visit(PiecewiseConstant node) {
    return "_piecewise_constant(" + args(node.values(), node.boundaries()) + steps(node.steps()) + ")";
  }

  @Override
  public String visit(InverseSqrt node) {
    return "_inverse_sqrt(" + args(node.from(), node.timescale()) + steps(node.steps()) + ")";
  }

  /** The arguments, each followed by a comma and a space. */
  private static String args(@Nullable Object... args) {
    StringBuilder text = new StringBuilder();
    for (Object arg : args) text.append(Python.literal(arg)).append(", ");
    return text.toString();
  }

  @Override
  public String visit(Sequence node) {
    List<Node> parts = node.parts();
    int restIndex = Durations.restIndex(parts);
    String inner = indent + "    ";
    StringBuilder text = new StringBuilder("_sequence([\n");
    for (int i = 0; i < parts.size(); i++) {
      Long steps = i == restIndex ? new Durations(context).rest(parts, i) : null;
      text.append(inner).append(parts.get(i).accept(new PythonNodes(context, inner, steps))).append(",\n");
    }
    return text.append(indent).append("])").toString();
  }

  @Override
  public String visit(Warmup node) {
    return "_warmup(" + args(node.steps().resolve(context), node.from()) + child(node.then()) + ")";
  }

  @Override
  public String visit(Restarts node) {
    return "_restarts(" + child(node.of()) + ", " + args(node.periodMult(), node.decay()) + Python.literal(node.cycles()) + ")";
  }

  @Override public String visit(Scale node) { return "_scale(" + args(node.by()) + child(node.of()) + ")"; }
  @Override public String visit(Multiply node) { return nested("_multiply", List.of(), node.of()); }
  @Override public String visit(Add node) { return nested("_add", List.of(), node.of()); }
  @Override public String visit(Clamp node) { return "_clamp(" + args(node.min(), node.max()) + child(node.of()) + ")"; }
  @Override public String visit(Shift node) { return "_shift(" + args(node.by()) + child(node.of()) + ")"; }
  @Override public String visit(Hold node) { return "_hold(" + args(node.every()) + child(node.of()) + ")"; }

  @Override
  public String visit(TorchNode node) {
    return "_torch(lambda optimizer: " + PythonTorch.of(node, indent + "    ") + ", _TORCH_LR)";
  }
}
