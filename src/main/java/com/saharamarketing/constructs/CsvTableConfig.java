package com.saharamarketing.constructs;

import com.saharamarketing.schema.CsvProfile;
import java.util.Objects;

/**
 * Settings of a {@link CsvTable}. Build with {@link #builder(AnalyticsDataset, UploadBucket,
 * CsvProfile, String)}.
 *
 * <pre>{@code
 * CsvProfile profile = CsvScanner.scan(Path.of("data/crm_account.csv"));
 * CsvTableConfig config = CsvTableConfig.builder(dataset, uploads, profile, "accounts").build();
 * }</pre>
 */
public final class CsvTableConfig {
  private final AnalyticsDataset dataset;
  private final UploadBucket uploadBucket;
  private final CsvProfile profile;
  private final String tableId;
  private final boolean deletionProtection;
  private final String description;
  private final String typedViewId;

  private CsvTableConfig(Builder b) {
    this.dataset = Objects.requireNonNull(b.dataset, "dataset");
    this.uploadBucket = Objects.requireNonNull(b.uploadBucket, "uploadBucket");
    this.profile = Objects.requireNonNull(b.profile, "profile");
    this.tableId = GcpNames.requireTableId("tableId", b.tableId);
    this.deletionProtection = b.deletionProtection;
    this.description = b.description != null ? b.description : "Loaded from " + profile.fileName();
    this.typedViewId = GcpNames.requireTableId("typedViewId",
        b.typedViewId != null ? b.typedViewId : tableId + "_typed");
    if (typedViewId.equalsIgnoreCase(tableId)) {
      throw GcpNames.invalid("typedViewId", typedViewId, "the typed view needs a name other than the table's");
    }
  }

  public static Builder builder(
      AnalyticsDataset dataset, UploadBucket uploadBucket, CsvProfile profile, String tableId) {
    return new Builder(dataset, uploadBucket, profile, tableId);
  }

  public AnalyticsDataset dataset() {
    return dataset;
  }

  public UploadBucket uploadBucket() {
    return uploadBucket;
  }

  /** The scanned CSV: its schema, fingerprint and whether it has quoted line breaks. */
  public CsvProfile profile() {
    return profile;
  }

  public String tableId() {
    return tableId;
  }

  /**
   * Default: false. The table is a copy of a CSV in the repository and is reloaded on every
   * change, so Terraform may replace it when a header changes; with protection on, that
   * replacement would fail.
   */
  public boolean deletionProtection() {
    return deletionProtection;
  }

  /** Default: {@code Loaded from <file name>}. */
  public String description() {
    return description;
  }

  /**
   * Default: {@code <tableId>_typed}. The view over the table that parses text formats (money,
   * {@code M/D/YYYY} dates, thousands separators, percentages) into typed columns; see {@link
   * com.saharamarketing.schema.TypedView}.
   */
  public String typedViewId() {
    return typedViewId;
  }

  /** Builder of {@link CsvTableConfig}. */
  public static final class Builder {
    private final AnalyticsDataset dataset;
    private final UploadBucket uploadBucket;
    private final CsvProfile profile;
    private final String tableId;
    private boolean deletionProtection;
    private String description;
    private String typedViewId;

    private Builder(
        AnalyticsDataset dataset, UploadBucket uploadBucket, CsvProfile profile, String tableId) {
      this.dataset = dataset;
      this.uploadBucket = uploadBucket;
      this.profile = profile;
      this.tableId = tableId;
    }

    public Builder deletionProtection(boolean deletionProtection) {
      this.deletionProtection = deletionProtection;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder typedViewId(String typedViewId) {
      this.typedViewId = typedViewId;
      return this;
    }

    public CsvTableConfig build() {
      return new CsvTableConfig(this);
    }
  }
}
