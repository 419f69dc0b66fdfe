package com.saharamarketing.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts, from the local CSVs, the rows that the segmentation training view will return: one per
 * GA360 user, joined to users and then to accounts (inner joins; empty keys never match).
 *
 * <p>k-means cannot make more clusters than it has rows, so synthesis checks kMax against this
 * count instead of letting the model jobs fail in the middle of a deploy.
 */
final class SegmentationRows {
  private SegmentationRows() {}

  static long count(CrmData data) {
    Set<String> visitors = new HashSet<>();
    CsvColumnReader.forEachRow(data.tables().get(CrmData.GA360), List.of("User_ID"), row -> {
      if (row[0] != null) {
        visitors.add(row[0]);
      }
    });
    Map<String, Long> accountsByNumber = new HashMap<>();
    CsvColumnReader.forEachRow(data.tables().get(CrmData.ACCOUNTS), List.of("Account_Number"),
        row -> {
          if (row[0] != null) {
            accountsByNumber.merge(row[0], 1L, Long::sum);
          }
        });
    long[] rows = {0};
    CsvColumnReader.forEachRow(data.tables().get(CrmData.USERS), List.of("User_ID", "Account_ID"), row -> {
      if (row[0] != null && row[1] != null && visitors.contains(row[0])) {
        rows[0] += accountsByNumber.getOrDefault(row[1], 0L);
      }
    });
    return rows[0];
  }
}
