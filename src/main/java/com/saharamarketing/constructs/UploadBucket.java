package com.saharamarketing.constructs;

import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucket;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketLifecycleRule;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketLifecycleRuleAction;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketLifecycleRuleCondition;
import java.util.List;
import software.constructs.Construct;

/**
 * A private GCS bucket that receives CSV uploads for load jobs: uniform bucket-level access,
 * public access prevention enforced, never force-destroyed.
 *
 * <p>It is not versioned: every upload has a content-addressed name, so Terraform deletes the old
 * object itself when a CSV changes. A lifecycle rule aborts multipart uploads left incomplete for
 * a day.
 */
public class UploadBucket extends Construct {
  private final StorageBucket bucket;
  private final String bucketName;

  public UploadBucket(Construct scope, String id, UploadBucketConfig config) {
    super(scope, id);
    this.bucketName = config.bucketName();
    this.bucket =
        SecureBuckets.builder(this, "bucket", config.projectId(), config.bucketName(),
                config.location(), config.labels(), config.kmsKeyName())
            .lifecycleRule(
                List.of(
                    StorageBucketLifecycleRule.builder()
                        .action(
                            StorageBucketLifecycleRuleAction.builder()
                                .type("AbortIncompleteMultipartUpload")
                                .build())
                        .condition(StorageBucketLifecycleRuleCondition.builder().age(1).build())
                        .build()))
            .build();
  }

  /** The underlying provider resource. */
  public StorageBucket getResource() {
    return bucket;
  }

  /** The bucket name as configured (known at synthesis). */
  public String getBucketName() {
    return bucketName;
  }
}
