package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Optional;

/**
 * Buckets are never {@code force_destroy}: a {@code terraform destroy} or a replacement must not
 * delete the objects (Terraform state, customer uploads) with them.
 */
public final class BucketNotForceDestroyed extends PolicyRule {
  @Override
  protected boolean appliesTo(String type) {
    return type.equals("google_storage_bucket");
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    return !view.has("force_destroy") || view.isLiteral("force_destroy", false)
        ? Optional.empty()
        : Optional.of("destroying the bucket deletes every object in it. Fix: remove force_destroy or set it to false.");
  }
}
