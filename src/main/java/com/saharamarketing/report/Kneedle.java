package com.saharamarketing.report;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The Kneedle knee detector (Satopää, Albrecht, Irwin, Raghavan: "Finding a 'Kneedle' in a
 * Haystack: Detecting Knee Points in System Behavior", ICDCS workshops 2011), offline variant, for
 * a <em>decreasing convex</em> curve such as k-means' mean squared distance against k.
 *
 * <p>Steps, as in the paper and the reference implementation {@code kneed}:
 *
 * <ol>
 *   <li>normalize x and y to [0, 1];
 *   <li>turn the decreasing convex curve into an increasing concave one: {@code y' = 1 - y};
 *   <li>difference curve {@code d = y' - x}: how far each point lies above the straight chord
 *       from the first to the last point;
 *   <li>each interior local maximum of {@code d} is a candidate with threshold {@code
 *       d[max] - S * mean(diff(x))}; a candidate is the knee when {@code d} falls below its
 *       threshold before the next local maximum (an interior local minimum in between resets the
 *       threshold to 0, as in {@code kneed}). The first such candidate wins.
 * </ol>
 *
 * <p><b>Sensitivity S</b> (default {@value #DEFAULT_SENSITIVITY}, the paper's recommendation for
 * offline data): a knee must stand out from the chord by more than {@code S} average x steps in
 * normalized units. With ten k values one step is 1/9, so at S = 1 the curve must bulge at least
 * 0.11 of its range above the straight line, and then drop by that much; smaller S accepts flatter
 * curves and smaller noise wiggles as knees, larger S asks for a more pronounced knee. A straight
 * line has {@code d = 0} everywhere and therefore no knee at any S &gt; 0. Noise that wiggles by
 * less than {@code S} steps creates local maxima whose threshold is never crossed, so it is
 * skipped.
 */
public final class Kneedle {
  /** The paper's recommended sensitivity for offline data. */
  public static final double DEFAULT_SENSITIVITY = 1.0;

  private final double sensitivity;

  /**
   * @param sensitivity S, greater than 0; see the class comment
   * @throws IllegalArgumentException if S is not a positive finite number
   */
  public Kneedle(double sensitivity) {
    if (!(sensitivity > 0) || Double.isInfinite(sensitivity)) {
      throw new IllegalArgumentException("sensitivity: " + sensitivity + " is not valid; use a number above 0, e.g. "
          + DEFAULT_SENSITIVITY);
    }
    this.sensitivity = sensitivity;
  }

  public double sensitivity() {
    return sensitivity;
  }

  /**
   * The index of the knee of a decreasing convex curve, or empty when there is no clear knee
   * (fewer than three points, a flat or increasing curve, or a curve too close to a straight line
   * for the sensitivity).
   *
   * @param x strictly increasing x values
   * @param y y values, one per x
   */
  public OptionalInt kneeIndex(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
    }
    int n = x.length;
    if (n < 3 || !(y[0] > y[n - 1])) {
      return OptionalInt.empty();
    }
    double[] d = differenceCurve(x, y);
    double meanStep = 1.0 / (n - 1); // normalized x runs from 0 to 1 in n - 1 steps
    double threshold = Double.NaN;
    int candidate = -1;
    for (int i = 1; i < n - 1; i++) {
      boolean localMax = d[i] >= d[i - 1] && d[i] >= d[i + 1] && (d[i] > d[i - 1] || d[i] > d[i + 1]);
      boolean localMin = d[i] <= d[i - 1] && d[i] <= d[i + 1] && (d[i] < d[i - 1] || d[i] < d[i + 1]);
      if (localMax) {
        candidate = i;
        threshold = d[i] - sensitivity * meanStep;
      } else if (candidate >= 0 && localMin) {
        threshold = 0;
      }
      if (candidate >= 0 && d[i + 1] < threshold) {
        return OptionalInt.of(candidate);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The difference curve {@code (1 - yn) - xn} of the normalized curve: its height above the chord
   * from the first to the last point, in [-1, 1].
   */
  public static double[] differenceCurve(double[] x, double[] y) {
    double[] xn = normalize(x);
    double[] yn = normalize(y);
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = (1 - yn[i]) - xn[i];
    }
    return d;
  }

  private static double[] normalize(double[] values) {
    double min = Arrays.stream(values).min().orElseThrow();
    double max = Arrays.stream(values).max().orElseThrow();
    double range = max - min;
    return Arrays.stream(values).map(v -> range == 0 ? 0 : (v - min) / range).toArray();
  }
}
