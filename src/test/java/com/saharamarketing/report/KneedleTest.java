package com.saharamarketing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Kneedle on synthetic decreasing convex curves over k = 2..11. */
class KneedleTest {
  private static final double[] K = IntStream.rangeClosed(2, 11).asDoubleStream().toArray();
  private final Kneedle kneedle = new Kneedle(Kneedle.DEFAULT_SENSITIVITY);

  /** Falls steeply (40 per k) until the break, then gently (4 per k): the knee is the break. */
  private static double[] brokenLine(int knee) {
    return IntStream.rangeClosed(2, 11)
        .mapToDouble(k -> k <= knee ? 500 - 40.0 * (k - 2) : 500 - 40.0 * (knee - 2) - 4.0 * (k - knee))
        .toArray();
  }

  private static int kAt(OptionalInt index) {
    return (int) K[index.orElseThrow()];
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 5, 6, 7})
  void findsTheBreakOfASteepThenFlatCurve(int knee) {
    assertThat(kAt(kneedle.kneeIndex(K, brokenLine(knee)))).isEqualTo(knee);
  }

  @Test
  void findsTheKneeOfASmoothCurveWhereItBendsMost() {
    // y = 1/k: normalized, 1 - y lies furthest above the chord at k = 5 (0.400 vs 0.389 at k = 4).
    double[] y = IntStream.rangeClosed(2, 11).mapToDouble(k -> 1.0 / k).toArray();
    double[] d = Kneedle.differenceCurve(K, y);
    int farthest = IntStream.range(0, d.length).reduce((a, b) -> d[a] >= d[b] ? a : b).orElseThrow();
    assertThat(kAt(kneedle.kneeIndex(K, y))).isEqualTo((int) K[farthest]).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 3, 1000})
  void findsNoKneeOnAStraightLine(double slope) {
    double[] y = IntStream.rangeClosed(2, 11).mapToDouble(k -> 5000 - slope * k).toArray();
    assertThat(kneedle.kneeIndex(K, y)).isEmpty();
    assertThat(new Kneedle(0.1).kneeIndex(K, y)).isEmpty();
  }

  @Test
  void findsNoKneeOnARisingOrTooShortCurve() {
    assertThat(kneedle.kneeIndex(K, IntStream.rangeClosed(2, 11).mapToDouble(k -> k * k).toArray())).isEmpty();
    assertThat(kneedle.kneeIndex(new double[] {2, 3}, new double[] {10, 1})).isEmpty();
  }

  /** The knee found on brokenLine(5) plus uniform noise of the given share of its range, per seed. */
  private List<Integer> kneesWithNoise(double share) {
    double[] clean = brokenLine(5);
    double range = clean[0] - clean[clean.length - 1];
    List<Integer> knees = new ArrayList<>();
    for (int seed = 0; seed < 20; seed++) {
      Random random = new Random(seed);
      double[] y = clean.clone();
      for (int i = 0; i < y.length; i++) {
        y[i] += share * range * (2 * random.nextDouble() - 1);
      }
      knees.add(kAt(kneedle.kneeIndex(K, y)));
    }
    return knees;
  }

  @Test
  void ignoresSmallNoiseAroundAClearKnee() {
    // Noise of ±2% of the range: smaller than the gentle slope after the knee.
    assertThat(kneesWithNoise(0.02)).containsOnly(5);
  }

  @Test
  void staysNearTheKneeUnderHeavyNoise() {
    // Noise of ±8% of the range is twice the slope after the knee: neighbours can win, nothing further.
    assertThat(kneesWithNoise(0.08)).allMatch(k -> k >= 4 && k <= 6).contains(5);
  }

  @Test
  void skipsANoiseWiggleThatIsSmallerThanTheSensitivity() {
    // A straight line with one bump of 5% of its range at k = 4: below one step (1/9), no knee.
    double[] y = IntStream.rangeClosed(2, 11).mapToDouble(k -> 100 - 10.0 * k).toArray();
    y[2] -= 0.05 * (y[0] - y[9]);
    assertThat(kneedle.kneeIndex(K, y)).isEmpty();
    // With a lower sensitivity the same bump counts as a knee.
    assertThat(kAt(new Kneedle(0.2).kneeIndex(K, y))).isEqualTo(4);
  }

  @Test
  void higherSensitivityAsksForASharperKnee() {
    // A mild bend: the break's slope changes from 12 to 6 per k.
    double[] y = IntStream.rangeClosed(2, 11)
        .mapToDouble(k -> k <= 5 ? 200 - 12.0 * (k - 2) : 164 - 6.0 * (k - 5)).toArray();
    assertThat(kAt(new Kneedle(1).kneeIndex(K, y))).isEqualTo(5);
    assertThat(new Kneedle(3).kneeIndex(K, y)).isEmpty();
  }

  @Test
  void failsOnANonPositiveSensitivity() {
    assertThatThrownBy(() -> new Kneedle(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sensitivity: 0.0 is not valid");
    assertThatThrownBy(() -> new Kneedle(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
