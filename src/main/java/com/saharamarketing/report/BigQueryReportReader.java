package com.saharamarketing.report;

import com.google.api.gax.retrying.RetrySettings;
import com.google.auth.Credentials;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.NoCredentials;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.BigQueryError;
import com.google.cloud.bigquery.BigQueryException;
import com.google.cloud.bigquery.BigQueryOptions;
import com.google.cloud.bigquery.FieldValue;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.QueryJobConfiguration;
import com.google.cloud.bigquery.TableResult;
import com.saharamarketing.sql.Sql;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Reads the report's three views with {@code google-cloud-bigquery}'s {@link BigQuery#query}.
 *
 * <p>Queries:
 *
 * <ul>
 *   <li>{@code SELECT k, davies_bouldin_index, mean_squared_distance FROM elbow_point ORDER BY k};
 *   <li>{@code SELECT precision, recall, accuracy, f1_score, log_loss, roc_auc FROM
 *       repeat_buyer_model_evaluation};
 *   <li>{@code SELECT COUNTIF(label), COUNT(label) FROM repeat_buyer_training}: the positive share
 *       for the majority-class baseline. The training view is used rather than {@code
 *       ML.CONFUSION_MATRIX} because it is a plain view the stack already names and is readable
 *       with the same permission; see {@link BaselineComparison} for why its share stands for the
 *       evaluation rows.
 * </ul>
 *
 * <p>Failures that the user can fix become a {@link ReportException} with one sentence: no
 * credentials, 401, 403, 404 (not deployed yet) and an unreachable endpoint.
 */
public final class BigQueryReportReader {
  private final BigQuery bigQuery;
  private final ReportTables tables;
  private final String host;

  private BigQueryReportReader(BigQuery bigQuery, ReportTables tables, String host) {
    this.bigQuery = bigQuery;
    this.tables = tables;
    this.host = host;
  }

  /**
   * A reader for Google's BigQuery, or for another endpoint (an emulator, a test server).
   *
   * @param tables what to read
   * @param location the dataset's location (region), where query jobs run
   * @param endpoint base URL such as {@code http://localhost:9050}, or null for Google's API; with
   *     an endpoint no credentials are used
   * @param credentials supplies Google credentials when no endpoint is set, typically {@link
   *     GoogleCredentials#getApplicationDefault()}
   * @throws ReportException when no endpoint is set and no credentials can be found
   */
  public static BigQueryReportReader connect(ReportTables tables, String location, String endpoint,
      Callable<? extends Credentials> credentials) {
    BigQueryOptions.Builder options = BigQueryOptions.newBuilder()
        .setProjectId(tables.projectId())
        .setLocation(location)
        // Few, short retries: a report should fail in seconds, not after the 12-minute default.
        .setRetrySettings(RetrySettings.newBuilder()
            .setMaxAttempts(3)
            .setInitialRetryDelayDuration(Duration.ofMillis(200))
            .setRetryDelayMultiplier(2)
            .setMaxRetryDelayDuration(Duration.ofSeconds(2))
            .setTotalTimeoutDuration(Duration.ofSeconds(60))
            .build());
    if (endpoint != null) {
      options.setHost(endpoint).setCredentials(NoCredentials.getInstance());
    } else {
      options.setCredentials(loadCredentials(credentials));
    }
    BigQueryOptions built = options.build();
    return new BigQueryReportReader(built.getService(), tables, built.getHost());
  }

  /** Google application default credentials; {@link #connect} turns a failure into one sentence. */
  public static Credentials applicationDefaultCredentials() throws IOException {
    return GoogleCredentials.getApplicationDefault();
  }

  private static Credentials loadCredentials(Callable<? extends Credentials> credentials) {
    try {
      return credentials.call();
    } catch (Exception e) {
      String keyFile = System.getenv("GOOGLE_APPLICATION_CREDENTIALS");
      if (keyFile != null && !keyFile.isBlank()) {
        // The variable wins over gcloud's login, so a bad key file is the thing to fix.
        throw new ReportException("GOOGLE_APPLICATION_CREDENTIALS names " + keyFile + ", which "
            + (java.nio.file.Files.isReadable(java.nio.file.Path.of(keyFile))
                ? "is not a valid credentials file" : "does not exist or cannot be read")
            + ": point it at a service-account key file, or unset it and run "
            + "`gcloud auth application-default login`.", e);
      }
      throw new ReportException("No Google credentials were found: run `gcloud auth application-default login` "
          + "(or set GOOGLE_APPLICATION_CREDENTIALS to a service-account key file), or pass --endpoint "
          + "for a BigQuery emulator.", e);
    }
  }

  /** Reads the elbow, the evaluation and the label counts. */
  public ReportData read() {
    List<ElbowPoint> elbow = new ArrayList<>();
    for (FieldValueList row : query(tables.elbowView(),
        "SELECT k, davies_bouldin_index, mean_squared_distance FROM " + tables.reference(tables.elbowView())
            + " ORDER BY k")) {
      elbow.add(new ElbowPoint((int) row.get("k").getLongValue(), number(row.get("davies_bouldin_index")),
          number(row.get("mean_squared_distance"))));
    }
    if (elbow.isEmpty()) {
      throw new ReportException("The view " + tables.displayName(tables.elbowView()) + " has no rows: "
          + "the k-means models have not been trained; run `cdktf deploy sahara-marketing` and wait for its model jobs.");
    }
    List<FieldValueList> evaluation = rows(query(tables.evaluationView(),
        "SELECT precision, recall, accuracy, f1_score, log_loss, roc_auc FROM "
            + tables.reference(tables.evaluationView())));
    if (evaluation.isEmpty()) {
      throw new ReportException("The view " + tables.displayName(tables.evaluationView()) + " has no rows: "
          + "the repeat-buyer model has not been trained; run `cdktf deploy sahara-marketing` and wait for its model job.");
    }
    FieldValueList e = evaluation.get(0);
    ClassifierMetrics metrics = new ClassifierMetrics(number(e.get("precision")), number(e.get("recall")),
        number(e.get("accuracy")), number(e.get("f1_score")), number(e.get("log_loss")), number(e.get("roc_auc")));
    String label = Sql.quoteIdentifier(tables.labelColumn());
    List<FieldValueList> counts = rows(query(tables.trainingView(),
        "SELECT COUNTIF(" + label + ") AS positives, COUNT(" + label + ") AS labelled FROM "
            + tables.reference(tables.trainingView())));
    LabelCounts labels = new LabelCounts(counts.get(0).get("positives").getLongValue(),
        counts.get(0).get("labelled").getLongValue());
    return new ReportData(elbow, metrics, labels);
  }

  private static List<FieldValueList> rows(Iterable<FieldValueList> result) {
    List<FieldValueList> rows = new ArrayList<>();
    result.forEach(rows::add);
    return rows;
  }

  private static double number(FieldValue value) {
    return value == null || value.isNull() ? Double.NaN : value.getDoubleValue();
  }

  private Iterable<FieldValueList> query(String view, String sql) {
    try {
      TableResult result = bigQuery.query(QueryJobConfiguration.newBuilder(sql).setUseLegacySql(false).build());
      return result.iterateAll();
    } catch (BigQueryException e) {
      throw explain(e, view);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportException("Interrupted while reading " + tables.displayName(view) + ".", e);
    }
  }

  /** Turns a BigQuery failure into one sentence, or rethrows what the user cannot fix. */
  RuntimeException explain(BigQueryException e, String view) {
    String said = bigQueryMessage(e);
    String deployed = "SAHARA_PROJECT=" + tables.projectId() + ", SAHARA_DATASET=" + tables.datasetId();
    if (e.getCode() == 401) {
      return new ReportException("BigQuery rejected the Google credentials (" + said + "): run "
          + "`gcloud auth application-default login` again, or set GOOGLE_APPLICATION_CREDENTIALS to a valid key file.", e);
    }
    if (e.getCode() == 403) {
      return new ReportException("No permission to read " + tables.displayName(view) + " (" + said + "): "
          + "ask for roles/bigquery.dataViewer on dataset " + tables.datasetId() + " and roles/bigquery.jobUser "
          + "on project " + tables.projectId() + ", or set SAHARA_PROJECT to a project you can query.", e);
    }
    if (e.getCode() == 404 || "notFound".equals(e.getReason()) || said.startsWith("Not found")) {
      return new ReportException("BigQuery has no " + tables.displayName(view) + " yet (" + said + "): "
          + "the models are created by the deploy, so run `cdktf deploy sahara-marketing` first, "
          + "or point SAHARA_PROJECT, SAHARA_DATASET and SAHARA_REGION at the deployed dataset (now " + deployed + ").", e);
    }
    if (e.getCode() == 0 && e.getCause() instanceof IOException io) {
      return new ReportException("Cannot reach BigQuery at " + host + " (" + io + "): check --endpoint or "
          + "SAHARA_BIGQUERY_ENDPOINT, or your network connection.", e);
    }
    return e;
  }

  /** BigQuery's own first line, without a trailing full stop; "HTTP code" when it said nothing. */
  private static String bigQueryMessage(BigQueryException e) {
    BigQueryError error = e.getError();
    String message = error != null && error.getMessage() != null ? error.getMessage() : e.getMessage();
    String line = message == null ? "" : message.lines().findFirst().orElse("").strip().replaceAll("\\.$", "");
    return line.isEmpty() ? "HTTP " + e.getCode() : line;
  }
}
