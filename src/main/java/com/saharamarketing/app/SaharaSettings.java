package com.saharamarketing.app;

import com.saharamarketing.constructs.GcpNames;
import com.saharamarketing.constructs.KMeansElbowSweepConfig;
import com.saharamarketing.sql.KMeansOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Collections;
import java.util.TreeMap;

/**
 * Everything the Sahara app can be told: where it deploys, where the CSVs are and which k values
 * the elbow sweep trains. Values are validated when built; see {@link SettingsLoader} for where
 * they come from.
 *
 * @param projectId Google Cloud project id
 * @param region region of the dataset, buckets and jobs
 * @param datasetId BigQuery dataset id
 * @param dataDir folder of CSV files, one table per file
 * @param kMin smallest k of the elbow sweep
 * @param kMax largest k of the elbow sweep
 * @param stateBucket name of the Terraform state bucket
 * @param uploadBucket name of the bucket that receives CSV uploads
 * @param tableNames table id per CSV file name, for files that do not use their file stem
 * @param kmsKeyName Cloud KMS key for the dataset and both buckets, or null for Google-managed keys
 * @param sources where each value came from, by setting name ({@code kMax}, {@code
 *     tableNames.<file>}), e.g. {@code environment variable SAHARA_K_MAX}, {@code cdktf.json context
 *     'sahara:kMax'} or {@code default}; {@link SettingsLoader} fills it in, and errors quote it.
 *     Settings built in code may leave it empty; errors then name both places a value can be set.
 *     It is not part of {@link #equals}: where a value came from does not change what is synthesized.
 */
public record SaharaSettings(
    String projectId,
    String region,
    String datasetId,
    Path dataDir,
    int kMin,
    int kMax,
    String stateBucket,
    String uploadBucket,
    Map<String, String> tableNames,
    String kmsKeyName,
    Map<String, String> sources) {

  /** Placeholder project id used when none is configured; synthesis works, deploys do not. */
  public static final String DEFAULT_PROJECT = "sahara-demo-project";
  public static final String DEFAULT_REGION = "europe-west2";
  public static final String DEFAULT_DATASET = "sahara_marketing";
  public static final String DEFAULT_DATA_DIR = "data";

  /** Table ids of the CRM export's files; other files use their file stem. */
  public static final Map<String, String> DEFAULT_TABLE_NAMES =
      Map.of(
          "crm_account.csv", "accounts",
          "crm_user.csv", "users",
          "ga360.csv", "ga360",
          "users_signup_dates.csv", "users_signup_dates");

  public SaharaSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    tableNames = Collections.unmodifiableSortedMap(new TreeMap<>(tableNames));
    sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
    Map<String, String> from = sources;
    check(() -> GcpNames.requireProjectId(label(from, "project"), projectId));
    check(() -> GcpNames.requireLocation(label(from, "region"), region));
    check(() -> GcpNames.requireDatasetId(label(from, "dataset"), datasetId));
    check(() -> GcpNames.requireBucketName(label(from, "stateBucket"), stateBucket));
    check(() -> GcpNames.requireBucketName(label(from, "uploadBucket"), uploadBucket));
    tableNames.forEach((file, table) -> check(() -> GcpNames.requireTableId(label(from, "tableNames." + file), table)));
    if (kmsKeyName != null) {
      String key = kmsKeyName;
      check(() -> GcpNames.requireKmsKeyName(label(from, "kmsKeyName"), key, region));
    }
    if (kMin < KMeansOptions.MIN_CLUSTERS || kMin > KMeansOptions.MAX_CLUSTERS) {
      throw new SettingsException(label(from, "kMin") + ": " + kMin + " is not valid; k must be between "
          + KMeansOptions.MIN_CLUSTERS + " and " + KMeansOptions.MAX_CLUSTERS);
    }
    if (kMax < kMin) {
      throw new SettingsException(label(from, "kMax") + ": " + kMax + " is below kMin (" + kMin
          + ") from " + source(from, "kMin") + "; set kMax to at least kMin");
    }
    if (kMax > KMeansOptions.MAX_CLUSTERS) {
      throw new SettingsException(label(from, "kMax") + ": " + kMax + " is not valid; BigQuery trains at most "
          + KMeansOptions.MAX_CLUSTERS + " clusters");
    }
  }

  /** Settings without recorded sources (built in code). */
  public SaharaSettings(String projectId, String region, String datasetId, Path dataDir, int kMin,
      int kMax, String stateBucket, String uploadBucket, Map<String, String> tableNames, String kmsKeyName) {
    this(projectId, region, datasetId, dataDir, kMin, kMax, stateBucket, uploadBucket, tableNames,
        kmsKeyName, Map.of());
  }

  /** Settings without a customer-managed key (Google-managed encryption). */
  public SaharaSettings(String projectId, String region, String datasetId, Path dataDir, int kMin,
      int kMax, String stateBucket, String uploadBucket, Map<String, String> tableNames) {
    this(projectId, region, datasetId, dataDir, kMin, kMax, stateBucket, uploadBucket, tableNames, null);
  }

  /**
   * A setting's name and where its value came from, for messages: {@code kMax (environment
   * variable SAHARA_K_MAX)}, or {@code kMax (SAHARA_K_MAX or sahara:kMax)} when not recorded.
   */
  public String describe(String setting) {
    return label(sources, setting);
  }

  private static String label(Map<String, String> sources, String setting) {
    return setting + " (" + source(sources, setting) + ")";
  }

  private static String source(Map<String, String> sources, String setting) {
    String source = sources.get(setting);
    if (source != null) {
      return source;
    }
    if (setting.startsWith("tableNames.")) {
      return "sahara:tableNames";
    }
    String variable = SettingsLoader.environmentVariable(setting);
    return variable == null ? "sahara:" + setting : variable + " or sahara:" + setting;
  }

  /** Equal when every value is; {@link #sources} is left out. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SaharaSettings s && projectId.equals(s.projectId) && region.equals(s.region)
        && datasetId.equals(s.datasetId) && dataDir.equals(s.dataDir) && kMin == s.kMin && kMax == s.kMax
        && stateBucket.equals(s.stateBucket) && uploadBucket.equals(s.uploadBucket)
        && tableNames.equals(s.tableNames) && Objects.equals(kmsKeyName, s.kmsKeyName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectId, region, datasetId, dataDir, kMin, kMax, stateBucket, uploadBucket,
        tableNames, kmsKeyName);
  }

  /** The embedded defaults: placeholder project, europe-west2, k 2..11, {@code data/}. */
  public static SaharaSettings defaults(Path projectDir) {
    return new SaharaSettings(
        DEFAULT_PROJECT, DEFAULT_REGION, DEFAULT_DATASET, projectDir.resolve(DEFAULT_DATA_DIR),
        KMeansElbowSweepConfig.DEFAULT_K_MIN, KMeansElbowSweepConfig.DEFAULT_K_MAX,
        defaultStateBucket(DEFAULT_PROJECT), defaultUploadBucket(DEFAULT_PROJECT), DEFAULT_TABLE_NAMES);
  }

  /** {@code <project>-tfstate}. */
  public static String defaultStateBucket(String projectId) {
    return projectId + "-tfstate";
  }

  /** {@code <project>-sahara-uploads}. */
  public static String defaultUploadBucket(String projectId) {
    return projectId + "-sahara-uploads";
  }

  /** The table id for a CSV file name: the configured one, else the sanitized file stem. */
  public String tableIdFor(String fileName) {
    String configured = tableNames.get(fileName);
    if (configured != null) {
      return configured;
    }
    String stem = fileName.replaceFirst("(?i)\\.csv$", "");
    String id = stem.replaceAll("[^A-Za-z0-9_]+", "_");
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "_" + id : id;
  }

  private static void check(Runnable validation) {
    try {
      validation.run();
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage());
    }
  }
}
