package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.saharamarketing.schema.CsvFormatException;
import com.saharamarketing.schema.CsvProfile;
import com.saharamarketing.schema.CsvScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading data rows by the scanned schema's columns, whatever the header cells say. */
class CsvColumnReaderTest {
  @TempDir Path dir;

  private List<List<String>> read(String csv, String... columns) throws Exception {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    CsvProfile profile = CsvScanner.scan(file);
    List<List<String>> rows = new ArrayList<>();
    CsvColumnReader.forEachRow(profile, List.of(columns), row -> rows.add(Arrays.asList(row)));
    return rows;
  }

  @Test
  void readsColumnsBesideAnEmptyHeaderCell() throws Exception {
    assertThat(read(",Account Number,Name\r\n0,7,\"Irwin, Ramsey\"\r\n1,,\"two\nlines\"\r\n",
        "name", "Account_Number"))
        .containsExactly(List.of("Irwin, Ramsey", "7"), Arrays.asList("two\nlines", null));
  }

  @Test
  void aColumnThatIsNotThereNamesTheFileAndTheColumnsFound() throws Exception {
    assertThatThrownBy(() -> read("a,b\n1,2\n", "User_ID"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("t.csv:1")
        .hasMessageContaining("column 'User_ID' is missing (columns found: a, b)");
  }

  /** A pandas export with its index column: the counts equal those of the plain export. */
  @Test
  void pandasIndexColumnsDoNotChangeTheTrainingChecks() throws Exception {
    Path plain = TestProject.copyOfData(dir.resolve("plain"));
    Path indexed = TestProject.copyOfData(dir.resolve("indexed"));
    for (String name : List.of("crm_account.csv", "crm_user.csv", "ga360.csv")) {
      List<String> lines = Files.readAllLines(indexed.resolve(name), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        lines.set(i, (i == 0 ? "" : String.valueOf(i - 1)) + "," + lines.get(i));
      }
      Files.write(indexed.resolve(name), lines, StandardCharsets.UTF_8);
    }
    CrmData expected = CrmData.load(TestProject.withDataDir(plain));
    CrmData actual = CrmData.load(TestProject.withDataDir(indexed));

    assertThat(TrainingCounts.of(expected).segmentationRows()).isPositive();
    assertThat(TrainingCounts.of(actual)).isEqualTo(TrainingCounts.of(expected));
  }
}
