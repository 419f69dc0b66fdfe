package com.saharamarketing.sql.analysis;

import com.google.zetasql.FunctionArgumentType;
import com.google.zetasql.FunctionSignature;
import com.google.zetasql.SimpleCatalog;
import com.google.zetasql.StructType;
import com.google.zetasql.TVFRelation;
import com.google.zetasql.TableValuedFunction;
import com.google.zetasql.Type;
import com.google.zetasql.TypeFactory;
import com.google.zetasql.ZetaSQLFunctions.FunctionEnums.ArgumentCardinality;
import com.google.zetasql.ZetaSQLFunctions.SignatureArgumentKind;
import com.google.zetasql.ZetaSQLType.TypeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BigQuery ML's table-valued functions ({@code ML.EVALUATE(MODEL m)}, ...) declared for ZetaSQL,
 * with the columns BigQuery documents for each model type.
 *
 * <p>ZetaSQL knows no model types, so a function's columns are those of the model types that the
 * statement mentions; a statement that mentions models of several types sees the union.
 *
 * @see <a href="https://cloud.google.com/bigquery/docs/reference/standard-sql/bigqueryml-syntax-evaluate">ML.EVALUATE</a>
 */
final class MlFunctions {
  private static final String CATALOG = "ML";

  private MlFunctions() {}

  /** Model types by their {@code model_type} option, with the columns their functions return. */
  enum ModelType {
    KMEANS(
        cols("davies_bouldin_index", TypeKind.TYPE_DOUBLE, "mean_squared_distance", TypeKind.TYPE_DOUBLE)),
    LOGISTIC_REG(
        cols("precision", TypeKind.TYPE_DOUBLE, "recall", TypeKind.TYPE_DOUBLE,
            "accuracy", TypeKind.TYPE_DOUBLE, "f1_score", TypeKind.TYPE_DOUBLE,
            "log_loss", TypeKind.TYPE_DOUBLE, "roc_auc", TypeKind.TYPE_DOUBLE)),
    LINEAR_REG(
        cols("mean_absolute_error", TypeKind.TYPE_DOUBLE, "mean_squared_error", TypeKind.TYPE_DOUBLE,
            "mean_squared_log_error", TypeKind.TYPE_DOUBLE, "median_absolute_error", TypeKind.TYPE_DOUBLE,
            "r2_score", TypeKind.TYPE_DOUBLE, "explained_variance", TypeKind.TYPE_DOUBLE)),
    /** Any other model type: only the functions every model has. */
    OTHER(Map.of());

    private final Map<String, Type> evaluateColumns;

    ModelType(Map<String, Type> evaluateColumns) {
      this.evaluateColumns = evaluateColumns;
    }

    static ModelType of(String modelTypeOption) {
      String name = modelTypeOption.toUpperCase(Locale.ROOT);
      for (ModelType t : values()) {
        if (t.name().equals(name)) {
          return t;
        }
      }
      return OTHER;
    }
  }

  /**
   * Replaces the {@code ML} functions of the catalog with those for the given model types.
   *
   * <p>Each function is registered twice: in the {@code ML} sub-catalog, where the analyser finds
   * {@code ML.EVALUATE}, and in the root catalog under the single name {@code ML.EVALUATE}, where
   * the Java client looks it up again to build the resolved tree.
   */
  static void register(SimpleCatalog root, Collection<ModelType> types) {
    if (root.getCatalogList().stream().anyMatch(c -> c.getFullName().equalsIgnoreCase(CATALOG))) {
      root.removeSimpleCatalog(CATALOG);
    }
    SimpleCatalog ml = root.addNewSimpleCatalog(CATALOG);
    for (Map.Entry<String, Map<String, Type>> function : outputs(types).entrySet()) {
      String name = function.getKey();
      TVFRelation output = relation(function.getValue());
      FunctionArgumentType result = new FunctionArgumentType(
          SignatureArgumentKind.ARG_TYPE_RELATION,
          FunctionArgumentType.FunctionArgumentTypeOptions.builder()
              .setRelationInputSchema(output).build(),
          1);
      // One signature with an optional relation (the evaluation data): with two signatures a
      // missing model is reported as "no matching signature" instead of "Model not found".
      List<FunctionSignature> signatures = List.of(new FunctionSignature(result, List.of(model(),
          new FunctionArgumentType(SignatureArgumentKind.ARG_TYPE_RELATION, ArgumentCardinality.OPTIONAL, -1)),
          -1));
      ml.addTableValuedFunction(
          new TableValuedFunction.FixedOutputSchemaTVF(List.of(CATALOG, name), signatures, output));
      String rootName = CATALOG + "." + name;
      if (root.getTVFByName(rootName) != null) {
        root.removeTableValuedFunction(rootName);
      }
      root.addTableValuedFunction(
          new TableValuedFunction.FixedOutputSchemaTVF(List.of(rootName), signatures, output));
    }
  }

  private static FunctionArgumentType model() {
    return new FunctionArgumentType(SignatureArgumentKind.ARG_TYPE_MODEL, ArgumentCardinality.REQUIRED, -1);
  }

  /** Output columns by function name. */
  static Map<String, Map<String, Type>> outputs(Collection<ModelType> types) {
    Map<String, Type> evaluate = new LinkedHashMap<>();
    for (ModelType t : types) {
      evaluate.putAll(t.evaluateColumns);
    }
    Map<String, Map<String, Type>> out = new LinkedHashMap<>();
    if (!evaluate.isEmpty()) {
      out.put("EVALUATE", evaluate);
    }
    if (types.contains(ModelType.KMEANS)) {
      out.put("CENTROIDS", cols("centroid_id", TypeKind.TYPE_INT64, "feature", TypeKind.TYPE_STRING,
          "numerical_value", TypeKind.TYPE_DOUBLE));
    }
    if (types.contains(ModelType.LOGISTIC_REG) || types.contains(ModelType.LINEAR_REG)) {
      out.put("WEIGHTS", cols("processed_input", TypeKind.TYPE_STRING, "weight", TypeKind.TYPE_DOUBLE));
    }
    if (types.contains(ModelType.LOGISTIC_REG)) {
      out.put("ROC_CURVE", cols("threshold", TypeKind.TYPE_DOUBLE, "recall", TypeKind.TYPE_DOUBLE,
          "false_positive_rate", TypeKind.TYPE_DOUBLE, "true_positives", TypeKind.TYPE_INT64,
          "false_positives", TypeKind.TYPE_INT64, "true_negatives", TypeKind.TYPE_INT64,
          "false_negatives", TypeKind.TYPE_INT64));
    }
    out.put("FEATURE_INFO", cols("input", TypeKind.TYPE_STRING, "min", TypeKind.TYPE_DOUBLE,
        "max", TypeKind.TYPE_DOUBLE, "mean", TypeKind.TYPE_DOUBLE, "median", TypeKind.TYPE_DOUBLE,
        "stddev", TypeKind.TYPE_DOUBLE, "category_count", TypeKind.TYPE_INT64,
        "null_count", TypeKind.TYPE_INT64));
    out.put("TRAINING_INFO", cols("training_run", TypeKind.TYPE_INT64, "iteration", TypeKind.TYPE_INT64,
        "loss", TypeKind.TYPE_DOUBLE, "eval_loss", TypeKind.TYPE_DOUBLE,
        "learning_rate", TypeKind.TYPE_DOUBLE, "duration_ms", TypeKind.TYPE_INT64));
    return out;
  }

  /** What a model of this type returns from {@code ML.PREDICT}, after the input columns. */
  static Map<String, Type> predictions(ModelType type, Map<String, Type> labels) {
    Map<String, Type> out = new LinkedHashMap<>();
    if (type == ModelType.KMEANS) {
      out.put("CENTROID_ID", TypeFactory.createSimpleType(TypeKind.TYPE_INT64));
    }
    labels.forEach((label, labelType) -> {
      out.put("predicted_" + label, labelType);
      if (type == ModelType.LOGISTIC_REG) {
        out.put("predicted_" + label + "_probs", TypeFactory.createArrayType(TypeFactory.createStructType(List.of(
            new StructType.StructField("label", labelType),
            new StructType.StructField("prob", TypeFactory.createSimpleType(TypeKind.TYPE_DOUBLE))))));
      }
    });
    return out;
  }

  private static TVFRelation relation(Map<String, Type> columns) {
    List<TVFRelation.Column> out = new ArrayList<>();
    columns.forEach((name, type) -> out.add(TVFRelation.Column.create(name, type)));
    return TVFRelation.createColumnBased(out);
  }

  private static Map<String, Type> cols(Object... nameAndKind) {
    Map<String, Type> out = new LinkedHashMap<>();
    for (int i = 0; i < nameAndKind.length; i += 2) {
      out.put((String) nameAndKind[i], TypeFactory.createSimpleType((TypeKind) nameAndKind[i + 1]));
    }
    return out;
  }
}
