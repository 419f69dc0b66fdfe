package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Optional;

/**
 * Buckets use uniform bucket-level access, so object ACLs cannot grant access that IAM does not
 * show.
 *
 * @see <a href="https://cloud.google.com/storage/docs/uniform-bucket-level-access">Uniform
 *     bucket-level access</a>
 */
public final class BucketUniformAccessEnabled extends PolicyRule {
  @Override
  protected boolean appliesTo(String type) {
    return type.equals("google_storage_bucket");
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    return view.isLiteral("uniform_bucket_level_access", true)
        ? Optional.empty()
        : Optional.of("bucket allows object ACLs. Fix: set uniform_bucket_level_access = true.");
  }
}
