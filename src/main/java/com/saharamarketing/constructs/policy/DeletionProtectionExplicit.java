package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Optional;

/**
 * Tables and views set {@code deletion_protection} explicitly: the provider's default (true)
 * blocks the replacement a changed schema forces, and an unstated default hides the policy.
 */
public final class DeletionProtectionExplicit extends PolicyRule {
  @Override
  protected boolean appliesTo(String type) {
    return type.equals("google_bigquery_table");
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    return view.has("deletion_protection")
        ? Optional.empty()
        : Optional.of("deletion_protection is left to the provider default. Fix: set deletion_protection to true or false explicitly.");
  }
}
