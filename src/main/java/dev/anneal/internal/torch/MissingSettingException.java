package dev.anneal.internal.torch;

/**
 * A node that needs a setting of the file around it (such as {@code base_lr} for most torch
 * nodes) which the file does not give. It is not a key of the node, so it is reported at the node.
 */
public final class MissingSettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String nodeType;
  private final String setting;
  private final String meaning;

  public MissingSettingException(String nodeType, String setting, String meaning) {
    super(nodeType + ": " + setting + " must be given in the file (" + meaning + "), got none");
    this.nodeType = nodeType;
    this.setting = setting;
    this.meaning = meaning;
  }

  /** The type of the node that needs the setting, e.g. {@code torch.StepLR}. */
  public String nodeType() {
    return nodeType;
  }

  /** The file-level key, e.g. {@code base_lr}. */
  public String setting() {
    return setting;
  }

  /** What the setting is, e.g. {@code the optimizer's lr}. */
  public String meaning() {
    return meaning;
  }
}
