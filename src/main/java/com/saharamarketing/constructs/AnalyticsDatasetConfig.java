package com.saharamarketing.constructs;

import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Settings of an {@link AnalyticsDataset}. Build with {@link #builder(String, String, String)}.
 *
 * <pre>{@code
 * AnalyticsDatasetConfig config =
 *     AnalyticsDatasetConfig.builder("my-project", "sahara_marketing", "europe-west2")
 *         .description("CRM exports and marketing models")
 *         .build();
 * }</pre>
 */
public final class AnalyticsDatasetConfig {
  private final String projectId;
  private final String datasetId;
  private final String location;
  private final String description;
  private final Map<String, String> labels;
  private final Optional<String> kmsKeyName;
  private final boolean deleteContentsOnDestroy;

  private AnalyticsDatasetConfig(Builder b) {
    this.projectId = GcpNames.requireProjectId("projectId", b.projectId);
    this.datasetId = GcpNames.requireDatasetId("datasetId", b.datasetId);
    this.location = GcpNames.requireLocation("location", b.location);
    this.description = Objects.requireNonNull(b.description, "description");
    this.labels = Labels.validated("labels", b.labels);
    this.kmsKeyName = b.kmsKeyName == null ? Optional.empty()
        : Optional.of(GcpNames.requireKmsKeyName("kmsKeyName", b.kmsKeyName, this.location));
    this.deleteContentsOnDestroy = b.deleteContentsOnDestroy;
  }

  /** Starts a config; every other setting has a default. */
  public static Builder builder(String projectId, String datasetId, String location) {
    return new Builder(projectId, datasetId, location);
  }

  /** A builder holding this config's values. */
  public Builder toBuilder() {
    return new Builder(projectId, datasetId, location)
        .description(description)
        .labels(labels)
        .deleteContentsOnDestroy(deleteContentsOnDestroy)
        .kmsKeyName(kmsKeyName.orElse(null));
  }

  /** The Google Cloud project that owns the dataset. */
  public String projectId() {
    return projectId;
  }

  /** The dataset id. */
  public String datasetId() {
    return datasetId;
  }

  /** Where the dataset, and every job that reads or writes it, runs. */
  public String location() {
    return location;
  }

  /** Default: empty. */
  public String description() {
    return description;
  }

  /** Default: {@code managed-by = sahara-marketing}. */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * Default: false: {@code terraform destroy} fails while the dataset holds tables or models, so
   * trained models are never lost by accident.
   */
  public boolean deleteContentsOnDestroy() {
    return deleteContentsOnDestroy;
  }

  /**
   * Default: empty, tables and models are encrypted with Google-managed keys. With a Cloud KMS key name ({@code
   * projects/p/locations/l/keyRings/r/cryptoKeys/k}, in the same location), data is encrypted with
   * that customer-managed key; the service agent needs {@code roles/cloudkms.cryptoKeyEncrypterDecrypter} on it.
   */
  public Optional<String> kmsKeyName() {
    return kmsKeyName;
  }

  /** Builder of {@link AnalyticsDatasetConfig}. */
  public static final class Builder {
    private final String projectId;
    private final String datasetId;
    private final String location;
    private String description = "";
    private Map<String, String> labels = Labels.DEFAULT;
    private String kmsKeyName;
    private boolean deleteContentsOnDestroy;

    private Builder(String projectId, String datasetId, String location) {
      this.projectId = projectId;
      this.datasetId = datasetId;
      this.location = location;
    }

    /** Default: empty. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Labels of the dataset and of everything created in it. Default: {@code managed-by =
     * sahara-marketing}. Replaces the default; keys and values must follow Google Cloud's label rules.
     */
    public Builder labels(Map<String, String> labels) {
      this.labels = new TreeMap<>(Objects.requireNonNull(labels, "labels"));
      return this;
    }

    /**
     * Default: null (Google-managed keys). A full Cloud KMS key name, {@code
     * projects/P/locations/L/keyRings/R/cryptoKeys/K}, for customer-managed encryption.
     */
    public Builder kmsKeyName(String kmsKeyName) {
      this.kmsKeyName = kmsKeyName;
      return this;
    }

    /** Default: false; {@code terraform destroy} never deletes tables or trained models. */
    public Builder deleteContentsOnDestroy(boolean deleteContentsOnDestroy) {
      this.deleteContentsOnDestroy = deleteContentsOnDestroy;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the setting and value when one is invalid
     */
    public AnalyticsDatasetConfig build() {
      return new AnalyticsDatasetConfig(this);
    }
  }
}
