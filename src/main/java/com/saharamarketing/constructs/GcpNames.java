package com.saharamarketing.constructs;

import java.util.regex.Pattern;

/**
 * Checks names against Google Cloud's documented rules, so that a bad name fails at synthesis
 * with the setting and the value instead of in the middle of a deploy.
 */
public final class GcpNames {
  private static final Pattern PROJECT_ID = Pattern.compile("[a-z][a-z0-9-]{4,28}[a-z0-9]");
  private static final Pattern DATASET_ID = Pattern.compile("[A-Za-z0-9_]{1,1024}");
  private static final Pattern TABLE_ID = Pattern.compile("[A-Za-z0-9_]{1,1024}");
  private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{1,61}[a-z0-9]");
  private static final Pattern LOCATION = Pattern.compile("US|EU|[a-z]+-[a-z]+[0-9]+");
  private static final Pattern KMS_KEY_NAME = Pattern.compile(
      "projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/locations/([a-z0-9-]+)/keyRings/[A-Za-z0-9_-]{1,63}/cryptoKeys/[A-Za-z0-9_-]{1,63}");
  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9_-]{1,1024}");

  private GcpNames() {}

  /** 6 to 30 lowercase letters, digits or dashes, starting with a letter, not ending with a dash. */
  public static String requireProjectId(String setting, String value) {
    return require(setting, value, PROJECT_ID,
        "6 to 30 lowercase letters, digits or dashes, starting with a letter and not ending with a dash");
  }

  /** Letters, digits and underscores, at most 1024. */
  public static String requireDatasetId(String setting, String value) {
    return require(setting, value, DATASET_ID, "letters, digits and underscores only (at most 1024)");
  }

  /** Letters, digits and underscores, at most 1024. */
  public static String requireTableId(String setting, String value) {
    return require(setting, value, TABLE_ID, "letters, digits and underscores only (at most 1024)");
  }

  /** 3 to 63 lowercase letters, digits, dashes, underscores and dots; not starting with goog. */
  public static String requireBucketName(String setting, String value) {
    require(setting, value, BUCKET_NAME,
        "3 to 63 lowercase letters, digits, '-', '_' and '.', starting and ending with a letter or digit");
    if (value.startsWith("goog") || value.contains("google")) {
      throw invalid(setting, value, "bucket names may not start with 'goog' or contain 'google'");
    }
    return value;
  }

  /** A region such as {@code europe-west2} or a multi-region {@code US} or {@code EU}. */
  public static String requireLocation(String setting, String value) {
    return require(setting, value, LOCATION, "a lower-case region such as europe-west2, or the multi-region US or EU");
  }

  /**
   * A full Cloud KMS key resource name, {@code
   * projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>}, whose location
   * matches the resource it encrypts: the same region, {@code us} for {@code US} and {@code
   * europe} for {@code EU} (BigQuery and Cloud Storage reject keys from elsewhere).
   *
   * @see <a href="https://cloud.google.com/bigquery/docs/customer-managed-encryption">BigQuery
   *     CMEK</a>
   */
  public static String requireKmsKeyName(String setting, String value, String resourceLocation) {
    java.util.regex.Matcher m = value == null ? null : KMS_KEY_NAME.matcher(value);
    if (m == null || !m.matches()) {
      throw invalid(setting, value, "expected a full key name such as "
          + "projects/my-project/locations/europe-west2/keyRings/my-ring/cryptoKeys/my-key");
    }
    String expected = switch (resourceLocation) {
      case "US" -> "us";
      case "EU" -> "europe";
      default -> resourceLocation.toLowerCase(java.util.Locale.ROOT);
    };
    if (!m.group(1).equals(expected)) {
      throw invalid(setting, value, "expected a key in location '" + expected + "' to encrypt data in "
          + resourceLocation + "; the key is in '" + m.group(1) + "'");
    }
    return value;
  }

  /** Letters, digits, underscores and dashes, at most 1024. */
  public static String requireJobId(String setting, String value) {
    return require(setting, value, JOB_ID, "letters, digits, '_' and '-' only (at most 1024)");
  }

  private static String require(String setting, String value, Pattern pattern, String allowed) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw invalid(setting, value, "expected " + allowed);
    }
    return value;
  }

  static IllegalArgumentException invalid(String setting, Object value, String allowed) {
    return new IllegalArgumentException(
        setting + ": " + (value == null ? "no value" : "'" + value + "'") + " is not valid; " + allowed);
  }
}
