package com.saharamarketing.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the two training views will see, counted from the local CSVs after the scan, reading each
 * file once:
 *
 * <ul>
 *   <li>the segmentation training set's rows: one per GA360 user, joined to users and then to
 *       accounts (inner joins; empty keys never match). k-means cannot make more clusters than it
 *       has rows, so synthesis checks kMax against this count instead of letting the model jobs
 *       fail in the middle of a deploy;
 *   <li>the classes of the repeat-buyer label, from the same pass over the accounts.
 * </ul>
 *
 * @param segmentationRows rows of the segmentation training view
 * @param repeatBuyerLabels the repeat-buyer label's classes
 */
record TrainingCounts(long segmentationRows, RepeatBuyerLabels repeatBuyerLabels) {
  static TrainingCounts of(CrmData data) {
    Set<String> visitors = new HashSet<>();
    CsvColumnReader.forEachRow(data.tables().get(CrmData.GA360), List.of("User_ID"), row -> {
      if (row[0] != null) {
        visitors.add(row[0]);
      }
    });
    Map<String, Long> accountsByNumber = new HashMap<>();
    long[] labels = new long[3];
    CsvColumnReader.forEachRow(data.tables().get(CrmData.ACCOUNTS),
        List.of("Account_Number", RepeatBuyerLabels.COLUMN), row -> {
          if (row[0] != null) {
            accountsByNumber.merge(row[0], 1L, Long::sum);
          }
          labels[RepeatBuyerLabels.classOf(row[1])]++;
        });
    long[] rows = {0};
    CsvColumnReader.forEachRow(data.tables().get(CrmData.USERS), List.of("User_ID", "Account_ID"), row -> {
      if (row[0] != null && row[1] != null && visitors.contains(row[0])) {
        rows[0] += accountsByNumber.getOrDefault(row[1], 0L);
      }
    });
    return new TrainingCounts(rows[0], new RepeatBuyerLabels(labels[0], labels[1], labels[2]));
  }
}
