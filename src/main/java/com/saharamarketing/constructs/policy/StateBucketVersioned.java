package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import com.saharamarketing.constructs.StateBucket;
import java.util.Map;
import java.util.Optional;

/**
 * The bucket of a {@link StateBucket} is versioned, so a corrupted or deleted state can be
 * restored.
 */
public final class StateBucketVersioned extends PolicyRule {
  @Override
  protected boolean appliesTo(String type) {
    return type.equals("google_storage_bucket");
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    if (!(resource.getNode().getScope() instanceof StateBucket)) {
      return Optional.empty();
    }
    Object enabled = view.block("versioning").map((Map<?, ?> m) -> m.get("enabled")).orElse(null);
    return Boolean.TRUE.equals(enabled) || "true".equals(enabled)
        ? Optional.empty()
        : Optional.of("the Terraform state bucket keeps no old versions. Fix: set versioning { enabled = true }.");
  }
}
