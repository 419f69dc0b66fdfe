package com.saharamarketing.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Locale;

/**
 * A local stand-in for the BigQuery REST API (v2) on a random port, answering {@code jobs.query}
 * ({@code POST /bigquery/v2/projects/{project}/queries}), which is what {@code BigQuery.query()}
 * calls for a plain SELECT, with the real response shape: {@code schema.fields} plus {@code rows}
 * of {@code f}/{@code v} cells, numbers as strings, {@code jobComplete: true}. Errors use Google's
 * error body ({@code error.code}, {@code message}, {@code errors[].reason}, {@code status}).
 */
public final class FakeBigQuery implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUERIES = "/bigquery/v2/projects/[^/]+/queries";

  private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

  static {
    // WireMock's Jetty logs through SLF4J, which has no provider here and would say so on stderr.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
  }

  public FakeBigQuery() {
    server.start();
  }

  /** Base URL for {@code --endpoint}. */
  public String url() {
    return "http://localhost:" + server.port();
  }

  /** Answers queries that read {@code view} with these columns ({@code name:TYPE}) and rows. */
  public FakeBigQuery table(String view, List<String> columns, List<List<Object>> rows) {
    ObjectNode body = JSON.createObjectNode();
    body.put("kind", "bigquery#queryResponse");
    ArrayNode fields = body.putObject("schema").putArray("fields");
    for (String column : columns) {
      String[] parts = column.split(":");
      fields.addObject().put("name", parts[0]).put("type", parts[1]).put("mode", "NULLABLE");
    }
    body.putObject("jobReference").put("projectId", "fake").put("jobId", "job_" + view).put("location", "europe-west2");
    body.put("totalRows", Integer.toString(rows.size()));
    ArrayNode jsonRows = body.putArray("rows");
    for (List<Object> row : rows) {
      ArrayNode cells = jsonRows.addObject().putArray("f");
      for (Object value : row) {
        if (value == null) {
          cells.addObject().putNull("v");
        } else {
          cells.addObject().put("v", value instanceof Double d ? String.format(Locale.ROOT, "%s", d) : value.toString());
        }
      }
    }
    body.put("totalBytesProcessed", "0");
    body.put("jobComplete", true);
    body.put("cacheHit", false);
    return answer(view, 200, body.toString());
  }

  /** Answers queries that read {@code view} with a Google API error. */
  public FakeBigQuery error(String view, int code, String reason, String status, String message) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", code).put("message", message);
    error.putArray("errors").addObject().put("message", message).put("domain", "global").put("reason", reason);
    error.put("status", status);
    return answer(view, code, body.toString());
  }

  private FakeBigQuery answer(String view, int status, String body) {
    server.stubFor(post(urlPathMatching(QUERIES))
        .withRequestBody(matchingJsonPath("$.query", WireMock.containing("." + view + "`")))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
            .withBody(body)));
    return this;
  }

  /** Every request received, in order. */
  public List<LoggedRequest> requests() {
    return server.getAllServeEvents().stream().map(e -> e.getRequest()).map(LoggedRequest.class::cast)
        .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
  }

  /** Requests no stub matched. */
  public List<LoggedRequest> unmatched() {
    return server.findAllUnmatchedRequests();
  }

  @Override
  public void close() {
    server.stop();
  }
}
