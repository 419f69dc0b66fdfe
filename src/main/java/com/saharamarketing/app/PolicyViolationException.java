package com.saharamarketing.app;

import com.saharamarketing.constructs.policy.PolicyPack;
import java.util.List;

/** The stacks break policy rules (or carry other error annotations); nothing was written. */
public final class PolicyViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<PolicyPack.Finding> findings;

  PolicyViolationException(List<PolicyPack.Finding> findings) {
    super(message(findings));
    this.findings = List.copyOf(findings);
  }

  /** Every finding: rule, construct path and what to fix. */
  public List<PolicyPack.Finding> findings() {
    return findings;
  }

  private static String message(List<PolicyPack.Finding> findings) {
    StringBuilder text = new StringBuilder(findings.size() + " policy finding(s); nothing was written. "
        + "Fix each, or suppress one with PolicyPack.suppress(construct, ruleId, reason):");
    findings.forEach(f -> text.append("\n  ").append(f));
    return text.toString();
  }
}
