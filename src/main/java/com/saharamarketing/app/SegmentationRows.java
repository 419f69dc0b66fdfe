package com.saharamarketing.app;

import com.saharamarketing.schema.CsvProfile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Counts, from the local CSVs, the rows that the segmentation training view will return: one per
 * GA360 user, joined to users and then to accounts (inner joins; empty keys never match).
 *
 * <p>k-means cannot make more clusters than it has rows, so synthesis checks kMax against this
 * count instead of letting the model jobs fail in the middle of a deploy.
 */
final class SegmentationRows {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private SegmentationRows() {}

  static long count(CrmData data) {
    Set<String> visitors = new HashSet<>();
    forEach(data.tables().get(CrmData.GA360), List.of("User_ID"), row -> {
      if (row[0] != null) {
        visitors.add(row[0]);
      }
    });
    Map<String, Long> accountsByNumber = new HashMap<>();
    forEach(data.tables().get(CrmData.ACCOUNTS), List.of("Account_Number"),
        row -> {
          if (row[0] != null) {
            accountsByNumber.merge(row[0], 1L, Long::sum);
          }
        });
    long[] rows = {0};
    forEach(data.tables().get(CrmData.USERS), List.of("User_ID", "Account_ID"), row -> {
      if (row[0] != null && row[1] != null && visitors.contains(row[0])) {
        rows[0] += accountsByNumber.getOrDefault(row[1], 0L);
      }
    });
    return rows[0];
  }

  /** Streams the named columns of every row; empty cells (NULL) are passed as null. */
  static void forEach(CsvProfile profile, List<String> columns, Consumer<String[]> action) {
    List<String> names = profile.schema().columnNames().stream()
        .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    int[] index = columns.stream().mapToInt(c -> names.indexOf(c.toLowerCase(Locale.ROOT))).toArray();
    try (Reader reader = Files.newBufferedReader(profile.file(), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      for (CSVRecord record : parser) {
        String[] values = new String[index.length];
        for (int i = 0; i < index.length; i++) {
          String value = record.get(index[i]);
          values[i] = value.isEmpty() ? null : value;
        }
        action.accept(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + profile.file(), e);
    }
  }
}
