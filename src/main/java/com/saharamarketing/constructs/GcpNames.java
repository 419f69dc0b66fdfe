package com.saharamarketing.constructs;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

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

  /**
   * Where BigQuery can keep a dataset: the multi-regions {@code US} and {@code EU} and the regions
   * listed on <a href="https://cloud.google.com/bigquery/docs/locations">BigQuery locations</a>
   * when this list was written (December 2026, with cdktf-provider-google 12.0.2, which does not
   * check locations itself: a wrong one would fail only at deploy). The Cloud Storage buckets are created in the same location,
   * and Cloud Storage offers all of these. When Google opens a region, add it here: this is the
   * only list of locations in the project.
   */
  public static final Set<String> BIGQUERY_LOCATIONS = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(
      "US", "EU",
      // Americas
      "northamerica-northeast1", "northamerica-northeast2", "northamerica-south1",
      "southamerica-east1", "southamerica-west1", "us-central1", "us-east1", "us-east4",
      "us-east5", "us-south1", "us-west1", "us-west2", "us-west3", "us-west4",
      // Asia Pacific
      "asia-east1", "asia-east2", "asia-northeast1", "asia-northeast2", "asia-northeast3",
      "asia-south1", "asia-south2", "asia-southeast1", "asia-southeast2",
      "australia-southeast1", "australia-southeast2",
      // Europe
      "europe-central2", "europe-north1", "europe-north2", "europe-southwest1", "europe-west1",
      "europe-west2", "europe-west3", "europe-west4", "europe-west6", "europe-west8",
      "europe-west9", "europe-west10", "europe-west12",
      // Middle East and Africa
      "me-central1", "me-central2", "me-west1", "africa-south1")));

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

  /**
   * A BigQuery location: a region such as {@code europe-west2} or a multi-region {@code US} or
   * {@code EU}, one of {@link #BIGQUERY_LOCATIONS}. A value of the right shape that is not a
   * location (say {@code mars-central1}) fails too, naming the closest location.
   */
  public static String requireLocation(String setting, String value) {
    require(setting, value, LOCATION, "a lower-case region such as europe-west2, or the multi-region US or EU");
    if (!BIGQUERY_LOCATIONS.contains(value)) {
      throw invalid(setting, value, "BigQuery has no such location; did you mean '" + closestLocation(value)
          + "'? (the regions are listed at https://cloud.google.com/bigquery/docs/locations)");
    }
    return value;
  }

  /** The location with the smallest edit distance to value; the first in sorted order on ties. */
  static String closestLocation(String value) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    return BIGQUERY_LOCATIONS.stream()
        .min(Comparator.comparingInt((String location) -> distance.apply(location, value)))
        .orElseThrow();
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

  static InvalidSettingException invalid(String setting, Object value, String allowed) {
    return new InvalidSettingException(
        setting + ": " + (value == null ? "no value" : "'" + value + "'") + " is not valid; " + allowed);
  }
}
