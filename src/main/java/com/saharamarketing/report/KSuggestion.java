package com.saharamarketing.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The k to suggest from an elbow sweep, and why.
 *
 * <p>Primary: the Kneedle knee of {@code mean_squared_distance} against k (see {@link Kneedle}).
 * Fallback when there is no clear knee: the k with the lowest Davies–Bouldin index, which is a
 * separate criterion (compact, well separated clusters) that BigQuery reports for every model; if
 * that is missing too, the smallest k, since a curve without a knee gives no reason for more
 * clusters. The Davies–Bouldin minimum is always reported beside the knee so the reader sees
 * whether the two agree.
 *
 * @param k the suggested k
 * @param kneeK the knee's k, or empty when there is no clear knee
 * @param daviesBouldinMinK the k with the lowest Davies–Bouldin index, or empty when none is known
 * @param reason one sentence on how k was chosen
 */
public record KSuggestion(int k, OptionalInt kneeK, OptionalInt daviesBouldinMinK, String reason) {

  /**
   * Suggests k for the points of an elbow sweep.
   *
   * @param points one point per k, any order, at least one
   * @param kneedle the knee detector and its sensitivity
   */
  public static KSuggestion suggest(List<ElbowPoint> points, Kneedle kneedle) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("the elbow sweep has no points");
    }
    List<ElbowPoint> sorted = points.stream().sorted(Comparator.comparingInt(ElbowPoint::k)).toList();
    double[] x = sorted.stream().mapToDouble(ElbowPoint::k).toArray();
    double[] y = sorted.stream().mapToDouble(ElbowPoint::meanSquaredDistance).toArray();
    OptionalInt dbMin = daviesBouldinMinimum(sorted);
    String sensitivity = String.format(Locale.ROOT, "S = %s", kneedle.sensitivity());

    boolean usable = sorted.stream().allMatch(p -> Double.isFinite(p.meanSquaredDistance()));
    OptionalInt knee = usable ? kneedle.kneeIndex(x, y) : OptionalInt.empty();
    if (knee.isPresent()) {
      int k = sorted.get(knee.getAsInt()).k();
      String agreement = dbMin.isEmpty() ? ""
          : dbMin.getAsInt() == k ? "; the Davies–Bouldin minimum agrees"
          : "; the Davies–Bouldin minimum is at k = " + dbMin.getAsInt() + " instead";
      return new KSuggestion(k, OptionalInt.of(k), dbMin,
          "knee of mean_squared_distance by Kneedle (" + sensitivity + ")" + agreement);
    }
    String why = !usable ? "mean_squared_distance has missing values"
        : sorted.size() < 3 ? "fewer than three k values were trained"
        : !(y[0] > y[y.length - 1]) ? "mean_squared_distance does not fall as k grows"
        : "mean_squared_distance falls too evenly (close to a straight line) for Kneedle (" + sensitivity + ")";
    if (dbMin.isPresent()) {
      return new KSuggestion(dbMin.getAsInt(), OptionalInt.empty(), dbMin,
          "no clear knee: " + why + "; falling back to the Davies–Bouldin minimum");
    }
    return new KSuggestion(sorted.get(0).k(), OptionalInt.empty(), dbMin,
        "no clear knee: " + why + ", and no Davies–Bouldin index is known; falling back to the smallest k");
  }

  /** The k with the lowest finite Davies–Bouldin index (the smaller k on ties). */
  public static OptionalInt daviesBouldinMinimum(List<ElbowPoint> points) {
    return points.stream()
        .filter(p -> Double.isFinite(p.daviesBouldinIndex()))
        .min(Comparator.comparingDouble(ElbowPoint::daviesBouldinIndex).thenComparingInt(ElbowPoint::k))
        .map(p -> OptionalInt.of(p.k()))
        .orElse(OptionalInt.empty());
  }
}
