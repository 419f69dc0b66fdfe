package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.saharamarketing.report.DeployedModels;
import com.saharamarketing.report.FakeBigQuery;
import com.saharamarketing.report.ReportTables;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

/** {@code sahara report} against a fake BigQuery REST server. */
class ReportCommandTest {
  @TempDir Path project;
  @RegisterExtension final CommandConsole console = new CommandConsole(() -> project);
  private final ByteArrayOutputStream err = console.err;
  private final ByteArrayOutputStream out = console.out;

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Runs {@code report} with the given environment (settings and endpoint variable). */
  private static int report(Map<String, String> env, String... args) {
    return new CommandLine(new ReportCommand(env)).execute(args);
  }

  @Test
  void suggestsTheKneeAndJudgesTheRepeatBuyerModel() throws Exception {
    try (FakeBigQuery bigQuery = DeployedModels.server()) {
      assertThat(Main.run("report", "--endpoint", bigQuery.url(), "--out", "charts")).isZero();

      assertThat(stderr()).isEmpty();
      String text = stdout();
      assertThat(text)
          .contains("suggested k = " + DeployedModels.KNEE + " (knee of mean_squared_distance by Kneedle (S = 1.0); "
              + "the Davies–Bouldin minimum is at k = " + DeployedModels.DAVIES_BOULDIN_MIN + " instead)")
          .contains("Davies–Bouldin minimum: k = " + DeployedModels.DAVIES_BOULDIN_MIN)
          .containsPattern("(?m)^ +" + DeployedModels.KNEE + " .*<- knee$")
          .contains("elbow chart written to " + Path.of("charts", "elbow.png") + " and " + Path.of("charts", "elbow.svg"))
          // model next to the baseline of always answering TRUE (24 of 30 = 0.8)
          .containsPattern("(?m)^  accuracy +0\\.7000 +0\\.8000$")
          .containsPattern("(?m)^  roc_auc +0\\.7400 +0\\.5000$")
          .containsPattern("(?m)^  precision +0\\.8750 +0\\.8000$")
          .containsPattern("(?m)^  recall +0\\.7000 +1\\.0000$")
          .contains("repeat_buyer is TRUE in 24 (80.0%) of 30 labelled rows")
          .contains("verdict: the model ranks better than chance (roc_auc 0.740")
          .contains("not more accurate than guessing the majority (accuracy 0.700 vs 0.800 for always answering TRUE)");
      // ten rows in the elbow table
      assertThat(text.lines().filter(l -> l.matches(" +\\d+ +\\d\\.\\d{4} +\\d+\\.\\d{4}.*"))).hasSize(10);

      // Only jobs.query was called, once per view, with standard SQL against the configured dataset.
      List<LoggedRequest> requests = bigQuery.requests();
      assertThat(bigQuery.unmatched()).isEmpty();
      assertThat(requests).hasSize(3).allSatisfy(r -> {
        assertThat(r.getMethod().getName()).isEqualTo("POST");
        assertThat(r.getUrl()).startsWith("/bigquery/v2/projects/" + SaharaSettings.DEFAULT_PROJECT + "/queries");
        assertThat(r.getBodyAsString()).contains("\"useLegacySql\":false");
        assertThat(r.getHeader("Authorization")).isNull();
      });

      BufferedImage png = ImageIO.read(project.resolve("charts/elbow.png").toFile());
      assertThat(png).isNotNull();
      assertThat(png.getWidth()).isEqualTo(800);
      assertThat(png.getHeight()).isEqualTo(500);

      Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(project.resolve("charts/elbow.svg").toFile());
      assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
      assertThat(svg.getElementsByTagName("path").getLength()).isPositive();
      assertThat(svg.getDocumentElement().getTextContent()).contains("suggested k = " + DeployedModels.KNEE + " (knee)");
    }
  }

  @Test
  void writesTheSameFilesEveryRun() throws Exception {
    try (FakeBigQuery bigQuery = DeployedModels.server()) {
      assertThat(Main.run("report", "--endpoint", bigQuery.url(), "--out", "a")).isZero();
      assertThat(Main.run("report", "--endpoint", bigQuery.url(), "--out", "b")).isZero();
    }
    for (String file : List.of("elbow.png", "elbow.svg")) {
      assertThat(Files.readAllBytes(project.resolve("a").resolve(file)))
          .as(file).isEqualTo(Files.readAllBytes(project.resolve("b").resolve(file)));
    }
    String[] runs = stdout().split("(?m)^Model report");
    assertThat(runs[1].replace(" a/", " b/").replace(" a\\", " b\\")).isEqualTo(runs[2]);
  }

  @Test
  void readsTheConfiguredProjectAndDatasetAtTheEndpointFromTheEnvironment() {
    try (FakeBigQuery bigQuery = DeployedModels.server()) {
      int code = report(Map.of(ReportCommand.ENDPOINT_VARIABLE, bigQuery.url(),
          "SAHARA_PROJECT", "acme-analytics", "SAHARA_DATASET", "crm_ml"), "--out", "r");
      assertThat(code).as(stderr()).isZero();
      assertThat(stdout()).startsWith("Model report for project acme-analytics, dataset crm_ml");
      assertThat(bigQuery.requests()).extracting(LoggedRequest::getUrl)
          .allMatch(url -> url.startsWith("/bigquery/v2/projects/acme-analytics/queries"));
      assertThat(bigQuery.requests().get(0).getBodyAsString())
          .contains("FROM `acme-analytics.crm_ml.elbow_point` ORDER BY k");
    }
  }

  @Test
  void failsWithOneSentenceBeforeTheModelsAreDeployed() {
    try (FakeBigQuery bigQuery = new FakeBigQuery().error(ReportTables.ELBOW_VIEW, 404, "notFound", "NOT_FOUND",
        "Not found: Table sahara-demo-project:sahara_marketing.elbow_point was not found in location europe-west2")) {
      assertThat(report(Map.of(), "--endpoint", bigQuery.url())).isEqualTo(Main.EXIT_BAD_INPUT);
    }
    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("error: BigQuery has no sahara-demo-project.sahara_marketing.elbow_point yet (Not found: Table")
        .contains("run `cdktf deploy sahara-marketing` first");
    assertThat(project.resolve("report")).doesNotExist();
  }

  @Test
  void failsWithOneSentenceWithoutPermission() {
    try (FakeBigQuery bigQuery = new FakeBigQuery().error(ReportTables.ELBOW_VIEW, 403, "accessDenied",
        "PERMISSION_DENIED", "Access Denied: Project sahara-demo-project: User does not have bigquery.jobs.create "
            + "permission in project sahara-demo-project.")) {
      assertThat(report(Map.of(), "--endpoint", bigQuery.url())).isEqualTo(Main.EXIT_BAD_INPUT);
    }
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("error: No permission to read sahara-demo-project.sahara_marketing.elbow_point (Access Denied:")
        .contains("roles/bigquery.jobUser");
  }

  @Test
  void failsWithOneSentenceWhenTheCredentialsAreRejected() {
    try (FakeBigQuery bigQuery = new FakeBigQuery().error(ReportTables.ELBOW_VIEW, 401, "authError",
        "UNAUTHENTICATED", "Request had invalid authentication credentials.")) {
      assertThat(report(Map.of(), "--endpoint", bigQuery.url())).isEqualTo(Main.EXIT_BAD_INPUT);
    }
    assertThat(stderr().lines()).singleElement().asString()
        .contains("rejected the Google credentials").contains("gcloud auth application-default login");
  }

  @Test
  void failsWithOneSentenceWhenTheEvaluationViewIsMissing() {
    try (FakeBigQuery bigQuery = new FakeBigQuery()
        .table(ReportTables.ELBOW_VIEW, DeployedModels.ELBOW_COLUMNS, DeployedModels.elbowRows())
        .error(ReportTables.EVALUATION_VIEW, 404, "notFound", "NOT_FOUND",
            "Not found: Table sahara-demo-project:sahara_marketing.repeat_buyer_model_evaluation")) {
      assertThat(report(Map.of(), "--endpoint", bigQuery.url())).isEqualTo(Main.EXIT_BAD_INPUT);
    }
    assertThat(stderr().lines()).singleElement().asString()
        .contains("no sahara-demo-project.sahara_marketing.repeat_buyer_model_evaluation yet");
  }

  @Test
  void failsWithOneSentenceWhenTheEndpointIsUnreachable() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    assertThat(report(Map.of(), "--endpoint", "http://localhost:" + port)).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(stderr().lines()).singleElement().asString()
        .startsWith("error: Cannot reach BigQuery at http://localhost:" + port);
  }

  @Test
  void failsOnAnEndpointThatIsNotAUrl() {
    assertThat(Main.run("report", "--endpoint", "localhost:9050")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(stderr().lines()).singleElement().asString()
        .isEqualTo("error: --endpoint: 'localhost:9050' is not an http(s) URL; use e.g. http://localhost:9050");
  }

  @Test
  void failsOnASensitivityThatIsNotPositiveAsBadInput() {
    assertThat(Main.run("report", "--sensitivity", "0", "--endpoint", "http://localhost:9")).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(stderr().lines()).singleElement().asString().startsWith("error: --sensitivity: 0.0 is not valid");
  }

  @Test
  void aKeyFileThatDoesNotExistIsNamedInOneSentence() throws Exception {
    TestProject.copyOfData(project.resolve("data"));
    Path missing = project.resolve("no-such-key.json");
    Subprocess.Result run = Subprocess.sahara(project, project, List.of(),
        Map.of("GOOGLE_APPLICATION_CREDENTIALS", missing.toString()), "report");

    assertThat(run.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("GOOGLE_APPLICATION_CREDENTIALS names " + missing)
        .contains("does not exist").doesNotContain("at com.").doesNotContain("Exception");
  }
}
