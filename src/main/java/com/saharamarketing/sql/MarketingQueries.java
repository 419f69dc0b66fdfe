package com.saharamarketing.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The training views of Sahara's two models, over the tables loaded from the CRM export.
 *
 * <p>Each query names the columns it reads ({@link #SEGMENTATION_COLUMNS}, {@link
 * #REPEAT_BUYER_COLUMNS}) so that a CSV export that lost a column fails synthesis instead of a
 * deploy.
 */
public final class MarketingQueries {
  /** Columns that the segmentation view reads, by logical table. */
  public static final Map<String, Set<String>> SEGMENTATION_COLUMNS =
      Map.of(
          "ga360", Set.of("User_ID", "timeOnScreen", "UniqueScreenViews"),
          "users", Set.of("User_ID", "Account_ID", "Loyalty_Program", "LifeTime_Value", "Age"),
          "accounts", Set.of("Account_Number", "Annual_Revenue"));

  /** Columns that the repeat-buyer view reads, by logical table. */
  public static final Map<String, Set<String>> REPEAT_BUYER_COLUMNS =
      Map.of(
          "accounts",
          Set.of(
              "State_Code", "Industry", "Number_of_employees", "Annual_Revenue",
              "Num_Opportunities_Won"));

  /** Feature columns of the segmentation view that k-means trains on (not the user id). */
  public static final List<String> SEGMENTATION_FEATURES =
      List.of(
          "Annual_Revenue", "timeOnScreen", "UniqueScreenViews", "Loyalty_Program",
          "Lifetime_Value", "Age");

  /** Feature columns of the repeat-buyer view. */
  public static final List<String> REPEAT_BUYER_FEATURES =
      List.of("state", "industry", "company_size", "annual_revenue");

  /** The label column of the repeat-buyer view. */
  public static final String REPEAT_BUYER_LABEL = "repeat_buyer";

  private static final SqlTemplate SEGMENTATION =
      SqlTemplate.load("segmentation_training_view.sql");
  private static final SqlTemplate REPEAT_BUYER =
      SqlTemplate.load("repeat_buyer_training_view.sql");

  private MarketingQueries() {}

  /**
   * The segmentation training view.
   *
   * @param ga360 quoted reference of the GA360 visits typed view
   * @param users quoted reference of the CRM users typed view
   * @param accounts quoted reference of the CRM accounts typed view (Annual_Revenue NUMERIC)
   */
  public static String segmentationTrainingView(String ga360, String users, String accounts) {
    return SEGMENTATION.render(Map.of("ga360", ga360, "users", users, "accounts", accounts));
  }

  /** The repeat-buyer training view over the quoted accounts typed view reference. */
  public static String repeatBuyerTrainingView(String accounts) {
    return REPEAT_BUYER.render(Map.of("accounts", accounts));
  }
}
