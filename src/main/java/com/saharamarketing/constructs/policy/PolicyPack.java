package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.Annotations;
import com.hashicorp.cdktf.Aspects;
import com.hashicorp.cdktf.IAspect;
import com.hashicorp.cdktf.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.constructs.IConstruct;
import software.constructs.MetadataEntry;

/**
 * A set of {@link PolicyRule}s applied as a cdktf Aspect, in the style of cdk-nag. Each
 * non-compliant resource gets an error annotation {@code [RuleId] problem Fix: how}; cdktf then
 * fails {@code app.synth()} (the cdktf CLI, which sets {@code
 * CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS}, prints them instead), and {@link #errors} lists
 * them for a readable report.
 *
 * <pre>{@code
 * TerraformStack stack = new TerraformStack(app, "analytics");
 * PolicyPack.defaults().applyTo(stack);
 * StorageBucket legacy = ...;
 * PolicyPack.suppress(legacy, "BucketUniformAccessEnabled", "legacy ACL readers until 2027-06, ticket OPS-12");
 * app.synth();
 * }</pre>
 *
 * <p>Default rules: {@link BucketUniformAccessEnabled}, {@link BucketPublicAccessPrevented},
 * {@link BucketNotForceDestroyed}, {@link StateBucketVersioned}, {@link
 * UploadBucketHasLifecycle}, {@link NoPublicPrincipals}, {@link DeletionProtectionExplicit},
 * {@link JobHasLocation}, {@link LabelsPresent}; {@link CmekConfigured} with {@link
 * Builder#requireCmek()}.
 */
public final class PolicyPack implements IAspect {
  /** Node metadata type under which a suppression and its reason are recorded. */
  public static final String SUPPRESSION_METADATA = "sahara:policy-suppression";

  // The metadata type cdktf writes for Annotations.addError (AnnotationMetadataEntryType.ERROR).
  private static final String ERROR = "@cdktf/error";
  private static final Pattern RULE_MESSAGE = Pattern.compile("\\[(\\w+)] (.*)", Pattern.DOTALL);

  private final List<PolicyRule> rules;

  private PolicyPack(List<PolicyRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The default rules. */
  public static PolicyPack defaults() {
    return builder().build();
  }

  /** Starts from the default rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this pack runs, in order. */
  public List<PolicyRule> rules() {
    return rules;
  }

  /** Adds this pack as an Aspect of the scope (a stack or the whole app); returns the pack. */
  public PolicyPack applyTo(IConstruct scope) {
    Aspects.of(scope).add(this);
    return this;
  }

  @Override
  public void visit(IConstruct node) {
    if (!(node instanceof TerraformResource resource)) {
      return;
    }
    ResourceView view = ResourceView.of(resource);
    for (PolicyRule rule : rules) {
      Optional<String> problem = rule.evaluate(resource, view);
      if (problem.isEmpty()) {
        continue;
      }
      String message = "[" + rule.id() + "] " + view.type() + ": " + problem.get();
      Optional<String> reason = suppressionReason(resource, rule.id());
      if (reason.isPresent()) {
        Annotations.of(resource).addWarning(message + " Suppressed: " + reason.get());
      } else {
        Annotations.of(resource).addError(message);
      }
    }
  }

  /**
   * Suppresses one rule on a construct and everything under it. The reason is recorded on the
   * construct (metadata {@value #SUPPRESSION_METADATA}) and every suppressed finding becomes a
   * warning annotation quoting it.
   *
   * @throws IllegalArgumentException when the rule id or the reason is blank
   */
  public static void suppress(IConstruct construct, String ruleId, String reason) {
    Objects.requireNonNull(construct, "construct");
    if (ruleId == null || ruleId.isBlank()) {
      throw new IllegalArgumentException("ruleId: a rule id such as 'BucketNotForceDestroyed' is required");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason: suppressing " + ruleId + " on "
          + construct.getNode().getPath() + " needs a written reason, e.g. a ticket and an end date");
    }
    Map<String, String> data = new TreeMap<>();
    data.put("ruleId", ruleId.strip());
    data.put("reason", reason.strip());
    construct.getNode().addMetadata(SUPPRESSION_METADATA, data);
  }

  private static Optional<String> suppressionReason(IConstruct construct, String ruleId) {
    for (IConstruct c = construct; c != null; c = c.getNode().getScope()) {
      for (MetadataEntry entry : c.getNode().getMetadata()) {
        if (SUPPRESSION_METADATA.equals(entry.getType()) && entry.getData() instanceof Map<?, ?> data
            && ruleId.equals(data.get("ruleId"))) {
          return Optional.of(String.valueOf(data.get("reason")));
        }
      }
    }
    return Optional.empty();
  }

  /** One error annotation: the rule (or "" for a non-policy error), where, and the message. */
  public record Finding(String ruleId, String constructPath, String message) {
    @Override
    public String toString() {
      return (ruleId.isEmpty() ? "" : ruleId + " ") + "at " + constructPath + ": " + message;
    }
  }

  /**
   * Every error annotation under root, policy findings and others, in construct-tree order. Call
   * it after synthesis (which runs the Aspects), including after a failed one.
   */
  public static List<Finding> errors(IConstruct root) {
    List<Finding> out = new ArrayList<>();
    for (IConstruct c : root.getNode().findAll()) {
      for (MetadataEntry entry : c.getNode().getMetadata()) {
        if (ERROR.equals(entry.getType())) {
          String text = String.valueOf(entry.getData());
          Matcher m = RULE_MESSAGE.matcher(text);
          out.add(m.matches()
              ? new Finding(m.group(1), c.getNode().getPath(), m.group(2))
              : new Finding("", c.getNode().getPath(), text));
        }
      }
    }
    return out;
  }

  /** Builder of a {@link PolicyPack}: the default rules plus any added. */
  public static final class Builder {
    private final List<PolicyRule> rules = new ArrayList<>(List.of(
        new BucketUniformAccessEnabled(), new BucketPublicAccessPrevented(),
        new BucketNotForceDestroyed(), new StateBucketVersioned(), new UploadBucketHasLifecycle(),
        new NoPublicPrincipals(), new DeletionProtectionExplicit(), new JobHasLocation(),
        new LabelsPresent()));

    private Builder() {}

    /** Adds {@link CmekConfigured}: every bucket and dataset must use a Cloud KMS key. */
    public Builder requireCmek() {
      return rule(new CmekConfigured());
    }

    /** Adds a rule of your own. */
    public Builder rule(PolicyRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    public PolicyPack build() {
      return new PolicyPack(rules);
    }
  }
}
