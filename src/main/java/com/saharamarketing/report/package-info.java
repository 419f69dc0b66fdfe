/**
 * The model report read back from a deployed stack: the k-means elbow ({@code elbow_point}) with a
 * suggested k and a chart, and the repeat-buyer evaluation next to a majority-class baseline.
 *
 * <p>Plain Java plus the BigQuery client and JFreeChart; no cdktf. {@link
 * com.saharamarketing.report.BigQueryReportReader} reads, {@link
 * com.saharamarketing.report.Kneedle} and {@link com.saharamarketing.report.KSuggestion} decide,
 * {@link com.saharamarketing.report.ElbowChart} draws and {@link
 * com.saharamarketing.report.ReportText} prints.
 */
package com.saharamarketing.report;
