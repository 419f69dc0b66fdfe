package com.saharamarketing.constructs;

import com.saharamarketing.sql.analysis.SqlStatement;
import com.saharamarketing.sql.analysis.SqlTable;
import java.util.List;

/**
 * A construct that creates tables or runs SQL. {@link SqlAnalysis} collects these from every
 * construct of a stack and analyses the statements against the tables at synthesis.
 *
 * <p>Implement it in your own constructs so that their SQL gets the same checks, and call {@link
 * SqlAnalysis#of} from the constructor so that the stack has the check:
 *
 * <pre>{@code
 * public class DailyRevenue extends Construct implements AnalysableSql {
 *   public DailyRevenue(Construct scope, String id, ...) {
 *     super(scope, id);
 *     SqlAnalysis.of(this);
 *     ...
 *   }
 *   public List<SqlStatement> getSqlStatements() {
 *     return List.of(SqlStatement.view(getNode().getPath(), "view daily_revenue", sql, qualifiedName));
 *   }
 * }
 * }</pre>
 */
public interface AnalysableSql {
  /** Tables this construct creates, with their schemas. Default: none. */
  default List<SqlTable> getSqlTables() {
    return List.of();
  }

  /** Statements this construct deploys, each naming the construct path. Default: none. */
  default List<SqlStatement> getSqlStatements() {
    return List.of();
  }
}
