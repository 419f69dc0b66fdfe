package com.saharamarketing.report;

import java.util.Locale;

/**
 * A classifier's metrics next to the majority-class baseline (always answer the more common label)
 * and a plain verdict.
 *
 * <p>The baseline needs the share p of positive labels. It is taken from the training view's label
 * column over all labelled rows (see {@link BigQueryReportReader}). BigQuery ML evaluates on a
 * random split of those rows (or on all of them when there are fewer than 500), so the share
 * matches the evaluation rows up to sampling noise. Baseline metrics for "always the majority":
 * accuracy {@code max(p, 1 - p)}; when the majority is positive precision {@code p}, recall 1, F1
 * {@code 2p / (1 + p)}, otherwise precision undefined, recall and F1 0; log loss of predicting the
 * constant p, {@code -(p ln p + (1 - p) ln (1 - p))}; ROC AUC 0.5.
 *
 * <p>Verdict: the model <em>beats guessing</em> when its ROC AUC exceeds 0.5 by more than {@value
 * #ROC_AUC_MARGIN} and its accuracy exceeds the baseline's; it <em>only ranks better than
 * chance</em> when the ROC AUC clears the margin but the accuracy does not (common with {@code
 * auto_class_weights}, which trades accuracy on the majority class for recall on the minority);
 * otherwise it <em>does not beat guessing</em>.
 *
 * @param model the model's metrics
 * @param labels label counts of the training view
 */
public record BaselineComparison(ClassifierMetrics model, LabelCounts labels) {
  /** How far above 0.5 the ROC AUC must be to count as better than a coin flip. */
  public static final double ROC_AUC_MARGIN = 0.05;

  /** The verdict's three outcomes. */
  public enum Verdict {
    BEATS_GUESSING,
    RANKS_ONLY,
    DOES_NOT_BEAT_GUESSING
  }

  /** The metrics of always answering the majority label. */
  public ClassifierMetrics baseline() {
    double p = labels.positiveShare();
    boolean majorityPositive = p >= 0.5;
    double logLoss = p <= 0 || p >= 1 ? 0 : -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
    if (Double.isNaN(p)) {
      return new ClassifierMetrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.5);
    }
    return majorityPositive
        ? new ClassifierMetrics(p, 1, p, 2 * p / (1 + p), logLoss, 0.5)
        : new ClassifierMetrics(Double.NaN, 0, 1 - p, 0, logLoss, 0.5);
  }

  /** The label the baseline always answers. */
  public boolean majorityLabel() {
    return labels.positiveShare() >= 0.5;
  }

  public Verdict verdict() {
    boolean ranks = model.rocAuc() > 0.5 + ROC_AUC_MARGIN;
    boolean accurate = model.accuracy() > baseline().accuracy();
    if (ranks && accurate) {
      return Verdict.BEATS_GUESSING;
    }
    return ranks ? Verdict.RANKS_ONLY : Verdict.DOES_NOT_BEAT_GUESSING;
  }

  /** One sentence: the verdict and the numbers behind it. */
  public String verdictSentence() {
    String answer = majorityLabel() ? "TRUE" : "FALSE";
    String auc = String.format(Locale.ROOT, "roc_auc %.3f", model.rocAuc());
    String accuracy = Double.isNaN(baseline().accuracy())
        ? String.format(Locale.ROOT, "accuracy %.3f (no labelled rows, so no baseline)", model.accuracy())
        : String.format(Locale.ROOT, "accuracy %.3f vs %.3f for always answering %s", model.accuracy(),
            baseline().accuracy(), answer);
    return switch (verdict()) {
      case BEATS_GUESSING -> "beats guessing: " + auc + " is above 0.5 + " + ROC_AUC_MARGIN + " and " + accuracy;
      case RANKS_ONLY -> "ranks better than chance (" + auc + " is above 0.5 + " + ROC_AUC_MARGIN
          + ") but is not more accurate than guessing the majority (" + accuracy
          + "); use its probabilities to rank accounts rather than its yes/no answers";
      case DOES_NOT_BEAT_GUESSING -> "does not beat guessing: " + auc + " is not above 0.5 + " + ROC_AUC_MARGIN
          + " (" + accuracy + ")";
    };
  }
}
