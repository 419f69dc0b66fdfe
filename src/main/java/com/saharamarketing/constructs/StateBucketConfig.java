package com.saharamarketing.constructs;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings of a {@link StateBucket}. Build with {@link #builder(String, String, String)}.
 *
 * <pre>{@code
 * StateBucketConfig config =
 *     StateBucketConfig.builder("my-project", "my-project-tfstate", "europe-west2").build();
 * }</pre>
 */
public final class StateBucketConfig {
  /** Default number of newer versions after which a noncurrent state version is deleted. */
  public static final int DEFAULT_NONCURRENT_VERSIONS_KEPT = 10;

  private final String projectId;
  private final String bucketName;
  private final String location;
  private final int noncurrentVersionsKept;
  private final Map<String, String> labels;
  private final Optional<String> kmsKeyName;

  private StateBucketConfig(Builder b) {
    this.projectId = GcpNames.requireProjectId("projectId", b.projectId);
    this.bucketName = GcpNames.requireBucketName("bucketName", b.bucketName);
    this.location = GcpNames.requireLocation("location", b.location);
    if (b.noncurrentVersionsKept < 1) {
      throw GcpNames.invalid("noncurrentVersionsKept", b.noncurrentVersionsKept, "expected at least 1");
    }
    this.noncurrentVersionsKept = b.noncurrentVersionsKept;
    this.labels = Labels.validated("labels", b.labels);
    this.kmsKeyName = b.kmsKeyName == null ? Optional.empty()
        : Optional.of(GcpNames.requireKmsKeyName("kmsKeyName", b.kmsKeyName, this.location));
  }

  public static Builder builder(String projectId, String bucketName, String location) {
    return new Builder(projectId, bucketName, location);
  }

  public String projectId() {
    return projectId;
  }

  /** Globally unique bucket name. */
  public String bucketName() {
    return bucketName;
  }

  public String location() {
    return location;
  }

  /**
   * Default: 10. A noncurrent state version is deleted once this many newer versions exist, so
   * that a bad apply can be rolled back without keeping every version forever.
   */
  public int noncurrentVersionsKept() {
    return noncurrentVersionsKept;
  }

  /** Default: {@code managed-by = sahara-marketing}. */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * Default: empty, objects are encrypted with Google-managed keys. With a Cloud KMS key name ({@code
   * projects/p/locations/l/keyRings/r/cryptoKeys/k}, in the same location), data is encrypted with
   * that customer-managed key; the service agent needs {@code roles/cloudkms.cryptoKeyEncrypterDecrypter} on it.
   */
  public Optional<String> kmsKeyName() {
    return kmsKeyName;
  }

  /** Builder of {@link StateBucketConfig}. */
  public static final class Builder {
    private final String projectId;
    private final String bucketName;
    private final String location;
    private int noncurrentVersionsKept = DEFAULT_NONCURRENT_VERSIONS_KEPT;
    private Map<String, String> labels = Labels.DEFAULT;
    private String kmsKeyName;

    private Builder(String projectId, String bucketName, String location) {
      this.projectId = projectId;
      this.bucketName = bucketName;
      this.location = location;
    }

    public Builder noncurrentVersionsKept(int versions) {
      this.noncurrentVersionsKept = versions;
      return this;
    }

    public Builder labels(Map<String, String> labels) {
      this.labels = new TreeMap<>(labels);
      return this;
    }

    /** A full Cloud KMS key name for customer-managed encryption; null for Google-managed keys. */
    public Builder kmsKeyName(String kmsKeyName) {
      this.kmsKeyName = kmsKeyName;
      return this;
    }

    public StateBucketConfig build() {
      return new StateBucketConfig(this);
    }
  }
}
