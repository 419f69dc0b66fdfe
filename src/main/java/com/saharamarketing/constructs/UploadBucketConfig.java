package com.saharamarketing.constructs;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings of an {@link UploadBucket}. Build with {@link #builder(String, String, String)}.
 *
 * <pre>{@code
 * UploadBucketConfig config =
 *     UploadBucketConfig.builder("my-project", "my-project-sahara-uploads", "europe-west2").build();
 * }</pre>
 */
public final class UploadBucketConfig {
  private final String projectId;
  private final String bucketName;
  private final String location;
  private final Map<String, String> labels;
  private final Optional<String> kmsKeyName;

  private UploadBucketConfig(Builder b) {
    this.projectId = GcpNames.requireProjectId("projectId", b.projectId);
    this.bucketName = GcpNames.requireBucketName("bucketName", b.bucketName);
    this.location = GcpNames.requireLocation("location", b.location);
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

  public String bucketName() {
    return bucketName;
  }

  /** Use the dataset's location: a load job reads the bucket from the dataset's location. */
  public String location() {
    return location;
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

  /** Builder of {@link UploadBucketConfig}. */
  public static final class Builder {
    private final String projectId;
    private final String bucketName;
    private final String location;
    private Map<String, String> labels = Labels.DEFAULT;
    private String kmsKeyName;

    private Builder(String projectId, String bucketName, String location) {
      this.projectId = projectId;
      this.bucketName = bucketName;
      this.location = location;
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

    public UploadBucketConfig build() {
      return new UploadBucketConfig(this);
    }
  }
}
