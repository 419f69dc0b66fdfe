package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Optional;

/**
 * One policy check, in the style of cdk-nag: a class per check, named for the compliant
 * condition. {@link PolicyPack} runs every rule on every resource it applies to and reports a
 * non-compliant resource as an error annotation {@code [RuleId] problem Fix: how}.
 *
 * <p>Rules read the resource as it will be synthesized ({@link ResourceView}), so escape hatches
 * such as {@code addOverride} are checked too.
 */
public abstract class PolicyRule {
  /** The rule id used in findings and suppressions: the class's simple name. */
  public String id() {
    return getClass().getSimpleName();
  }

  /** Whether the rule looks at resources of this Terraform type. */
  protected abstract boolean appliesTo(String terraformResourceType);

  /**
   * Checks one resource. Returns the problem and its fix when it is non-compliant, empty when it
   * complies.
   */
  protected abstract Optional<String> check(TerraformResource resource, ResourceView view);

  /** Runs the rule when it applies to the resource's type. */
  final Optional<String> evaluate(TerraformResource resource, ResourceView view) {
    if (!appliesTo(view.type())) {
      return Optional.empty();
    }
    return check(resource, view);
  }
}
