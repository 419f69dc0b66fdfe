package com.saharamarketing.report;

import java.util.List;

/**
 * Everything the report shows, as read from BigQuery.
 *
 * @param elbow the elbow sweep, ordered by k
 * @param repeatBuyer the repeat-buyer model's evaluation
 * @param labels label counts of the repeat-buyer training view
 */
public record ReportData(List<ElbowPoint> elbow, ClassifierMetrics repeatBuyer, LabelCounts labels) {
  public ReportData {
    elbow = List.copyOf(elbow);
  }
}
