package com.saharamarketing.constructs;

import com.hashicorp.cdktf.ITerraformDependable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link BigQueryView}. Build with {@link #builder(AnalyticsDataset, String,
 * String)}.
 *
 * <pre>{@code
 * BigQueryViewConfig config = BigQueryViewConfig
 *     .builder(dataset, "big_accounts", "SELECT * FROM " + accounts.getSqlReference()
 *         + " WHERE Number_of_employees > 1000")
 *     .sources(List.of(accounts))
 *     .build();
 * }</pre>
 */
public final class BigQueryViewConfig {
  private final AnalyticsDataset dataset;
  private final String viewId;
  private final String query;
  private final List<BigQueryRelation> sources;
  private final List<ITerraformDependable> extraDependencies;
  private final String fingerprintSalt;
  private final boolean deletionProtection;
  private final String description;

  private BigQueryViewConfig(Builder b) {
    this.dataset = Objects.requireNonNull(b.dataset, "dataset");
    this.viewId = GcpNames.requireTableId("viewId", b.viewId);
    if (b.query == null || b.query.isBlank()) {
      throw GcpNames.invalid("query", b.query, "a view needs a SQL query");
    }
    this.query = b.query;
    this.sources = List.copyOf(b.sources);
    this.extraDependencies = List.copyOf(b.extraDependencies);
    this.fingerprintSalt = b.fingerprintSalt;
    this.deletionProtection = b.deletionProtection;
    this.description = b.description;
  }

  public static Builder builder(AnalyticsDataset dataset, String viewId, String query) {
    return new Builder(dataset, viewId, query);
  }

  public AnalyticsDataset dataset() {
    return dataset;
  }

  public String viewId() {
    return viewId;
  }

  /** GoogleSQL (never legacy SQL). */
  public String query() {
    return query;
  }

  /**
   * Default: none. The tables and views the query reads. Terraform cannot see dependencies hidden
   * in SQL text, so the view depends on each source and its fingerprint includes theirs.
   */
  public List<BigQueryRelation> sources() {
    return sources;
  }

  /** Default: none. Other resources the query needs, such as the jobs that create models. */
  public List<ITerraformDependable> extraDependencies() {
    return extraDependencies;
  }

  /** Default: empty. Extra input to the view's content fingerprint, such as model job ids. */
  public String fingerprintSalt() {
    return fingerprintSalt;
  }

  /** Default: false: a view holds no data and is recreated from its SQL. */
  public boolean deletionProtection() {
    return deletionProtection;
  }

  /** Default: empty. */
  public String description() {
    return description;
  }

  /** Builder of {@link BigQueryViewConfig}. */
  public static final class Builder {
    private final AnalyticsDataset dataset;
    private final String viewId;
    private final String query;
    private List<BigQueryRelation> sources = List.of();
    private List<ITerraformDependable> extraDependencies = List.of();
    private String fingerprintSalt = "";
    private boolean deletionProtection;
    private String description = "";

    private Builder(AnalyticsDataset dataset, String viewId, String query) {
      this.dataset = dataset;
      this.viewId = viewId;
      this.query = query;
    }

    public Builder sources(List<? extends BigQueryRelation> sources) {
      this.sources = new ArrayList<>(sources);
      return this;
    }

    public Builder extraDependencies(List<? extends ITerraformDependable> dependencies) {
      this.extraDependencies = new ArrayList<>(dependencies);
      return this;
    }

    public Builder fingerprintSalt(String salt) {
      this.fingerprintSalt = Objects.requireNonNull(salt, "fingerprintSalt");
      return this;
    }

    public Builder deletionProtection(boolean deletionProtection) {
      this.deletionProtection = deletionProtection;
      return this;
    }

    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    public BigQueryViewConfig build() {
      return new BigQueryViewConfig(this);
    }
  }
}
