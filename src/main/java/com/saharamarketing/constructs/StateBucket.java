package com.saharamarketing.constructs;

import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucket;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketLifecycleRule;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketLifecycleRuleAction;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketLifecycleRuleCondition;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketVersioning;
import java.util.List;
import software.constructs.Construct;

/**
 * A GCS bucket for Terraform state: versioned, uniform bucket-level access, public access
 * prevention enforced, never force-destroyed, and old noncurrent versions trimmed.
 *
 * <p>State holds every secret Terraform knows, so none of these can be turned off. Deploy it in
 * its own stack on a local backend: a backend bucket must exist before {@code terraform init}.
 *
 * @see <a href="https://cloud.google.com/docs/terraform/resource-management/store-state">Store
 *     Terraform state in a Cloud Storage bucket</a>
 */
public class StateBucket extends Construct {
  private final StorageBucket bucket;
  private final String bucketName;

  public StateBucket(Construct scope, String id, StateBucketConfig config) {
    super(scope, id);
    this.bucketName = config.bucketName();
    this.bucket =
        SecureBuckets.builder(this, "bucket", config.projectId(), config.bucketName(),
                config.location(), config.labels(), config.kmsKeyName())
            .versioning(StorageBucketVersioning.builder().enabled(true).build())
            .lifecycleRule(
                List.of(
                    StorageBucketLifecycleRule.builder()
                        .action(StorageBucketLifecycleRuleAction.builder().type("Delete").build())
                        .condition(
                            StorageBucketLifecycleRuleCondition.builder()
                                .withState("ARCHIVED")
                                .numNewerVersions(config.noncurrentVersionsKept())
                                .build())
                        .build()))
            .build();
  }

  /** The underlying provider resource. */
  public StorageBucket getResource() {
    return bucket;
  }

  /** The bucket name, for a {@code GcsBackend}. */
  public String getBucketName() {
    return bucketName;
  }
}
