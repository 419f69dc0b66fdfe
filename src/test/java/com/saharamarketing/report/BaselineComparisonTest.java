package com.saharamarketing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.saharamarketing.report.BaselineComparison.Verdict;
import org.junit.jupiter.api.Test;

class BaselineComparisonTest {
  private static ClassifierMetrics model(double accuracy, double rocAuc) {
    return new ClassifierMetrics(0.9, 0.8, accuracy, 0.85, 0.4, rocAuc);
  }

  @Test
  void theBaselineAlwaysAnswersTheMajorityLabel() {
    ClassifierMetrics yes = new BaselineComparison(model(0.9, 0.9), new LabelCounts(80, 100)).baseline();
    assertThat(yes.accuracy()).isEqualTo(0.8, within(1e-12));
    assertThat(yes.precision()).isEqualTo(0.8, within(1e-12));
    assertThat(yes.recall()).isEqualTo(1.0);
    assertThat(yes.f1Score()).isEqualTo(2 * 0.8 / 1.8, within(1e-12));
    assertThat(yes.logLoss()).isEqualTo(-(0.8 * Math.log(0.8) + 0.2 * Math.log(0.2)), within(1e-12));
    assertThat(yes.rocAuc()).isEqualTo(0.5);

    BaselineComparison mostlyNo = new BaselineComparison(model(0.9, 0.9), new LabelCounts(30, 100));
    assertThat(mostlyNo.majorityLabel()).isFalse();
    assertThat(mostlyNo.baseline().accuracy()).isEqualTo(0.7, within(1e-12));
    assertThat(mostlyNo.baseline().precision()).isNaN();
    assertThat(mostlyNo.baseline().recall()).isZero();
  }

  @Test
  void beatsGuessingWhenMoreAccurateAndRankingAboveChance() {
    BaselineComparison c = new BaselineComparison(model(0.86, 0.81), new LabelCounts(80, 100));
    assertThat(c.verdict()).isEqualTo(Verdict.BEATS_GUESSING);
    assertThat(c.verdictSentence()).isEqualTo(
        "beats guessing: roc_auc 0.810 is above 0.5 + 0.05 and accuracy 0.860 vs 0.800 for always answering TRUE");
  }

  @Test
  void onlyRanksWhenLessAccurateThanTheMajority() {
    BaselineComparison c = new BaselineComparison(model(0.7, 0.74), new LabelCounts(80, 100));
    assertThat(c.verdict()).isEqualTo(Verdict.RANKS_ONLY);
    assertThat(c.verdictSentence()).startsWith("ranks better than chance");
  }

  @Test
  void doesNotBeatGuessingNearACoinFlip() {
    // Accurate only because most labels are FALSE; the ranking is a coin flip.
    assertThat(new BaselineComparison(model(0.71, 0.53), new LabelCounts(30, 100)).verdict())
        .isEqualTo(Verdict.DOES_NOT_BEAT_GUESSING);
    assertThat(new BaselineComparison(model(0.71, 0.55), new LabelCounts(30, 100)).verdictSentence())
        .startsWith("does not beat guessing: roc_auc 0.550 is not above 0.5 + 0.05");
  }

  @Test
  void judgesByRocAucAloneWithoutLabelledRows() {
    BaselineComparison c = new BaselineComparison(model(0.7, 0.8), new LabelCounts(0, 0));
    assertThat(c.baseline().accuracy()).isNaN();
    assertThat(c.verdictSentence()).contains("no labelled rows, so no baseline");
  }
}
