package com.saharamarketing.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.saharamarketing.constructs.KMeansElbowSweepConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Builds {@link SaharaSettings} from three layers, each overriding the one before:
 *
 * <ol>
 *   <li>the embedded defaults ({@link SaharaSettings#defaults});
 *   <li>the {@code context} object of {@code cdktf.json} in the project folder, keys {@code
 *       sahara:project}, {@code sahara:region}, {@code sahara:dataset}, {@code sahara:dataDir},
 *       {@code sahara:kMin}, {@code sahara:kMax}, {@code sahara:stateBucket}, {@code
 *       sahara:uploadBucket}, {@code sahara:kmsKeyName} and {@code sahara:tableNames} (an object
 *       of file name to table id). Any other {@code sahara:} key is rejected, with the closest
 *       valid key as a suggestion, so a misspelt setting cannot be silently ignored;
 *   <li>the environment: {@code SAHARA_PROJECT}, {@code SAHARA_REGION}, {@code SAHARA_DATASET},
 *       {@code SAHARA_DATA_DIR}, {@code SAHARA_K_MIN}, {@code SAHARA_K_MAX}, {@code
 *       SAHARA_STATE_BUCKET}, {@code SAHARA_UPLOAD_BUCKET}, {@code SAHARA_KMS_KEY_NAME}.
 * </ol>
 *
 * <p>Bucket names follow the project id unless set. A relative data folder is resolved against
 * the project folder.
 */
public final class SettingsLoader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SettingsLoader() {}

  /** Loads settings for the project folder with the process environment. */
  public static SaharaSettings load(Path projectDir) {
    return load(projectDir, System.getenv());
  }

  /**
   * The project's committed configuration: the embedded defaults and {@code cdktf.json}'s context,
   * ignoring the environment. The snapshot and {@code sahara diff} use it, so that they describe
   * the repository and not one developer's shell.
   */
  public static SaharaSettings committed(Path projectDir) {
    return load(projectDir, Map.of());
  }

  /** Loads settings for the project folder with the given environment. */
  public static SaharaSettings load(Path projectDir, Map<String, String> env) {
    Map<String, String> values = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    Map<String, String> tableNames = new TreeMap<>(SaharaSettings.DEFAULT_TABLE_NAMES);
    readContext(projectDir.resolve("cdktf.json"), values, sources, tableNames);
    readEnv(env, values, sources);
    for (String key : ENV_NAMES.values()) {
      sources.putIfAbsent(key, "default");
    }
    tableNames.keySet().forEach(file -> sources.putIfAbsent("tableNames." + file, "default"));

    String project = values.getOrDefault("project", SaharaSettings.DEFAULT_PROJECT);
    Path dataDir = projectDir.resolve(values.getOrDefault("dataDir", SaharaSettings.DEFAULT_DATA_DIR));
    return new SaharaSettings(
        project,
        normalizeLocation(values.getOrDefault("region", SaharaSettings.DEFAULT_REGION)),
        values.getOrDefault("dataset", SaharaSettings.DEFAULT_DATASET),
        dataDir.normalize(),
        integer(values, sources, "kMin", KMeansElbowSweepConfig.DEFAULT_K_MIN),
        integer(values, sources, "kMax", KMeansElbowSweepConfig.DEFAULT_K_MAX),
        values.getOrDefault("stateBucket", SaharaSettings.defaultStateBucket(project)),
        values.getOrDefault("uploadBucket", SaharaSettings.defaultUploadBucket(project)),
        new TreeMap<>(tableNames),
        values.get("kmsKeyName"),
        sources);
  }

  private static final Map<String, String> ENV_NAMES =
      Map.of(
          "SAHARA_PROJECT", "project",
          "SAHARA_REGION", "region",
          "SAHARA_DATASET", "dataset",
          "SAHARA_DATA_DIR", "dataDir",
          "SAHARA_K_MIN", "kMin",
          "SAHARA_K_MAX", "kMax",
          "SAHARA_STATE_BUCKET", "stateBucket",
          "SAHARA_UPLOAD_BUCKET", "uploadBucket",
          "SAHARA_KMS_KEY_NAME", "kmsKeyName");

  /** The environment variable of a setting ({@code kMax} → {@code SAHARA_K_MAX}), or null. */
  static String environmentVariable(String setting) {
    return ENV_NAMES.entrySet().stream().filter(e -> e.getValue().equals(setting))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  /** The setting names of {@code cdktf.json}'s context, after {@code sahara:}. */
  static final java.util.SortedSet<String> CONTEXT_KEYS;

  static {
    java.util.SortedSet<String> keys = new java.util.TreeSet<>(ENV_NAMES.values());
    keys.add("tableNames");
    CONTEXT_KEYS = java.util.Collections.unmodifiableSortedSet(keys);
  }

  private static void readEnv(Map<String, String> env, Map<String, String> values,
      Map<String, String> sources) {
    ENV_NAMES.forEach(
        (variable, key) -> {
          String value = env.get(variable);
          if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
            sources.put(key, "environment variable " + variable);
          }
        });
  }

  private static void readContext(Path cdktfJson, Map<String, String> values,
      Map<String, String> sources, Map<String, String> tableNames) {
    if (!Files.isRegularFile(cdktfJson)) {
      return;
    }
    JsonNode root;
    try {
      root = JSON.readTree(cdktfJson.toFile());
    } catch (IOException e) {
      throw new SettingsException(cdktfJson + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    JsonNode context = root.path("context");
    for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!entry.getKey().startsWith("sahara:")) {
        continue;
      }
      String key = entry.getKey().substring("sahara:".length());
      if (!CONTEXT_KEYS.contains(key)) {
        throw new SettingsException(cdktfJson.getFileName() + ": unknown context key '" + entry.getKey()
            + "'" + suggestion(key) + "; the sahara: settings are "
            + String.join(", ", CONTEXT_KEYS.stream().map(k -> "sahara:" + k).toList()));
      }
      JsonNode value = entry.getValue();
      if (key.equals("tableNames")) {
        if (!value.isObject()) {
          throw new SettingsException(cdktfJson + ": context 'sahara:tableNames' must be an object "
              + "of CSV file name to table id, e.g. {\"crm_account.csv\": \"accounts\"}");
        }
        value.fields().forEachRemaining(e -> {
          tableNames.put(e.getKey(), e.getValue().asText());
          sources.put("tableNames." + e.getKey(), cdktfJson.getFileName() + " context 'sahara:tableNames'");
        });
      } else if (value.isValueNode()) {
        values.put(key, value.asText());
        sources.put(key, cdktfJson.getFileName() + " context 'sahara:" + key + "'");
      } else {
        throw new SettingsException(cdktfJson + ": context 'sahara:" + key + "' must be a string or number");
      }
    }
  }

  /** {@code "; did you mean 'sahara:kMax'?"} for the closest known key, or "" if none is close. */
  private static String suggestion(String key) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : CONTEXT_KEYS) {
      int d = distance.apply(lower, known.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    // More edits than half the key is another word, not a typo.
    return bestDistance <= Math.max(1, key.length() / 2) ? "; did you mean 'sahara:" + best + "'?" : "";
  }

  /**
   * BigQuery reports regions in lower case and multi-regions in upper case; writing them that way
   * keeps every plan free of case-only diffs, whatever case the user typed.
   */
  static String normalizeLocation(String location) {
    String upper = location.toUpperCase(java.util.Locale.ROOT);
    return upper.equals("US") || upper.equals("EU") ? upper : location.toLowerCase(java.util.Locale.ROOT);
  }

  private static int integer(Map<String, String> values, Map<String, String> sources, String key,
      int fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new SettingsException(key + " (" + sources.getOrDefault(key, "default") + "): '" + value
          + "' is not a whole number");
    }
  }
}
