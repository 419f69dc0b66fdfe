package com.saharamarketing.report;

/**
 * How many labelled rows of the training view are positive.
 *
 * @param positives rows whose label is TRUE
 * @param labelled rows whose label is not NULL
 */
public record LabelCounts(long positives, long labelled) {
  public LabelCounts {
    if (labelled < 0 || positives < 0 || positives > labelled) {
      throw new IllegalArgumentException("label counts: " + positives + " positives of " + labelled
          + " labelled rows is not possible");
    }
  }

  /** The share of positive labels; NaN when no row is labelled. */
  public double positiveShare() {
    return labelled == 0 ? Double.NaN : (double) positives / labelled;
  }
}
