package com.saharamarketing.report;

import java.util.Locale;
import java.util.OptionalInt;

/** The report as plain text: one table per model family, the suggested k and the verdict. */
public final class ReportText {
  private ReportText() {}

  /**
   * Formats the report. Numbers use {@link Locale#ROOT}; nothing depends on the clock.
   *
   * @param tables where the data came from
   * @param data what was read
   * @param suggestion the suggested k
   * @param chartFiles how to name the chart files to the user (e.g. {@code report/elbow.png and
   *     report/elbow.svg})
   */
  public static String format(ReportTables tables, ReportData data, KSuggestion suggestion, String chartFiles) {
    StringBuilder out = new StringBuilder();
    line(out, "Model report for project %s, dataset %s", tables.projectId(), tables.datasetId());
    line(out, "");
    line(out, "Customer segmentation: k-means models (view %s)", tables.elbowView());
    line(out, "  %3s  %20s  %21s", "k", "davies_bouldin_index", "mean_squared_distance");
    for (ElbowPoint p : data.elbow()) {
      String note = (is(suggestion.kneeK(), p.k()) ? "  <- knee" : "")
          + (is(suggestion.daviesBouldinMinK(), p.k()) ? "  <- lowest Davies–Bouldin" : "");
      line(out, "  %3d  %20s  %21s%s", p.k(), number(p.daviesBouldinIndex()), number(p.meanSquaredDistance()), note);
    }
    line(out, "Davies–Bouldin minimum: %s", suggestion.daviesBouldinMinK().isPresent()
        ? "k = " + suggestion.daviesBouldinMinK().getAsInt() : "unknown (no values)");
    line(out, "suggested k = %d (%s)", suggestion.k(), suggestion.reason());
    line(out, "elbow chart written to %s", chartFiles);
    line(out, "");

    BaselineComparison comparison = new BaselineComparison(data.repeatBuyer(), data.labels());
    ClassifierMetrics model = data.repeatBuyer();
    ClassifierMetrics baseline = comparison.baseline();
    line(out, "Repeat-buyer prediction: logistic regression (view %s)", tables.evaluationView());
    line(out, "  %-9s  %8s  %17s", "metric", "model", "majority baseline");
    metric(out, "precision", model.precision(), baseline.precision());
    metric(out, "recall", model.recall(), baseline.recall());
    metric(out, "accuracy", model.accuracy(), baseline.accuracy());
    metric(out, "f1_score", model.f1Score(), baseline.f1Score());
    metric(out, "log_loss", model.logLoss(), baseline.logLoss());
    metric(out, "roc_auc", model.rocAuc(), baseline.rocAuc());
    LabelCounts labels = data.labels();
    line(out, "baseline: always answer %s; %s is TRUE in %s of %d labelled rows of %s",
        comparison.majorityLabel() ? "TRUE" : "FALSE", tables.labelColumn(),
        Double.isNaN(labels.positiveShare()) ? "none"
            : String.format(Locale.ROOT, "%d (%.1f%%)", labels.positives(), 100 * labels.positiveShare()),
        labels.labelled(), tables.trainingView());
    line(out, "verdict: the model %s", comparison.verdictSentence());
    return out.toString();
  }

  private static boolean is(OptionalInt k, int value) {
    return k.isPresent() && k.getAsInt() == value;
  }

  private static void metric(StringBuilder out, String name, double model, double baseline) {
    line(out, "  %-9s  %8s  %17s", name, number(model), number(baseline));
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
