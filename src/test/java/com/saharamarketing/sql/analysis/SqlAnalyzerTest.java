package com.saharamarketing.sql.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.saharamarketing.schema.Column;
import com.saharamarketing.schema.ColumnMode;
import com.saharamarketing.schema.ColumnType;
import com.saharamarketing.schema.TableSchema;
import com.saharamarketing.sql.KMeansOptions;
import com.saharamarketing.sql.LogisticRegressionOptions;
import com.saharamarketing.sql.MarketingQueries;
import com.saharamarketing.sql.ModelStatements;
import com.saharamarketing.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SqlAnalyzerTest {
  private static final String P = "my-project";
  private static final String DS = "ds";

  private static String ref(String name) {
    return P + "." + DS + "." + name;
  }

  private static String q(String name) {
    return Sql.tableReference(P, DS, name);
  }

  private static TableSchema schema(Object... nameAndType) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < nameAndType.length; i += 2) {
      String name = (String) nameAndType[i];
      columns.add(new Column(name, name, (ColumnType) nameAndType[i + 1], ColumnMode.NULLABLE));
    }
    return new TableSchema(columns);
  }

  private static final List<SqlTable> CRM = List.of(
      new SqlTable(ref("ga360"), schema("Visit_ID", ColumnType.INTEGER, "User_ID", ColumnType.INTEGER,
          "timeOnScreen", ColumnType.INTEGER, "UniqueScreenViews", ColumnType.INTEGER)),
      new SqlTable(ref("users"), schema("User_ID", ColumnType.INTEGER, "Account_ID", ColumnType.INTEGER,
          "Loyalty_Program", ColumnType.INTEGER, "LifeTime_Value", ColumnType.FLOAT, "Age", ColumnType.INTEGER)),
      new SqlTable(ref("accounts"), schema("Account_Number", ColumnType.INTEGER,
          "Annual_Revenue", ColumnType.STRING, "State_Code", ColumnType.STRING, "Industry", ColumnType.STRING,
          "Number_of_employees", ColumnType.INTEGER, "Num_Opportunities_Won", ColumnType.INTEGER)));

  /** Every statement the app deploys, in an order that puts readers before what they read. */
  private static List<SqlStatement> marketingStatements(List<String> segmentationFeatures) {
    List<SqlStatement> out = new ArrayList<>();
    Map<Integer, String> models = new TreeMap<>();
    for (int k = 2; k <= 4; k++) {
      models.put(k, q("customer_segments_k" + k));
    }
    out.add(SqlStatement.view("s/elbow", "view elbow_point", ModelStatements.elbowPoint(models), ref("elbow_point")));
    for (int k = 2; k <= 4; k++) {
      out.add(SqlStatement.createModel("s/seg", "k-means model k=" + k,
          ModelStatements.createModel(q("customer_segments_k" + k), KMeansOptions.defaults(k).toSql(),
              segmentationFeatures, q("segmentation_training")),
          ref("customer_segments_k" + k)));
    }
    out.add(SqlStatement.view("s/seg-training", "view segmentation_training",
        MarketingQueries.segmentationTrainingView(q("ga360"), q("users"), q("accounts")),
        ref("segmentation_training")));
    List<String> columns = new ArrayList<>(MarketingQueries.REPEAT_BUYER_FEATURES);
    columns.add(MarketingQueries.REPEAT_BUYER_LABEL);
    out.add(SqlStatement.createModel("s/rb", "logistic regression model repeat_buyer_model",
        ModelStatements.createModel(q("repeat_buyer_model"),
            LogisticRegressionOptions.defaults(MarketingQueries.REPEAT_BUYER_LABEL).toSql(),
            columns, q("repeat_buyer_training")),
        ref("repeat_buyer_model")));
    out.add(SqlStatement.view("s/rb-eval", "view repeat_buyer_model_evaluation",
        ModelStatements.evaluate(q("repeat_buyer_model")), ref("repeat_buyer_model_evaluation")));
    out.add(SqlStatement.view("s/rb-training", "view repeat_buyer_training",
        MarketingQueries.repeatBuyerTrainingView(q("accounts")), ref("repeat_buyer_training")));
    return out;
  }

  @Test
  void everyMarketingStatementAnalysesInDependencyOrder() {
    assertThat(SqlAnalyzer.analyse(CRM, marketingStatements(MarketingQueries.SEGMENTATION_FEATURES))).isEmpty();
  }

  @Test
  void viewsAndModelsBecomeQueryableForLaterStatements() {
    List<SqlStatement> statements = new ArrayList<>(marketingStatements(MarketingQueries.SEGMENTATION_FEATURES));
    statements.add(new SqlStatement("s/x", "query over the elbow view",
        "SELECT k, davies_bouldin_index * 2 AS d FROM " + q("elbow_point") + " WHERE k > 2",
        SqlStatement.Kind.QUERY, ""));
    statements.add(new SqlStatement("s/x", "centroids",
        "SELECT centroid_id, feature FROM ML.CENTROIDS(MODEL " + q("customer_segments_k3") + ")",
        SqlStatement.Kind.QUERY, ""));
    assertThat(SqlAnalyzer.analyse(CRM, statements)).isEmpty();
  }

  @Test
  void failsOnAnUnknownColumnWithTheAnalysersSuggestionAndPosition() {
    List<SqlFinding> findings = SqlAnalyzer.analyse(CRM, List.of(SqlStatement.view("stack/v", "view adults",
        "SELECT\n  User_ID,\n  Agee\nFROM " + q("users"), ref("adults"))));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo("stack/v");
      assertThat(f.purpose()).isEqualTo("view adults");
      assertThat(f.line()).isEqualTo(3);
      assertThat(f.column()).isEqualTo(3);
      assertThat(f.reason()).isEqualTo("Unrecognized name: Agee; Did you mean Age?");
      assertThat(f.message()).isEqualTo(
          "stack/v: view adults at line 3, column 3: Unrecognized name: Agee; Did you mean Age?");
    });
  }

  @Test
  void failsOnAnUnknownTable() {
    List<SqlFinding> findings = SqlAnalyzer.analyse(CRM, List.of(SqlStatement.view("stack/v", "view v",
        "SELECT Age FROM " + q("user"), ref("v"))));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.reason()).startsWith("Table not found: `my-project.ds.user`");
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.column()).isEqualTo(17);
    });
  }

  @Test
  void keepsTheFirstLineOfAMultiLineReason() {
    List<SqlFinding> findings = SqlAnalyzer.analyse(CRM, List.of(SqlStatement.view("s/v", "view v",
        "SELECT Age FROM " + q("users") + " WHERE Age > 'x' AND Account_ID > DATE '2020-01-01'", ref("v"))));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.reason()).startsWith("No matching signature for operator >").doesNotContain("\n");
      assertThat(f.line()).isEqualTo(1);
    });
  }

  @Test
  void failsOnATypeMismatchInAView() {
    List<SqlFinding> findings = SqlAnalyzer.analyse(CRM, List.of(SqlStatement.view("stack/v", "view v",
        "SELECT Age FROM " + q("users") + "\nUNION ALL\nSELECT Annual_Revenue FROM " + q("accounts"), ref("v"))));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.reason()).contains("incompatible types").contains("INT64").contains("STRING"));
  }

  @Test
  void failsWhenAModelTrainsOnAColumnItsSourceLacks() {
    List<String> features = new ArrayList<>(MarketingQueries.SEGMENTATION_FEATURES);
    features.set(features.indexOf("Age"), "Agee");
    List<SqlFinding> findings = SqlAnalyzer.analyse(CRM, marketingStatements(features));

    // Every k fails on the column; the elbow view reads the models and is skipped, not reported.
    assertThat(findings).hasSize(3);
    assertThat(findings.get(0).purpose()).isEqualTo("k-means model k=2");
    assertThat(findings.get(0).reason()).isEqualTo("Unrecognized name: Agee; Did you mean Age?");
    assertThat(findings.get(0).line()).isEqualTo(17);
    assertThat(findings).extracting(SqlFinding::purpose).doesNotContain("view elbow_point");
  }

  @Test
  void failsWhenAViewReadsAColumnTheCsvLost() {
    List<SqlTable> withoutAge = List.of(CRM.get(0),
        new SqlTable(ref("users"), schema("User_ID", ColumnType.INTEGER, "Account_ID", ColumnType.INTEGER,
            "Loyalty_Program", ColumnType.INTEGER, "LifeTime_Value", ColumnType.FLOAT)),
        CRM.get(2));
    List<SqlFinding> findings = SqlAnalyzer.analyse(withoutAge, List.of(SqlStatement.view("s/v", "view segmentation_training",
        MarketingQueries.segmentationTrainingView(q("ga360"), q("users"), q("accounts")), ref("segmentation_training"))));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.reason()).isEqualTo("Name Age not found inside users"));
  }

  @Test
  void failsWhenEvaluateColumnsDoNotBelongToTheModelType() {
    List<SqlStatement> statements = new ArrayList<>(marketingStatements(MarketingQueries.SEGMENTATION_FEATURES));
    statements.add(new SqlStatement("s/x", "query", "SELECT davies_bouldin_index FROM ML.EVALUATE(MODEL "
        + q("repeat_buyer_model") + ")", SqlStatement.Kind.QUERY, ""));

    assertThat(SqlAnalyzer.analyse(CRM, statements)).singleElement().satisfies(f ->
        assertThat(f.reason()).startsWith("Unrecognized name: davies_bouldin_index"));
  }

  @Test
  void failsWhenTheLabelIsNotReturnedByTheTrainingQuery() {
    List<SqlFinding> findings = SqlAnalyzer.analyse(CRM, List.of(SqlStatement.createModel("s/m", "model m",
        ModelStatements.createModel(q("m"), LogisticRegressionOptions.defaults("won").toSql(),
            List.of("Industry"), q("accounts")), ref("m"))));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(f.reason()).startsWith("input_label_cols names 'won', which the training query does not return"));
  }

  @Test
  void failsOnDuplicateColumnNamesInAView() {
    List<SqlFinding> findings = SqlAnalyzer.analyse(CRM, List.of(SqlStatement.view("s/v", "view v",
        "SELECT Age, User_ID AS age FROM " + q("users"), ref("v"))));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("duplicate column names"));
  }

  @Test
  void reservedWordsAsColumnNamesWorkBecauseIdentifiersAreQuoted() {
    List<SqlTable> tables = List.of(new SqlTable(ref("orders"),
        schema("order", ColumnType.INTEGER, "hash", ColumnType.STRING, "select", ColumnType.FLOAT)));
    List<SqlFinding> findings = SqlAnalyzer.analyse(tables, List.of(SqlStatement.createModel("s/m", "model m",
        ModelStatements.createModel(q("m"), KMeansOptions.defaults(2).toSql(),
            List.of("order", "hash", "select"), q("orders")), ref("m"))));

    assertThat(findings).isEmpty();
  }
}
