package com.saharamarketing.sql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the BigQuery ML statements that the model constructs deploy: {@code CREATE OR REPLACE
 * MODEL} and views over {@code ML.EVALUATE}.
 */
public final class ModelStatements {
  private static final SqlTemplate CREATE_MODEL = SqlTemplate.load("create_model.sql");
  private static final SqlTemplate EVALUATE = SqlTemplate.load("evaluate_model.sql");
  private static final SqlTemplate ELBOW_BRANCH = SqlTemplate.load("elbow_point_branch.sql");

  private ModelStatements() {}

  /**
   * {@code CREATE OR REPLACE MODEL model OPTIONS (options) AS SELECT columns FROM source}.
   *
   * @param model a quoted model reference ({@link Sql#tableReference})
   * @param optionsSql the body of the OPTIONS clause
   * @param columns the columns to train on, label included; quoted here
   * @param source a quoted table or view reference
   */
  public static String createModel(
      String model, String optionsSql, List<String> columns, String source) {
    return CREATE_MODEL.render(
        Map.of(
            "model", model,
            "options", optionsSql,
            "columns", columns.stream().map(Sql::quoteIdentifier).collect(Collectors.joining(",\n  ")),
            "source", source));
  }

  /** {@code SELECT * FROM ML.EVALUATE(MODEL model)}. */
  public static String evaluate(String model) {
    return EVALUATE.render(Map.of("model", model));
  }

  /**
   * One row per k with the evaluation metrics of that k's model, ordered by k.
   *
   * @param modelsByK quoted model references keyed by k, iterated in ascending k
   */
  public static String elbowPoint(Map<Integer, String> modelsByK) {
    if (modelsByK.isEmpty()) {
      throw new IllegalArgumentException("the elbow view needs at least one model");
    }
    return modelsByK.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> ELBOW_BRANCH.render(Map.of("k", e.getKey().toString(), "model", e.getValue())))
            .collect(Collectors.joining("\nUNION ALL\n"))
        + "\nORDER BY k";
  }
}
