package com.saharamarketing.constructs;

import com.hashicorp.cdktf.TerraformStack;
import com.saharamarketing.sql.analysis.SqlAnalyzer;
import com.saharamarketing.sql.analysis.SqlFinding;
import com.saharamarketing.sql.analysis.SqlStatement;
import com.saharamarketing.sql.analysis.SqlTable;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * Proves a stack's SQL offline before deploy: a node validation that analyses, with ZetaSQL
 * (BigQuery's SQL front end), every statement of every {@link AnalysableSql} construct in the
 * stack against the tables, views and models the stack creates. A statement that does not analyse
 * fails {@code app.synth()} with its construct path, purpose, line, column and the analyser's
 * reason (for example {@code Unrecognized name: Agee; Did you mean Age?}).
 *
 * <p>The constructs of this library add it to their stack themselves; there is one per stack,
 * with the id {@value #ID}. cdktf runs node validations in {@code app.synth()} before it writes a
 * stack, and {@code Testing.synth(stack, true)} runs them too.
 *
 * <pre>{@code
 * List<SqlFinding> findings = SqlAnalysis.of(stack).findings();   // the same check, without synthesis
 * }</pre>
 */
public final class SqlAnalysis extends Construct {
  /** The construct id under the stack. */
  public static final String ID = "SqlAnalysis";

  private final TerraformStack stack;
  private List<SqlTable> lastTables;
  private List<SqlStatement> lastStatements;
  private List<SqlFinding> lastFindings;

  private SqlAnalysis(TerraformStack stack) {
    super(stack, ID);
    this.stack = stack;
    // Start the analyser while the rest of the app is built.
    SqlAnalyzer.startInBackground();
    getNode().addValidation(() -> findings().stream().map(SqlFinding::message).toList());
  }

  /** The analysis of the stack that holds scope, added on first use. */
  public static SqlAnalysis of(IConstruct scope) {
    TerraformStack stack = TerraformStack.of(scope);
    IConstruct existing = stack.getNode().tryFindChild(ID);
    if (existing instanceof SqlAnalysis analysis) {
      return analysis;
    }
    if (existing != null) {
      throw new IllegalStateException("construct id " + ID + " is taken in stack " + stack.getNode().getPath());
    }
    return new SqlAnalysis(stack);
  }

  /**
   * Analyses the stack's SQL as it is now. The result is kept until a construct's SQL changes,
   * so the validation and an earlier explicit call analyse once.
   */
  public synchronized List<SqlFinding> findings() {
    List<SqlTable> tables = new ArrayList<>();
    List<SqlStatement> statements = new ArrayList<>();
    for (IConstruct c : stack.getNode().findAll()) {
      if (c instanceof AnalysableSql sql) {
        tables.addAll(sql.getSqlTables());
        statements.addAll(sql.getSqlStatements());
      }
    }
    if (!(tables.equals(lastTables) && statements.equals(lastStatements))) {
      lastFindings = SqlAnalyzer.analyse(tables, statements);
      lastTables = List.copyOf(tables);
      lastStatements = List.copyOf(statements);
    }
    return lastFindings;
  }

  /** Number of statements the last analysis covered. */
  public synchronized int statementCount() {
    return lastStatements == null ? 0 : lastStatements.size();
  }
}
