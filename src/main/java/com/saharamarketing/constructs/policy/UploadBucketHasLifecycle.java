package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import com.saharamarketing.constructs.UploadBucket;
import java.util.Optional;

/**
 * The bucket of an {@link UploadBucket} has at least one lifecycle rule, so abandoned uploads of
 * customer data do not stay forever.
 */
public final class UploadBucketHasLifecycle extends PolicyRule {
  @Override
  protected boolean appliesTo(String type) {
    return type.equals("google_storage_bucket");
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    if (!(resource.getNode().getScope() instanceof UploadBucket)) {
      return Optional.empty();
    }
    return view.block("lifecycle_rule").isPresent()
        ? Optional.empty()
        : Optional.of("the upload bucket has no lifecycle rule. Fix: add a lifecycle_rule (the UploadBucket construct adds one).");
  }
}
