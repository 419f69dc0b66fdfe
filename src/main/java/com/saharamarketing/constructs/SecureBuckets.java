package com.saharamarketing.constructs;

import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucket;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketEncryption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.constructs.Construct;

/** The settings every bucket of ours shares, whatever it holds. */
final class SecureBuckets {
  private SecureBuckets() {}

  static StorageBucket.Builder builder(
      Construct scope, String id, String projectId, String name, String location,
      Map<String, String> labels, Optional<String> kmsKeyName) {
    StorageBucket.Builder builder = StorageBucket.Builder.create(scope, id)
        .project(projectId)
        .name(name)
        // GCS reports locations in upper case; using that form avoids a permanent plan diff.
        .location(location.toUpperCase(Locale.ROOT))
        .storageClass("STANDARD")
        .uniformBucketLevelAccess(true)
        .publicAccessPrevention("enforced")
        .forceDestroy(false)
        .labels(labels);
    kmsKeyName.ifPresent(key ->
        builder.encryption(StorageBucketEncryption.builder().defaultKmsKeyName(key).build()));
    return builder;
  }
}
