package com.saharamarketing.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarketingQueriesTest {
  private static final String GA360 = Sql.tableReference("sahara-prod", "marketing", "ga360_visits");
  private static final String USERS = Sql.tableReference("sahara-prod", "marketing", "crm_user");
  private static final String ACCOUNTS =
      Sql.tableReference("sahara-prod", "marketing", "crm_account");

  @Test
  void segmentationViewReadsTheTablesPassedIn() {
    String sql = MarketingQueries.segmentationTrainingView(GA360, USERS, ACCOUNTS);

    assertThat(sql)
        .contains("FROM `sahara-prod.marketing.ga360_visits`")
        .contains("JOIN `sahara-prod.marketing.crm_user` AS users")
        .contains("JOIN `sahara-prod.marketing.crm_account` AS accounts")
        .doesNotContain("${");
  }

  @Test
  void segmentationViewDoesNotMixUpTheTables() {
    String sql = MarketingQueries.segmentationTrainingView("`g`", "`u`", "`a`");

    assertThat(sql)
        .contains("FROM `g`\n")
        .contains("JOIN `u` AS users")
        .contains("JOIN `a` AS accounts");
  }

  @Test
  void repeatBuyerViewReadsTheAccountsTablePassedIn() {
    String sql = MarketingQueries.repeatBuyerTrainingView(ACCOUNTS);

    assertThat(sql)
        .contains("FROM `sahara-prod.marketing.crm_account` AS accounts")
        .doesNotContain("${");
  }

  @Test
  void segmentationViewMentionsEveryDeclaredColumn() {
    String sql = MarketingQueries.segmentationTrainingView(GA360, USERS, ACCOUNTS);

    assertMentionsEveryColumn(sql, MarketingQueries.SEGMENTATION_COLUMNS);
    assertThat(MarketingQueries.SEGMENTATION_COLUMNS).containsOnlyKeys("ga360", "users", "accounts");
  }

  @Test
  void repeatBuyerViewMentionsEveryDeclaredColumn() {
    String sql = MarketingQueries.repeatBuyerTrainingView(ACCOUNTS);

    assertMentionsEveryColumn(sql, MarketingQueries.REPEAT_BUYER_COLUMNS);
    assertThat(MarketingQueries.REPEAT_BUYER_COLUMNS).containsOnlyKeys("accounts");
  }

  @Test
  void segmentationViewOutputsEveryFeatureColumn() {
    String sql = MarketingQueries.segmentationTrainingView(GA360, USERS, ACCOUNTS);

    for (String feature : MarketingQueries.SEGMENTATION_FEATURES) {
      assertThat(sql).as("feature %s", feature).containsPattern(outputColumn(feature));
    }
  }

  @Test
  void repeatBuyerViewOutputsEveryFeatureAndTheLabel() {
    String sql = MarketingQueries.repeatBuyerTrainingView(ACCOUNTS);

    for (String feature : MarketingQueries.REPEAT_BUYER_FEATURES) {
      assertThat(sql).as("feature %s", feature).containsPattern(outputColumn(feature));
    }
    assertThat(sql).containsPattern(outputColumn(MarketingQueries.REPEAT_BUYER_LABEL));
  }

  @Test
  void repeatBuyerLabelMeansMoreThanOneOpportunityWon() {
    assertThat(MarketingQueries.repeatBuyerTrainingView(ACCOUNTS))
        .contains("accounts.Num_Opportunities_Won > 1 AS repeat_buyer");
  }

  @Test
  void annualRevenueComesTypedFromTheSourceViewWithoutParsingInTheQuery() {
    String repeatBuyer = MarketingQueries.repeatBuyerTrainingView(ACCOUNTS);
    String segmentation = MarketingQueries.segmentationTrainingView(GA360, USERS, ACCOUNTS);
    assertThat(repeatBuyer).contains("accounts.Annual_Revenue AS annual_revenue");
    assertThat(segmentation).contains("accounts.Annual_Revenue AS Annual_Revenue");
    for (String sql : List.of(repeatBuyer, segmentation)) {
      assertThat(sql).doesNotContain("REGEXP_REPLACE", "SAFE_CAST", "'$'");
    }
  }

  private static void assertMentionsEveryColumn(String sql, Map<String, Set<String>> columns) {
    columns.forEach(
        (table, names) -> {
          for (String name : names) {
            assertThat(sql)
                .as("column %s of %s", name, table)
                .containsPattern("\\b" + Pattern.quote(name) + "\\b");
          }
        });
  }

  /** The column is the SELECT's output: either "AS name" or a bare "alias.name" select item. */
  private static Pattern outputColumn(String name) {
    return Pattern.compile(
        "(\\bAS " + Pattern.quote(name) + "|\\n  \\w+\\." + Pattern.quote(name) + ")[,\\n]");
  }
}
