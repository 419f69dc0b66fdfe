package com.saharamarketing.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModelStatementsTest {
  private static final String MODEL = "`p.d.customer_segments_k4`";

  @Test
  void createModelRendersOptionsQuotedColumnsAndSource() {
    String sql =
        ModelStatements.createModel(
            MODEL, KMeansOptions.defaults(4).toSql(), List.of("Age", "order", "Annual_Revenue"),
            "`p.d.segmentation_training`");

    assertThat(sql)
        .isEqualTo(
            "CREATE OR REPLACE MODEL `p.d.customer_segments_k4`\n"
                + "OPTIONS (\n"
                + "  model_type = 'KMEANS',\n"
                + "  num_clusters = 4,\n"
                + "  distance_type = 'EUCLIDEAN',\n"
                + "  standardize_features = TRUE,\n"
                + "  kmeans_init_method = 'KMEANS++',\n"
                + "  max_iterations = 20\n"
                + ")\n"
                + "AS\n"
                + "SELECT\n"
                + "  `Age`,\n"
                + "  `order`,\n"
                + "  `Annual_Revenue`\n"
                + "FROM `p.d.segmentation_training`");
  }

  @Test
  void createModelQuotesEveryColumnWithBackticks() {
    List<String> columns = List.of("state", "industry", "company_size", "repeat_buyer");

    String sql =
        ModelStatements.createModel(
            MODEL, LogisticRegressionOptions.defaults("repeat_buyer").toSql(), columns, "`p.d.v`");

    for (String column : columns) {
      assertThat(sql).contains("`" + column + "`");
    }
    assertThat(sql).contains("input_label_cols = ['repeat_buyer']").doesNotContain("${");
  }

  @Test
  void failsOnColumnThatCannotBeQuoted() {
    assertThatThrownBy(
            () -> ModelStatements.createModel(MODEL, "x = 1", List.of("ok", "bad`name"), "`s`"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad`name");
  }

  @Test
  void evaluateSelectsFromMlEvaluateOfTheModel() {
    assertThat(ModelStatements.evaluate(MODEL))
        .isEqualTo("SELECT *\nFROM ML.EVALUATE(MODEL `p.d.customer_segments_k4`)");
  }

  @Test
  void elbowPointHasOneSelectPerKInAscendingOrderJoinedByUnionAll() {
    Map<Integer, String> outOfOrder = new LinkedHashMap<>();
    outOfOrder.put(10, "`p.d.m10`");
    outOfOrder.put(2, "`p.d.m2`");
    outOfOrder.put(5, "`p.d.m5`");
    outOfOrder.put(3, "`p.d.m3`");

    String sql = ModelStatements.elbowPoint(outOfOrder);

    assertThat(count(sql, "SELECT ")).isEqualTo(4);
    assertThat(count(sql, "\nUNION ALL\n")).isEqualTo(3);
    assertThat(ks(sql)).containsExactly(2, 3, 5, 10);
    assertThat(sql).endsWith("\nORDER BY k");
    assertThat(sql.indexOf("MODEL `p.d.m2`"))
        .isLessThan(sql.indexOf("MODEL `p.d.m3`"));
    assertThat(sql.indexOf("MODEL `p.d.m5`"))
        .isLessThan(sql.indexOf("MODEL `p.d.m10`"));
  }

  @Test
  void elbowPointBranchPairsEachKWithItsModel() {
    String sql = ModelStatements.elbowPoint(Map.of(2, "`p.d.m2`", 3, "`p.d.m3`"));

    assertThat(sql)
        .isEqualTo(
            "SELECT 2 AS k, davies_bouldin_index, mean_squared_distance\n"
                + "FROM ML.EVALUATE(MODEL `p.d.m2`)\n"
                + "UNION ALL\n"
                + "SELECT 3 AS k, davies_bouldin_index, mean_squared_distance\n"
                + "FROM ML.EVALUATE(MODEL `p.d.m3`)\n"
                + "ORDER BY k");
  }

  @Test
  void elbowPointWithOneModelHasNoUnion() {
    String sql = ModelStatements.elbowPoint(Map.of(4, MODEL));

    assertThat(sql).doesNotContain("UNION ALL").startsWith("SELECT 4 AS k").endsWith("ORDER BY k");
  }

  @Test
  void failsOnElbowPointWithoutModels() {
    assertThatThrownBy(() -> ModelStatements.elbowPoint(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one model");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<Integer> ks(String sql) {
    Matcher m = Pattern.compile("SELECT (\\d+) AS k").matcher(sql);
    List<Integer> ks = new java.util.ArrayList<>();
    while (m.find()) {
      ks.add(Integer.parseInt(m.group(1)));
    }
    return ks;
  }
}
