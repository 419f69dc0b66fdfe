package com.saharamarketing.app;

import com.saharamarketing.schema.Column;
import com.saharamarketing.schema.CsvFormatException;
import com.saharamarketing.schema.CsvProfile;
import com.saharamarketing.schema.CsvScanner;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams chosen columns of the data rows of a CSV file that {@link
 * com.saharamarketing.schema.CsvScanner} has already scanned and accepted.
 *
 * <p>Columns are found through the scanned schema (BigQuery column names, matched ignoring case
 * as BigQuery does) and read by position, so header cells that are empty (a pandas index column
 * such as {@code ,Account Number,...}), repeated or oddly spelled work exactly as they did for the
 * scan. The header row is skipped, not interpreted.
 *
 * <pre>{@code
 * CsvColumnReader.forEachRow(profile, List.of("User_ID", "Account_ID"),
 *     row -> System.out.println(row[0] + " -> " + row[1]));
 * }</pre>
 */
final class CsvColumnReader {
  /** The dialect the scan parsed the same files with. */
  static final CSVFormat FORMAT = CsvScanner.FORMAT;

  private CsvColumnReader() {}

  /**
   * Calls action once per data row with the values of the named columns, in the order asked;
   * empty cells (which load as NULL) are passed as null.
   *
   * @param columns BigQuery column names of {@code profile.schema()}, matched ignoring case
   * @throws CsvFormatException when a column is not in the file, naming the file and the columns
   */
  static void forEachRow(CsvProfile profile, List<String> columns, Consumer<String[]> action) {
    int[] index = columns.stream().mapToInt(name -> indexOf(profile, name)).toArray();
    try (Reader reader = Files.newBufferedReader(profile.file(), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (records.hasNext()) {
        records.next(); // the header row
      }
      while (records.hasNext()) {
        CSVRecord record = records.next();
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

  private static int indexOf(CsvProfile profile, String name) {
    List<Column> all = profile.schema().columns();
    return profile.schema().column(name).map(all::indexOf).orElseThrow(() -> new CsvFormatException(
        profile.file(), 1, "column '" + name + "' is missing (columns found: "
            + String.join(", ", profile.schema().columnNames()) + ")",
        "restore the column in the export"));
  }
}
