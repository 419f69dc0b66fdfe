package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Optional;

/**
 * Buckets enforce public access prevention, so no IAM grant can make their objects public.
 *
 * @see <a href="https://cloud.google.com/storage/docs/public-access-prevention">Public access
 *     prevention</a>
 */
public final class BucketPublicAccessPrevented extends PolicyRule {
  @Override
  protected boolean appliesTo(String type) {
    return type.equals("google_storage_bucket");
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    return "enforced".equals(view.get("public_access_prevention").orElse(null))
        ? Optional.empty()
        : Optional.of("bucket can be made public. Fix: set public_access_prevention = \"enforced\".");
  }
}
