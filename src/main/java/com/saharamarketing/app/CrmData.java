package com.saharamarketing.app;

import com.saharamarketing.schema.ColumnStats;
import com.saharamarketing.schema.ColumnType;
import com.saharamarketing.schema.CsvFormatException;
import com.saharamarketing.schema.CsvProfile;
import com.saharamarketing.schema.CsvScanner;
import com.saharamarketing.schema.TableSchema;
import com.saharamarketing.schema.TypedColumn;
import com.saharamarketing.sql.MarketingQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The scanned CSV files of a data folder, by table id, checked against what the models read.
 * Everything here happens before a single file is written, so bad input leaves no output.
 *
 * @param dataDir the folder that was scanned
 * @param tables profiles by table id, in file-name order
 */
public record CrmData(Path dataDir, Map<String, CsvProfile> tables) {
  static final String ACCOUNTS = "accounts";
  static final String USERS = "users";
  static final String GA360 = "ga360";
  /**
   * Columns that the models use as numbers. If one is text even in the typed view, BigQuery ML
   * would silently one-hot encode it as a category (the original k-means did that to revenue).
   */
  private static final Map<String, List<String>> NUMERIC_INPUTS = Map.of(
      ACCOUNTS, List.of("Annual_Revenue", "Number_of_employees", "Num_Opportunities_Won"),
      USERS, List.of("Loyalty_Program", "LifeTime_Value", "Age"),
      GA360, List.of("timeOnScreen", "UniqueScreenViews"));
  private static final Set<ColumnType> NUMBERS =
      EnumSet.of(ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.NUMERIC, ColumnType.BIGNUMERIC);

  public CrmData {
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
  }

  /** Scans every {@code *.csv} file of the settings' data folder and checks the result. */
  public static CrmData load(SaharaSettings settings) {
    Path dir = settings.dataDir();
    if (!Files.isDirectory(dir)) {
      throw new SettingsException(settings.describe("dataDir") + ": '" + dir + "' is not a folder; "
          + "point it at the folder of CRM CSV exports");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing
          .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
          .filter(Files::isRegularFile)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<String> tableIds = new ArrayList<>();
    Map<String, String> fileByTableLowerCase = new LinkedHashMap<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String tableId = settings.tableIdFor(fileName);
      String clash = fileByTableLowerCase.put(tableId.toLowerCase(java.util.Locale.ROOT), fileName);
      if (clash != null) {
        throw new SettingsException("tableNames: '" + clash + "' and '" + fileName
            + "' both map to table '" + tableId + "'; give one of them another name in cdktf.json "
            + "context 'sahara:tableNames'");
      }
      tableIds.add(tableId);
    }
    List<CsvProfile> profiles = scanAll(files);
    Map<String, CsvProfile> tables = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      tables.put(tableIds.get(i), profiles.get(i));
    }
    CrmData data = new CrmData(dir, tables);
    data.check();
    return data;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Scans the files in parallel (each file by one thread); returns the profiles in file order, or
   * throws the failure of the first failing file in that order, so errors stay deterministic.
   */
  private static List<CsvProfile> scanAll(List<Path> files) {
    List<Object> results = files.parallelStream().map(file -> {
      try {
        return (Object) CsvScanner.scan(file, LargeFileProgress.forFile(file, sizeOf(file)));
      } catch (RuntimeException e) {
        return e;
      }
    }).toList();
    for (Object result : results) {
      if (result instanceof RuntimeException e) {
        throw e;
      }
    }
    return results.stream().map(CsvProfile.class::cast).toList();
  }

  /**
   * Fails when a table or column that a training view reads is missing, naming the file, the
   * column and the columns that exist.
   */
  void check() {
    requireColumns(MarketingQueries.SEGMENTATION_COLUMNS,
        "the customer segmentation view (" + MarketingStack.NAME + "/" + MarketingStack.SEGMENTATION_VIEW + ")");
    requireColumns(MarketingQueries.REPEAT_BUYER_COLUMNS,
        "the repeat-buyer view (" + MarketingStack.NAME + "/" + MarketingStack.REPEAT_BUYER_VIEW + ")");
    for (String tableId : new TreeSet<>(NUMERIC_INPUTS.keySet())) {
      CsvProfile profile = tables.get(tableId);
      for (String name : NUMERIC_INPUTS.get(tableId)) {
        requireNumber(profile, name);
      }
    }
  }

  private static void requireNumber(CsvProfile profile, String name) {
    TypedColumn typed = profile.typedView().column(name).orElseThrow();
    if (NUMBERS.contains(typed.type())) {
      return;
    }
    int index = profile.typedView().columns().indexOf(typed);
    ColumnStats stats = profile.columnStats().get(index);
    String header = typed.column().header();
    if (stats.formatMismatch() != null) {
      throw new CsvFormatException(profile.file(), stats.formatMismatchLine(),
          "column '" + header + "' holds '" + stats.formatMismatch() + "', which does not match the "
              + "numbers before it (such as " + String.join(", ", stats.examples()) + "); the models "
              + "need it as a number",
          "correct the cell, or leave it empty (an empty cell loads as NULL)");
    }
    throw new CsvFormatException(profile.file(), 1,
        "column '" + header + "' is text (values such as " + String.join(", ", stats.examples())
            + "), but the models need it as a number",
        "export plain numbers, amounts such as $1,234.50, or percentages");
  }

  private void requireColumns(Map<String, Set<String>> needed, String reader) {
    for (String tableId : new TreeSet<>(needed.keySet())) {
      CsvProfile profile = tables.get(tableId);
      if (profile == null) {
        throw new SettingsException("dataDir: '" + dataDir + "' has no CSV file for table '" + tableId
            + "', which " + reader + " reads; add the export (default file names: "
            + new TreeMap<>(SaharaSettings.DEFAULT_TABLE_NAMES) + ") or map a file to it with 'sahara:tableNames'");
      }
      TableSchema schema = profile.schema();
      for (String column : new TreeSet<>(needed.get(tableId))) {
        if (schema.column(column).isEmpty()) {
          throw new CsvFormatException(profile.file(), 1,
              "column '" + column + "' is missing, but " + reader + " reads it (columns found: "
                  + String.join(", ", schema.columnNames()) + ")",
              "restore the column in the export; header cells are mapped to names by replacing "
                  + "characters other than letters, digits and '_' with '_'");
        }
      }
    }
  }
}
