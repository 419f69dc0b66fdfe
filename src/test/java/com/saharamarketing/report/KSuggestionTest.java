package com.saharamarketing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KSuggestionTest {
  private final Kneedle kneedle = new Kneedle(Kneedle.DEFAULT_SENSITIVITY);

  /** k = 2..11 with the given mean squared distance and Davies–Bouldin index per k. */
  private static List<ElbowPoint> points(double[] msd, double[] db) {
    List<ElbowPoint> points = new ArrayList<>();
    for (int i = 0; i < msd.length; i++) {
      points.add(new ElbowPoint(i + 2, db[i], msd[i]));
    }
    return points;
  }

  private static final double[] KNEE_AT_5 = {100, 75, 50, 25, 21, 17, 13, 9, 5, 1};
  private static final double[] STRAIGHT = {100, 90, 80, 70, 60, 50, 40, 30, 20, 10};
  private static final double[] DB_MIN_AT_7 = {2.0, 1.9, 1.8, 1.7, 1.6, 1.5, 1.55, 1.6, 1.7, 1.8};

  @Test
  void suggestsTheKneeAndSaysWhetherTheDaviesBouldinMinimumAgrees() {
    KSuggestion s = KSuggestion.suggest(points(KNEE_AT_5, DB_MIN_AT_7), kneedle);
    assertThat(s.k()).isEqualTo(5);
    assertThat(s.kneeK()).hasValue(5);
    assertThat(s.daviesBouldinMinK()).hasValue(7);
    assertThat(s.reason()).isEqualTo(
        "knee of mean_squared_distance by Kneedle (S = 1.0); the Davies–Bouldin minimum is at k = 7 instead");

    double[] dbAt5 = {2.0, 1.9, 1.8, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.1};
    assertThat(KSuggestion.suggest(points(KNEE_AT_5, dbAt5), kneedle).reason())
        .endsWith("; the Davies–Bouldin minimum agrees");
  }

  @Test
  void readsThePointsInAnyOrder() {
    List<ElbowPoint> shuffled = new ArrayList<>(points(KNEE_AT_5, DB_MIN_AT_7));
    Collections.reverse(shuffled);
    assertThat(KSuggestion.suggest(shuffled, kneedle).k()).isEqualTo(5);
  }

  @Test
  void fallsBackToTheDaviesBouldinMinimumWithoutAClearKnee() {
    KSuggestion s = KSuggestion.suggest(points(STRAIGHT, DB_MIN_AT_7), kneedle);
    assertThat(s.k()).isEqualTo(7);
    assertThat(s.kneeK()).isEmpty();
    assertThat(s.reason()).startsWith("no clear knee: mean_squared_distance falls too evenly (close to a straight line)")
        .endsWith("falling back to the Davies–Bouldin minimum");
  }

  @Test
  void fallsBackToTheSmallestKWhenNothingElseIsKnown() {
    double[] noDb = new double[10];
    java.util.Arrays.fill(noDb, Double.NaN);
    KSuggestion s = KSuggestion.suggest(points(STRAIGHT, noDb), kneedle);
    assertThat(s.k()).isEqualTo(2);
    assertThat(s.daviesBouldinMinK()).isEqualTo(OptionalInt.empty());
    assertThat(s.reason()).contains("no Davies–Bouldin index is known").endsWith("falling back to the smallest k");
  }

  @Test
  void explainsWhyThereIsNoKnee() {
    double[] rising = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(KSuggestion.suggest(points(rising, DB_MIN_AT_7), kneedle).reason())
        .contains("does not fall as k grows");
    assertThat(KSuggestion.suggest(List.of(new ElbowPoint(2, 1, 9), new ElbowPoint(3, 2, 4)), kneedle).reason())
        .contains("fewer than three k values");
    double[] gap = KNEE_AT_5.clone();
    gap[4] = Double.NaN;
    assertThat(KSuggestion.suggest(points(gap, DB_MIN_AT_7), kneedle).reason()).contains("missing values");
  }

  @Test
  void failsWithoutPoints() {
    assertThatThrownBy(() -> KSuggestion.suggest(List.of(), kneedle)).isInstanceOf(IllegalArgumentException.class);
  }
}
