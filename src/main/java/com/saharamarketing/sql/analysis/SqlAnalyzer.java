package com.saharamarketing.sql.analysis;

import com.google.zetasql.Analyzer;
import com.google.zetasql.AnalyzerOptions;
import com.google.zetasql.LanguageOptions;
import com.google.zetasql.SimpleCatalog;
import com.google.zetasql.SimpleModel;
import com.google.zetasql.SimpleTable;
import com.google.zetasql.SqlException;
import com.google.zetasql.Type;
import com.google.zetasql.TypeFactory;
import com.google.zetasql.Value;
import com.google.zetasql.ZetaSQLBuiltinFunctionOptions;
import com.google.zetasql.ZetaSQLOptions.ProductMode;
import com.google.zetasql.ZetaSQLType.TypeKind;
import com.google.zetasql.resolvedast.ResolvedNodes.ResolvedCreateModelStmt;
import com.google.zetasql.resolvedast.ResolvedNodes.ResolvedLiteral;
import com.google.zetasql.resolvedast.ResolvedNodes.ResolvedOption;
import com.google.zetasql.resolvedast.ResolvedNodes.ResolvedOutputColumn;
import com.google.zetasql.resolvedast.ResolvedNodes.ResolvedQueryStmt;
import com.google.zetasql.resolvedast.ResolvedNodes.ResolvedStatement;
import com.saharamarketing.schema.Column;
import com.saharamarketing.schema.ColumnType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Analyses GoogleSQL statements offline with ZetaSQL, BigQuery's SQL front end, against a catalog
 * of tables, of the views and of the models that earlier statements create.
 *
 * <p>Statements run in dependency order: a statement that mentions what another one defines is
 * analysed after it, whatever the order given. A view's output columns become a table that later
 * statements can read; a {@code CREATE MODEL} statement adds a model that {@code ML.EVALUATE} and
 * the other ML functions take. A statement that does not analyse is reported and defines nothing;
 * the statements that read what it defines are skipped, not reported, so each problem shows once.
 *
 * <pre>{@code
 * List<SqlFinding> findings = SqlAnalyzer.analyse(
 *     List.of(new SqlTable("p.ds.users", usersSchema)),
 *     List.of(SqlStatement.view("stack/view", "view adults", "SELECT Age FROM `p.ds.users`", "p.ds.adults")));
 * }</pre>
 *
 * <p>Language: ZetaSQL's maximum feature set in external product mode (BigQuery's type names and
 * no internal-only types), every statement kind allowed. The analyser runs in-process through
 * ZetaSQL's JNI library; its first use in a JVM starts it (about two seconds).
 */
public final class SqlAnalyzer {
  // grpc's registry logs a harmless warning when the JNI channel starts; keep the logger (and
  // its level) alive so that nothing extra is printed.
  private static final Logger GRPC_REGISTRY_LOG =
      Logger.getLogger("com.google.zetasql.io.grpc.NameResolverRegistry");
  private static final Pattern LOCATION = Pattern.compile("\\s*\\[at (\\d+):(\\d+)\\]\\s*$");

  static {
    GRPC_REGISTRY_LOG.setLevel(Level.SEVERE);
  }

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private static final List<SqlStatement> WARM_UP = List.of(
      new SqlStatement("", "warm-up", "SELECT a, b, SUM(c) AS s, SAFE_CAST(b AS NUMERIC) AS n "
          + "FROM `w.d.t` AS t LEFT JOIN (SELECT a AS a2 FROM `w.d.t`) u ON t.a = u.a2 "
          + "WHERE b IS NOT NULL GROUP BY a, b", SqlStatement.Kind.VIEW, "w.d.v"),
      new SqlStatement("", "warm-up", "CREATE OR REPLACE MODEL `w.d.m` OPTIONS (model_type = 'KMEANS', "
          + "num_clusters = 2) AS SELECT a, s FROM `w.d.v`", SqlStatement.Kind.CREATE_MODEL, "w.d.m"),
      new SqlStatement("", "warm-up", "SELECT 2 AS k, davies_bouldin_index FROM ML.EVALUATE(MODEL `w.d.m`)",
          SqlStatement.Kind.QUERY, ""));

  private final LanguageOptions language;
  private final AnalyzerOptions options;
  private final SimpleCatalog catalog;
  private final Map<String, ModelInfo> models = new LinkedHashMap<>();
  private final List<SqlFinding> findings = new ArrayList<>();
  private final Set<String> failed = new HashSet<>();

  private record ModelInfo(String reference, MlFunctions.ModelType type) {}

  private SqlAnalyzer() {
    language = new LanguageOptions();
    language.enableMaximumLanguageFeatures();
    language.setSupportsAllStatementKinds();
    language.setProductMode(ProductMode.PRODUCT_EXTERNAL);
    options = new AnalyzerOptions();
    options.setLanguageOptions(language);
    catalog = new SimpleCatalog("bigquery");
    catalog.addZetaSQLFunctionsAndTypes(new ZetaSQLBuiltinFunctionOptions(language));
  }

  /**
   * Starts ZetaSQL's native service on a daemon thread (once per JVM), so that the first analysis
   * does not wait seconds for it. A failure to start is left for that analysis to report.
   */
  public static void startInBackground() {
    ProvenSqlCache cache = provenCache;
    if (cache != null && !cache.isEmpty()) {
      // Earlier runs proved SQL: an unchanged project never needs the service, and starting it
      // would take CPU from node's start. A cache miss starts it when it analyses.
      return;
    }
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread start = new Thread(() -> {
      try {
        // One small statement of each kind the app analyses, so that the JIT has compiled the
        // catalog and result paths before the real statements arrive.
        SqlAnalyzer warm = new SqlAnalyzer();
        warm.addTable("w.d.t", Map.of("a", TypeFactory.createSimpleType(TypeKind.TYPE_INT64),
            "b", TypeFactory.createSimpleType(TypeKind.TYPE_STRING),
            "c", TypeFactory.createSimpleType(TypeKind.TYPE_DOUBLE)));
        for (SqlStatement statement : WARM_UP) {
          warm.analyse(statement);
        }
      } catch (RuntimeException | LinkageError e) {
        // The next analysis meets the same error and reports it.
      }
    }, "zetasql-start");
    start.setDaemon(true);
    start.start();
  }

  /**
   * Analyses every statement and returns what failed, in the order analysed; empty when every
   * statement analyses.
   */
  public static List<SqlFinding> analyse(List<SqlTable> tables, List<SqlStatement> statements) {
    ProvenSqlCache cache = provenCache;
    return cache == null ? analyseNow(tables, statements) : analyse(tables, statements, cache);
  }

  /**
   * As {@link #analyse(List, List)}, but returns at once, without starting ZetaSQL, when the cache
   * holds this exact analysis as clean; a clean result is added to it.
   */
  public static List<SqlFinding> analyse(
      List<SqlTable> tables, List<SqlStatement> statements, ProvenSqlCache cache) {
    String key = ProvenSqlCache.key(tables, statements);
    if (cache.isProven(key)) {
      return List.of();
    }
    List<SqlFinding> findings = analyseNow(tables, statements);
    if (findings.isEmpty()) {
      cache.remember(key);
    }
    return findings;
  }

  /**
   * Makes {@link #analyse(List, List)} use cache for the rest of this JVM (null: no cache). The
   * {@code sahara} command sets it; a library user's stack analyses every time unless it asks.
   */
  public static void useProvenCache(ProvenSqlCache cache) {
    provenCache = cache;
  }

  private static volatile ProvenSqlCache provenCache;

  private static List<SqlFinding> analyseNow(List<SqlTable> tables, List<SqlStatement> statements) {
    SqlAnalyzer analyzer = new SqlAnalyzer();
    for (SqlTable table : tables) {
      analyzer.addTable(table.reference(), table.schema().columns().stream()
          .collect(Collectors.toMap(Column::name, c -> typeOf(c.type()), (a, b) -> a, LinkedHashMap::new)));
    }
    for (SqlStatement statement : dependencyOrder(statements)) {
      analyzer.analyse(statement);
    }
    return List.copyOf(analyzer.findings);
  }

  /**
   * The statements, each after those whose defined name it mentions; otherwise in the order
   * given. A cycle keeps the given order for its members.
   */
  static List<SqlStatement> dependencyOrder(List<SqlStatement> statements) {
    List<SqlStatement> ordered = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    Set<Integer> visiting = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      visit(i, statements, ordered, done, visiting);
    }
    return ordered;
  }

  private static void visit(int i, List<SqlStatement> statements, List<SqlStatement> ordered,
      Set<Integer> done, Set<Integer> visiting) {
    if (done.contains(i) || !visiting.add(i)) {
      return;
    }
    String sql = statements.get(i).sql().toLowerCase(Locale.ROOT);
    for (int j = 0; j < statements.size(); j++) {
      String defines = statements.get(j).defines().toLowerCase(Locale.ROOT);
      if (j != i && !defines.isEmpty() && mentions(sql, defines)) {
        visit(j, statements, ordered, done, visiting);
      }
    }
    visiting.remove(i);
    if (done.add(i)) {
      ordered.add(statements.get(i));
    }
  }

  private static boolean mentions(String sqlLowerCase, String nameLowerCase) {
    return sqlLowerCase.contains("`" + nameLowerCase + "`");
  }

  private void analyse(SqlStatement statement) {
    String sqlLowerCase = statement.sql().toLowerCase(Locale.ROOT);
    // A statement that reads a failed one would only report "not found": skip it, and what it
    // defines, so that each problem is reported once.
    if (failed.stream().anyMatch(name -> mentions(sqlLowerCase, name))) {
      fail(statement);
      return;
    }
    Set<MlFunctions.ModelType> types = EnumSet.noneOf(MlFunctions.ModelType.class);
    for (ModelInfo model : models.values()) {
      if (mentions(sqlLowerCase, model.reference().toLowerCase(Locale.ROOT))) {
        types.add(model.type());
      }
    }
    // Mentioning no known model: declare every function, so that the analyser reports the
    // missing model rather than a missing function.
    MlFunctions.register(catalog, types.isEmpty() ? EnumSet.allOf(MlFunctions.ModelType.class) : types);
    ResolvedStatement resolved;
    try {
      resolved = Analyzer.analyzeStatement(statement.sql(), options, catalog);
    } catch (SqlException e) {
      report(finding(statement, e.getMessage()), statement);
      return;
    }
    switch (statement.kind()) {
      case VIEW -> defineView(statement, resolved);
      case CREATE_MODEL -> defineModel(statement, resolved);
      case QUERY -> { }
    }
  }

  private void defineView(SqlStatement statement, ResolvedStatement resolved) {
    if (!(resolved instanceof ResolvedQueryStmt query)) {
      report(new SqlFinding(statement.origin(), statement.purpose(), 0, 0,
          "a view needs a query (SELECT ...), not a " + kindName(resolved)), statement);
      return;
    }
    Map<String, Type> columns = columns(query.getOutputColumnList());
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Set<String> duplicates = new TreeSet<>();
    for (ResolvedOutputColumn column : query.getOutputColumnList()) {
      if (!seen.add(column.getName())) {
        duplicates.add(column.getName());
      }
    }
    if (!duplicates.isEmpty()) {
      report(new SqlFinding(statement.origin(), statement.purpose(), 0, 0,
          "duplicate column names " + duplicates + " in the result; BigQuery rejects such a view: "
              + "give the columns distinct aliases"), statement);
      return;
    }
    addTable(statement.defines(), columns);
  }

  private void defineModel(SqlStatement statement, ResolvedStatement resolved) {
    if (!(resolved instanceof ResolvedCreateModelStmt create)) {
      report(new SqlFinding(statement.origin(), statement.purpose(), 0, 0,
          "expected CREATE MODEL, found a " + kindName(resolved)), statement);
      return;
    }
    String reference = String.join(".", create.getNamePath());
    Map<String, Type> columns = columns(create.getOutputColumnList());
    MlFunctions.ModelType type = MlFunctions.ModelType.OTHER;
    List<String> labelNames = List.of();
    for (ResolvedOption option : create.getOptionList()) {
      if (!(option.getValue() instanceof ResolvedLiteral literal) || literal.getValue().isNull()) {
        continue;
      }
      Value value = literal.getValue();
      switch (option.getName().toLowerCase(Locale.ROOT)) {
        case "model_type" -> type = MlFunctions.ModelType.of(value.getStringValue());
        case "input_label_cols" -> labelNames = value.getElementList().stream()
            .map(Value::getStringValue).toList();
        default -> { }
      }
    }
    Map<String, Type> inputs = new LinkedHashMap<>(columns);
    Map<String, Type> labels = new LinkedHashMap<>();
    for (String label : labelNames) {
      String match = columns.keySet().stream().filter(label::equalsIgnoreCase).findFirst().orElse(null);
      if (match == null) {
        report(new SqlFinding(statement.origin(), statement.purpose(), 0, 0,
            "input_label_cols names '" + label + "', which the training query does not return "
                + "(columns: " + String.join(", ", columns.keySet()) + ")"), statement);
        return;
      }
      labels.put(match, inputs.remove(match));
    }
    SimpleModel model = new SimpleModel(reference,
        nameAndTypes(inputs), nameAndTypes(MlFunctions.predictions(type, labels)));
    if (models.containsKey(reference.toLowerCase(Locale.ROOT))) {
      catalog.removeModel(reference);
    }
    catalog.addModel(model);
    models.put(reference.toLowerCase(Locale.ROOT), new ModelInfo(reference, type));
  }

  private void report(SqlFinding finding, SqlStatement statement) {
    findings.add(finding);
    fail(statement);
  }

  private void fail(SqlStatement statement) {
    if (!statement.defines().isEmpty()) {
      failed.add(statement.defines().toLowerCase(Locale.ROOT));
    }
  }

  private void addTable(String reference, Map<String, Type> columns) {
    SimpleTable table = new SimpleTable(reference);
    columns.forEach(table::addSimpleColumn);
    if (catalog.getTableNameList().stream().anyMatch(reference::equalsIgnoreCase)) {
      catalog.removeSimpleTable(reference);
    }
    catalog.addSimpleTable(table);
  }

  private static Map<String, Type> columns(List<ResolvedOutputColumn> outputs) {
    Map<String, Type> columns = new LinkedHashMap<>();
    for (ResolvedOutputColumn column : outputs) {
      columns.putIfAbsent(column.getName(), column.getColumn().getType());
    }
    return columns;
  }

  private static List<SimpleModel.NameAndType> nameAndTypes(Map<String, Type> columns) {
    return columns.entrySet().stream()
        .map(e -> new SimpleModel.NameAndType(e.getKey(), e.getValue())).toList();
  }

  private static String kindName(ResolvedStatement resolved) {
    return resolved.getClass().getSimpleName().replaceFirst("^Resolved", "").replaceFirst("Stmt$", " statement");
  }

  /**
   * The finding for an analyser message such as {@code Unrecognized name: Agee; Did you mean Age?
   * [at 3:5]}. Only the first line of the reason is kept: the rest explains signature matching.
   */
  static SqlFinding finding(SqlStatement statement, String analyserMessage) {
    String message = analyserMessage == null ? "the analyser gave no reason" : analyserMessage.strip();
    int line = 0;
    int column = 0;
    Matcher at = LOCATION.matcher(message);
    if (at.find()) {
      line = Integer.parseInt(at.group(1));
      column = Integer.parseInt(at.group(2));
      message = message.substring(0, at.start());
    }
    String reason = message.lines().findFirst().orElse(message).strip();
    return new SqlFinding(statement.origin(), statement.purpose(), line, column, reason);
  }

  /** The ZetaSQL type of a column type, by BigQuery's mapping (FLOAT is FLOAT64). */
  static Type typeOf(ColumnType type) {
    TypeKind kind = switch (type) {
      case BOOLEAN -> TypeKind.TYPE_BOOL;
      case INTEGER -> TypeKind.TYPE_INT64;
      case FLOAT -> TypeKind.TYPE_DOUBLE;
      case NUMERIC -> TypeKind.TYPE_NUMERIC;
      case BIGNUMERIC -> TypeKind.TYPE_BIGNUMERIC;
      case DATE -> TypeKind.TYPE_DATE;
      case TIMESTAMP -> TypeKind.TYPE_TIMESTAMP;
      case STRING -> TypeKind.TYPE_STRING;
    };
    return TypeFactory.createSimpleType(kind);
  }
}
