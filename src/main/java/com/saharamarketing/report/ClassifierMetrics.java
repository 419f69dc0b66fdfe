package com.saharamarketing.report;

/**
 * The binary classification metrics of {@code ML.EVALUATE} for a logistic regression, as in the
 * {@code repeat_buyer_model_evaluation} view. NaN marks a metric BigQuery returned as NULL.
 */
public record ClassifierMetrics(
    double precision, double recall, double accuracy, double f1Score, double logLoss, double rocAuc) {}
