package com.saharamarketing.app;

import com.saharamarketing.report.BigQueryReportReader;
import com.saharamarketing.report.ElbowChart;
import com.saharamarketing.report.KSuggestion;
import com.saharamarketing.report.Kneedle;
import com.saharamarketing.report.ReportData;
import com.saharamarketing.report.ReportException;
import com.saharamarketing.report.ReportTables;
import com.saharamarketing.report.ReportText;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sahara report}: reads the deployed models' evaluations from BigQuery, prints the elbow
 * table with a suggested k and the repeat-buyer metrics next to a majority-class baseline, and
 * writes the elbow chart as PNG and SVG.
 *
 * <p>Project, dataset and region come from the usual settings ({@link SettingsLoader}). The
 * BigQuery endpoint is Google's unless {@code --endpoint} or {@code SAHARA_BIGQUERY_ENDPOINT}
 * names another (an emulator or a test server), in which case no credentials are used. Problems
 * the user can fix (no credentials, no permission, models not deployed) print one sentence and
 * exit 2.
 */
@Command(name = "report", mixinStandardHelpOptions = true, version = Main.VERSION,
    description = "Print the elbow (with a suggested k) and the repeat-buyer evaluation of the deployed "
        + "models, and write the elbow chart as PNG and SVG.")
final class ReportCommand implements Callable<Integer> {
  /** Environment variable that sets the BigQuery endpoint when {@code --endpoint} is not given. */
  static final String ENDPOINT_VARIABLE = "SAHARA_BIGQUERY_ENDPOINT";

  // Held so that the level sticks: java.util.logging keeps loggers weakly.
  private static final List<Logger> QUIET = List.of(Logger.getLogger("com.google"), Logger.getLogger("io.grpc"));

  @Option(names = "--out", paramLabel = "FOLDER", defaultValue = "report",
      description = "Folder for elbow.png and elbow.svg, relative to the project folder (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "BigQuery API base URL, e.g. http://localhost:9050 for an emulator; no credentials are used. "
          + "Default: $" + ENDPOINT_VARIABLE + ", else Google's API with application default credentials.")
  String endpoint;

  @Option(names = "--sensitivity", paramLabel = "S", defaultValue = "1.0",
      description = "Kneedle sensitivity: larger asks for a sharper knee (default: ${DEFAULT-VALUE}).")
  double sensitivity;

  private final Map<String, String> env;

  ReportCommand() {
    this(System.getenv());
  }

  /** For tests: settings and the endpoint variable come from this environment. */
  ReportCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    QUIET.forEach(logger -> logger.setLevel(Level.OFF));
    System.setProperty("java.awt.headless", "true");
    Path projectDir = Main.projectDir();
    SaharaSettings settings = SettingsLoader.load(projectDir, env);
    Kneedle kneedle;
    try {
      kneedle = new Kneedle(sensitivity);
    } catch (IllegalArgumentException e) {
      throw new InputException("--" + e.getMessage(), e);
    }
    String endpointUrl = endpoint();
    ReportTables tables = ReportTables.of(settings.projectId(), settings.datasetId());
    try {
      ReportData data = BigQueryReportReader
          .connect(tables, settings.region(), endpointUrl, BigQueryReportReader::applicationDefaultCredentials)
          .read();
      KSuggestion suggestion = KSuggestion.suggest(data.elbow(), kneedle);
      Path folder = Path.of(out);
      try {
        ElbowChart.write(projectDir.resolve(folder), data.elbow(), suggestion);
      } catch (IOException e) {
        throw new ReportException("Cannot write the chart to " + out + " (" + e + "): pass --out with a folder you can write to.", e);
      }
      System.out.print(ReportText.format(tables, data, suggestion,
          folder.resolve(ElbowChart.PNG) + " and " + folder.resolve(ElbowChart.SVG)));
      return 0;
    } catch (ReportException e) {
      System.err.println("error: " + e.getMessage());
      return Main.EXIT_BAD_INPUT;
    }
  }

  /** The endpoint from the option, else the environment; null for Google's API. */
  private String endpoint() {
    String source = endpoint != null ? "--endpoint" : ENDPOINT_VARIABLE;
    String value = endpoint != null ? endpoint : env.get(ENDPOINT_VARIABLE);
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.strip();
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value.replaceAll("/+$", "");
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new SettingsException(source + ": '" + value + "' is not an http(s) URL; use e.g. http://localhost:9050");
  }
}
