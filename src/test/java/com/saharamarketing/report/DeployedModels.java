package com.saharamarketing.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What a deployed stack's views hold, for the fake server: ten k-means evaluations (k = 2..11)
 * whose mean squared distance falls steeply up to {@link #KNEE} and gently after it, with the
 * lowest Davies–Bouldin index at {@link #DAVIES_BOULDIN_MIN}; and a repeat-buyer evaluation.
 */
public final class DeployedModels {
  /** The break of the constructed curve. */
  public static final int KNEE = 4;
  /** The k whose Davies–Bouldin index is lowest. */
  public static final int DAVIES_BOULDIN_MIN = 5;
  public static final List<String> ELBOW_COLUMNS =
      List.of("k:INTEGER", "davies_bouldin_index:FLOAT", "mean_squared_distance:FLOAT");
  public static final List<String> EVALUATION_COLUMNS = List.of("precision:FLOAT", "recall:FLOAT",
      "accuracy:FLOAT", "f1_score:FLOAT", "log_loss:FLOAT", "roc_auc:FLOAT");
  /** 24 of 30 accounts are repeat buyers: the majority baseline is 0.8 accurate. */
  public static final List<List<Object>> LABELS = List.of(List.of(24, 30));
  /** Less accurate than the baseline (0.7 &lt; 0.8) but ranks well (0.74). */
  public static final List<List<Object>> EVALUATION = List.of(List.of(0.875, 0.7, 0.7, 0.7777, 0.5512, 0.74));

  private static final double[] DAVIES_BOULDIN = {1.42, 1.21, 1.08, 1.02, 1.10, 1.15, 1.19, 1.24, 1.27, 1.31};

  private DeployedModels() {}

  /** Rows of {@code elbow_point}: mean squared distance 12, 9, 6 then down 0.3 per k, wiggling ±0.04. */
  public static List<List<Object>> elbowRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (int k = 2; k <= 11; k++) {
      double msd = k <= KNEE ? 12 - 3.0 * (k - 2) : 12 - 3.0 * (KNEE - 2) - 0.3 * (k - KNEE);
      msd += k % 2 == 0 ? 0.04 : -0.04;
      rows.add(List.of(k, DAVIES_BOULDIN[k - 2], Math.round(msd * 1000) / 1000.0));
    }
    return rows;
  }

  /** A fake server with all three views. */
  public static FakeBigQuery server() {
    return new FakeBigQuery()
        .table(ReportTables.ELBOW_VIEW, ELBOW_COLUMNS, elbowRows())
        .table(ReportTables.EVALUATION_VIEW, EVALUATION_COLUMNS, EVALUATION)
        .table(ReportTables.TRAINING_VIEW, List.of("positives:INTEGER", "labelled:INTEGER"), LABELS);
  }
}
