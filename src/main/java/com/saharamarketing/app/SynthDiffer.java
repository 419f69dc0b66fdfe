package com.saharamarketing.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.saharamarketing.app.SynthDiff.Action;
import com.saharamarketing.app.SynthDiff.AttributeChange;
import com.saharamarketing.app.SynthDiff.Effect;
import com.saharamarketing.app.SynthDiff.EffectKind;
import com.saharamarketing.app.SynthDiff.ResourceChange;
import com.saharamarketing.app.SynthDiff.StackDiff;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two synthesized stacks (Terraform JSON, as in {@code main.tf.json.snap}) resource by
 * resource and explains each change in BigQuery terms.
 *
 * <p>The explanations follow what Terraform's Google provider 5.x does with the change:
 *
 * <ul>
 *   <li>{@code google_bigquery_job}: every argument forces a new job. A new {@code job_id} means
 *       the job runs again: a load job reloads its table, a {@code CREATE MODEL} query job
 *       retrains its model. A change that keeps the {@code job_id} makes Terraform resubmit a
 *       job id BigQuery has already seen, which it rejects. An added {@code CREATE MODEL} job
 *       trains a new model; a removed one only leaves Terraform's state (the provider deletes no
 *       job), so the model it trained stays in BigQuery, no longer retrained.
 *   <li>{@code google_bigquery_table}: {@code project}, {@code dataset_id} and {@code table_id}
 *       force replacement. A schema change forces replacement unless the provider can apply it
 *       in place (see {@link #schemaReplacementReasons}); replacement deletes the table and its
 *       rows. A view's {@code query} is updated in place.
 *   <li>{@code google_storage_bucket_object}: a new name or source uploads the object again.
 * </ul>
 *
 * <pre>{@code
 * StackDiff diff = SynthDiffer.compareStack("sahara-marketing", snapshotJson, synthesizedJson);
 * diff.resources().forEach(r -> System.out.println(r.address() + " " + r.effects()));
 * }</pre>
 */
public final class SynthDiffer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CREATE_MODEL = Pattern.compile(
      "(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?MODEL\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([^`\\s(]+)`?");

  /** Google provider 5.x: arguments of {@code google_bigquery_table} that force a new table. */
  private static final Set<String> TABLE_FORCE_NEW = Set.of("project", "dataset_id", "table_id");
  /** Google provider 5.x: arguments of {@code google_bigquery_dataset} that force a new dataset. */
  private static final Set<String> DATASET_FORCE_NEW = Set.of("project", "dataset_id", "location");

  private SynthDiffer() {}

  /**
   * Parses Terraform JSON text; a parse error names the source.
   *
   * @throws InputException (an {@link IllegalArgumentException}) when the text is not a JSON object
   */
  public static JsonNode parse(String json, String source) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !root.isObject()) {
        throw new InputException(source + ": not a Terraform JSON object; expected a file "
            + "like " + Snapshot.FILE_NAME);
      }
      return root;
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
      throw new InputException(source + line + ": not valid JSON (" + e.getOriginalMessage()
          + "); expected a file like " + Snapshot.FILE_NAME, e);
    }
  }

  /** Compares the old and new Terraform JSON of one stack. */
  public static StackDiff compareStack(String stack, JsonNode before, JsonNode after) {
    List<AttributeChange> blocks = new ArrayList<>();
    for (String key : union(before, after)) {
      if (!key.equals("resource") && !key.equals("//")) {
        collect(key, before.path(key), after.path(key), blocks);
      }
    }
    blocks.sort(Comparator.comparing(AttributeChange::path));

    List<ResourceChange> resources = new ArrayList<>();
    JsonNode oldResources = before.path("resource");
    JsonNode newResources = after.path("resource");
    for (String type : union(oldResources, newResources)) {
      for (String name : union(oldResources.path(type), newResources.path(type))) {
        JsonNode oldBody = oldResources.path(type).path(name);
        JsonNode newBody = newResources.path(type).path(name);
        if (oldBody.equals(newBody)) {
          continue;
        }
        resources.add(resourceChange(type, name, oldBody, newBody));
      }
    }
    resources.sort(Comparator.comparing(ResourceChange::address));
    return new StackDiff(stack, blocks, resources);
  }

  private static ResourceChange resourceChange(String type, String name, JsonNode before, JsonNode after) {
    Action action = before.isMissingNode() ? Action.ADDED
        : after.isMissingNode() ? Action.REMOVED : Action.CHANGED;
    List<AttributeChange> attributes = new ArrayList<>();
    if (action == Action.CHANGED) {
      for (String key : union(before, after)) {
        if (!key.equals("//")) {
          collect(key, before.path(key), after.path(key), attributes);
        }
      }
      attributes.sort(Comparator.comparing(AttributeChange::path));
    }
    JsonNode current = action == Action.REMOVED ? before : after;
    List<Effect> effects = switch (type) {
      case "google_bigquery_job" -> jobEffects(action, before, after);
      case "google_bigquery_table" -> tableEffects(action, before, after, attributes);
      case "google_storage_bucket_object" -> objectEffects(action, current);
      case "google_bigquery_dataset" -> datasetEffects(action, current, attributes);
      default -> genericEffects(action, label(type, current), attributes);
    };
    List<Effect> sorted = new ArrayList<>(effects);
    sorted.sort(Comparator.comparing(Effect::severity).reversed());
    return new ResourceChange(type, name, action, label(type, current), attributes, sorted);
  }

  /** What a resource is, in BigQuery terms. */
  static String label(String type, JsonNode body) {
    return switch (type) {
      case "google_bigquery_job" -> {
        String model = modelName(body);
        if (body.has("load")) {
          yield "load job for table " + body.path("load").path("destination_table").path("table_id").asText();
        }
        yield model != null ? "training job for model " + model : "query job " + body.path("job_id").asText();
      }
      case "google_bigquery_table" ->
          (body.has("view") ? "view " : "table ") + body.path("table_id").asText();
      case "google_storage_bucket_object" ->
          "upload gs://" + body.path("bucket").asText() + "/" + body.path("name").asText();
      case "google_bigquery_dataset" -> "dataset " + body.path("dataset_id").asText();
      case "google_storage_bucket" -> "bucket " + body.path("name").asText();
      default -> type;
    };
  }

  /** The model a query job creates, without project and dataset, or null. */
  static String modelName(JsonNode job) {
    Matcher m = CREATE_MODEL.matcher(job.path("query").path("query").asText(""));
    if (!m.find()) {
      return null;
    }
    String qualified = m.group(1);
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static List<Effect> jobEffects(Action action, JsonNode before, JsonNode after) {
    JsonNode job = action == Action.REMOVED ? before : after;
    String model = modelName(job);
    String table = job.path("load").path("destination_table").path("table_id").asText();
    boolean load = job.has("load");
    switch (action) {
      case ADDED:
        return List.of(load
            ? new Effect(EffectKind.LOAD, table, "runs on apply: loads table " + table)
            : model != null ? new Effect(EffectKind.MODEL_ADDED, model, "runs on apply: trains new model " + model)
            : new Effect(EffectKind.OTHER, job.path("job_id").asText(), "runs on apply"));
      case REMOVED:
        if (model != null && !load) {
          return List.of(new Effect(EffectKind.MODEL_REMOVED, model, "model " + model + " is no longer "
              + "trained; the job leaves Terraform's state and the model stays in BigQuery as it is"));
        }
        return List.of(new Effect(EffectKind.OTHER, load ? table : job.path("job_id").asText(),
            "leaves Terraform's state; what it " + (load ? "loaded (table " + table + ")" : "created")
                + " stays in BigQuery"));
      default:
        break;
    }
    if (!before.path("job_id").equals(after.path("job_id"))) {
      if (load) {
        String disposition = after.path("load").path("write_disposition").asText();
        return List.of(new Effect(EffectKind.LOAD, table, "re-runs (new job_id): reloads table " + table
            + ("WRITE_TRUNCATE".equals(disposition) ? ", replacing its rows" : "")));
      }
      if (model != null) {
        return List.of(new Effect(EffectKind.TRAIN, model, "re-runs (new job_id): retrains model " + model));
      }
      return List.of(new Effect(EffectKind.OTHER, after.path("job_id").asText(), "re-runs (new job_id)"));
    }
    return List.of(new Effect(EffectKind.JOB_ID_REUSED, after.path("job_id").asText(),
        "settings changed but job_id did not: Terraform recreates the job and BigQuery rejects the "
            + "reused job id " + after.path("job_id").asText()));
  }

  private static List<Effect> tableEffects(Action action, JsonNode before, JsonNode after,
      List<AttributeChange> attributes) {
    JsonNode body = action == Action.REMOVED ? before : after;
    String id = body.path("table_id").asText();
    boolean view = body.has("view");
    if (action == Action.ADDED) {
      return List.of(new Effect(EffectKind.OTHER, (view ? "view " : "table ") + id,
          view ? "view " + id + " is created" : "table " + id + " is created empty; its load job fills it"));
    }
    if (action == Action.REMOVED) {
      return List.of(view
          ? new Effect(EffectKind.OTHER, "view " + id, "view " + id + " is deleted")
          : new Effect(EffectKind.DATA_DELETED, id, "table " + id + " is deleted with its data"));
    }
    List<String> reasons = new ArrayList<>();
    Set<String> changedTop = topLevel(attributes);
    for (String key : new TreeSet<>(changedTop)) {
      if (TABLE_FORCE_NEW.contains(key)) {
        reasons.add(key + " changed");
      }
    }
    List<Effect> effects = new ArrayList<>();
    if (changedTop.contains("schema") && !view) {
      List<String> schemaReasons = schemaReplacementReasons(
          before.path("schema").asText("[]"), after.path("schema").asText("[]"));
      reasons.addAll(schemaReasons);
      if (schemaReasons.isEmpty()) {
        effects.add(new Effect(EffectKind.OTHER, "table " + id, "schema of table " + id
            + " is updated in place (" + String.join(", ", schemaInPlaceChanges(
                before.path("schema").asText("[]"), after.path("schema").asText("[]"))) + ")"));
      }
    }
    if (!reasons.isEmpty()) {
      effects.add(view
          ? new Effect(EffectKind.VIEW_UPDATED, id, "view " + id + " is replaced: " + String.join("; ", reasons))
          : new Effect(EffectKind.TABLE_REPLACED, id, "REPLACED, DATA DROPPED: Terraform deletes table " + id
              + " with its rows and creates it empty (" + String.join("; ", reasons)
              + "); only a re-run of its load job refills it"));
      return effects;
    }
    if (view && changedTop.contains("view")) {
      effects.add(new Effect(EffectKind.VIEW_UPDATED, id, "view " + id + " is updated in place"
          + (changedTop.size() > 1 ? " (" + String.join(", ", changedTop) + ")" : " (new SQL)")));
    } else {
      Set<String> rest = new TreeSet<>(changedTop);
      rest.remove("schema");
      if (!rest.isEmpty()) {
        effects.add(new Effect(view ? EffectKind.VIEW_UPDATED : EffectKind.OTHER,
            view ? id : "table " + id, (view ? "view " : "table ") + id + " is updated in place (" + String.join(", ", rest) + ")"));
      }
    }
    return effects;
  }

  /**
   * Why the Google provider (5.x) must replace a table for this schema change; empty when it can
   * update in place. Mirrors the provider's {@code resourceBigQueryTableSchemaIsChangeable}: a
   * removed column, a changed type (except equivalent names such as INTEGER/INT64), a mode change
   * other than REQUIRED to NULLABLE, or a new REQUIRED column force a new table; new NULLABLE
   * columns, relaxed modes and reordering are applied in place. Nested fields are compared the
   * same way.
   */
  public static List<String> schemaReplacementReasons(String beforeSchema, String afterSchema) {
    List<String> reasons = new ArrayList<>();
    compareFields("", parseSchema(beforeSchema), parseSchema(afterSchema), reasons, new ArrayList<>());
    return reasons;
  }

  /** The in-place parts of a schema change (added NULLABLE columns, relaxed modes). */
  static List<String> schemaInPlaceChanges(String beforeSchema, String afterSchema) {
    List<String> inPlace = new ArrayList<>();
    compareFields("", parseSchema(beforeSchema), parseSchema(afterSchema), new ArrayList<>(), inPlace);
    if (inPlace.isEmpty()) {
      inPlace.add("descriptions or column order");
    }
    return inPlace;
  }

  private static void compareFields(String prefix, JsonNode before, JsonNode after,
      List<String> replace, List<String> inPlace) {
    Map<String, JsonNode> oldFields = byName(before);
    Map<String, JsonNode> newFields = byName(after);
    for (Map.Entry<String, JsonNode> old : oldFields.entrySet()) {
      String column = prefix + old.getKey();
      JsonNode now = newFields.get(old.getKey());
      if (now == null) {
        replace.add("column " + column + " removed");
        continue;
      }
      String oldType = type(old.getValue());
      String newType = type(now);
      if (!oldType.equals(newType)) {
        replace.add("column " + column + " retyped " + oldType + " -> " + newType);
      }
      String oldMode = mode(old.getValue());
      String newMode = mode(now);
      if (!oldMode.equals(newMode)) {
        if (oldMode.equals("REQUIRED") && newMode.equals("NULLABLE")) {
          inPlace.add("column " + column + " relaxed to NULLABLE");
        } else {
          replace.add("column " + column + " mode " + oldMode + " -> " + newMode);
        }
      }
      if (old.getValue().has("fields") || now.has("fields")) {
        compareFields(column + ".", old.getValue().path("fields"), now.path("fields"), replace, inPlace);
      }
    }
    for (Map.Entry<String, JsonNode> added : newFields.entrySet()) {
      if (!oldFields.containsKey(added.getKey())) {
        String column = prefix + added.getKey();
        if (mode(added.getValue()).equals("REQUIRED")) {
          replace.add("new column " + column + " is REQUIRED (BigQuery adds only NULLABLE columns in place)");
        } else {
          inPlace.add("column " + column + " added");
        }
      }
    }
  }

  private static Map<String, JsonNode> byName(JsonNode fields) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    fields.forEach(f -> out.put(f.path("name").asText(), f));
    return out;
  }

  private static String type(JsonNode field) {
    String type = field.path("type").asText("").toUpperCase(java.util.Locale.ROOT);
    return switch (type) {
      case "INT64" -> "INTEGER";
      case "FLOAT64" -> "FLOAT";
      case "BOOL" -> "BOOLEAN";
      default -> type;
    };
  }

  private static String mode(JsonNode field) {
    return field.path("mode").asText("NULLABLE").toUpperCase(java.util.Locale.ROOT);
  }

  private static JsonNode parseSchema(String schema) {
    try {
      JsonNode node = JSON.readTree(schema);
      return node == null || !node.isArray() ? JSON.createArrayNode() : node;
    } catch (IOException e) {
      return JSON.createArrayNode();
    }
  }

  private static List<Effect> objectEffects(Action action, JsonNode body) {
    String object = "gs://" + body.path("bucket").asText() + "/" + body.path("name").asText();
    return List.of(switch (action) {
      case ADDED -> new Effect(EffectKind.UPLOAD, object, "uploads " + object);
      case REMOVED -> new Effect(EffectKind.OTHER, "upload " + object, "deletes " + object);
      case CHANGED -> new Effect(EffectKind.UPLOAD, object,
          "re-uploads the CSV as " + object + " and deletes the old object");
    });
  }

  private static List<Effect> datasetEffects(Action action, JsonNode body, List<AttributeChange> attributes) {
    String id = body.path("dataset_id").asText();
    if (action == Action.REMOVED) {
      return List.of(new Effect(EffectKind.DATA_DELETED, id, "dataset " + id + " is deleted"));
    }
    Set<String> forceNew = new TreeSet<>(topLevel(attributes));
    forceNew.retainAll(DATASET_FORCE_NEW);
    if (action == Action.CHANGED && !forceNew.isEmpty()) {
      return List.of(new Effect(EffectKind.DATA_DELETED, id, "dataset " + id + " is replaced ("
          + String.join(", ", forceNew) + " changed): its tables and models are deleted"));
    }
    return genericEffects(action, "dataset " + id, attributes);
  }

  private static List<Effect> genericEffects(Action action, String what, List<AttributeChange> attributes) {
    return List.of(new Effect(EffectKind.OTHER, what, switch (action) {
      case ADDED -> what + " is created";
      case REMOVED -> what + " is destroyed";
      case CHANGED -> what + " is updated in place (" + String.join(", ", topLevel(attributes)) + ")";
    }));
  }

  private static Set<String> topLevel(List<AttributeChange> attributes) {
    Set<String> keys = new TreeSet<>();
    attributes.forEach(a -> keys.add(a.path().split("[.\\[]", 2)[0]));
    return keys;
  }

  /** Adds one change per differing leaf; arrays of different length change as a whole. */
  private static void collect(String path, JsonNode before, JsonNode after, List<AttributeChange> out) {
    if (before.equals(after)) {
      return;
    }
    if (before.isObject() && after.isObject()) {
      for (String key : union(before, after)) {
        collect(path + "." + key, before.path(key), after.path(key), out);
      }
      return;
    }
    if (before.isArray() && after.isArray() && before.size() == after.size()) {
      for (int i = 0; i < before.size(); i++) {
        collect(path + "[" + i + "]", before.get(i), after.get(i), out);
      }
      return;
    }
    out.add(new AttributeChange(path, text(before), text(after), lineDiff(path, before, after)));
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() ? null : node.toString();
  }

  /**
   * A unified diff of multi-line strings (SQL), and of BigQuery schema JSON with one column per
   * line; empty for other values.
   */
  private static List<String> lineDiff(String path, JsonNode before, JsonNode after) {
    boolean schema = path.equals("schema");
    if (!(schema || multiLine(before) || multiLine(after))
        || !(before.isTextual() || before.isMissingNode()) || !(after.isTextual() || after.isMissingNode())) {
      return List.of();
    }
    List<String> oldLines = lines(schema, before);
    List<String> newLines = lines(schema, after);
    return UnifiedDiffUtils.generateUnifiedDiff(
        "before/" + path, "after/" + path, oldLines, DiffUtils.diff(oldLines, newLines), 3);
  }

  private static boolean multiLine(JsonNode value) {
    return value.isTextual() && value.asText().contains("\n");
  }

  private static List<String> lines(boolean schema, JsonNode value) {
    if (value.isMissingNode()) {
      return List.of();
    }
    if (schema) {
      List<String> columns = new ArrayList<>();
      parseSchema(value.asText()).forEach(c -> columns.add(c.toString()));
      return columns;
    }
    return value.asText().lines().toList();
  }

  private static Set<String> union(JsonNode a, JsonNode b) {
    Set<String> keys = new TreeSet<>();
    for (JsonNode node : new JsonNode[] {a, b}) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
    }
    return keys;
  }
}
