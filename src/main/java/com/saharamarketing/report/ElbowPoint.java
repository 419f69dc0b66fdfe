package com.saharamarketing.report;

/**
 * One row of the {@code elbow_point} view: the evaluation of the k-means model with k clusters.
 *
 * @param k number of clusters
 * @param daviesBouldinIndex Davies–Bouldin index (lower is better separated); NaN when BigQuery
 *     returned NULL
 * @param meanSquaredDistance mean squared distance of rows to their centroid (falls as k grows)
 */
public record ElbowPoint(int k, double daviesBouldinIndex, double meanSquaredDistance) {}
