package com.saharamarketing.sql;

import java.util.Locale;

/**
 * BigQuery ML k-means options for {@code CREATE MODEL}, typed and range-checked.
 *
 * @param numClusters k, between 2 and 100
 * @param distanceType how distances between points are measured
 * @param standardizeFeatures whether numeric features are scaled to mean 0 and variance 1; on by
 *     default because revenue (around 10^5) would otherwise drown out age (around 10^1)
 * @param initMethod how the first centroids are chosen
 * @param maxIterations upper bound on training iterations, at least 1
 * @see <a
 *     href="https://cloud.google.com/bigquery/docs/reference/standard-sql/bigqueryml-syntax-create-kmeans">CREATE
 *     MODEL for k-means</a>
 */
public record KMeansOptions(
    int numClusters,
    DistanceType distanceType,
    boolean standardizeFeatures,
    InitMethod initMethod,
    int maxIterations) {

  /** Smallest k BigQuery accepts. */
  public static final int MIN_CLUSTERS = 2;
  /** Largest k BigQuery accepts. */
  public static final int MAX_CLUSTERS = 100;

  /** {@code distance_type}. */
  public enum DistanceType {
    EUCLIDEAN,
    COSINE
  }

  /** {@code kmeans_init_method}. */
  public enum InitMethod {
    RANDOM,
    KMEANS_PLUS_PLUS;

    String sqlName() {
      return this == KMEANS_PLUS_PLUS ? "KMEANS++" : name();
    }
  }

  public KMeansOptions {
    if (numClusters < MIN_CLUSTERS || numClusters > MAX_CLUSTERS) {
      throw new IllegalArgumentException(
          "num_clusters: " + numClusters + " is out of range; BigQuery accepts "
              + MIN_CLUSTERS + " to " + MAX_CLUSTERS);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException(
          "max_iterations: " + maxIterations + " must be at least 1");
    }
    if (distanceType == null || initMethod == null) {
      throw new IllegalArgumentException("distance_type and kmeans_init_method must be set");
    }
  }

  /**
   * Defaults for k clusters: Euclidean distance, standardized features, k-means++ start, 20
   * iterations (BigQuery's own default).
   */
  public static KMeansOptions defaults(int numClusters) {
    return new KMeansOptions(numClusters, DistanceType.EUCLIDEAN, true, InitMethod.KMEANS_PLUS_PLUS, 20);
  }

  /** The same options with another k. */
  public KMeansOptions withNumClusters(int k) {
    return new KMeansOptions(k, distanceType, standardizeFeatures, initMethod, maxIterations);
  }

  /** The body of the {@code OPTIONS (...)} clause, one option per line. */
  public String toSql() {
    return String.join(
        ",\n  ",
        "model_type = 'KMEANS'",
        "num_clusters = " + numClusters,
        "distance_type = '" + distanceType.name() + "'",
        "standardize_features = " + String.valueOf(standardizeFeatures).toUpperCase(Locale.ROOT),
        "kmeans_init_method = '" + initMethod.sqlName() + "'",
        "max_iterations = " + maxIterations);
  }
}
