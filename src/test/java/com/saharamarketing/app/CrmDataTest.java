package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.saharamarketing.schema.ColumnType;
import com.saharamarketing.schema.CsvFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks on scanned data that protect the models. */
class CrmDataTest {
  @TempDir Path data;

  @Test
  void defaultDataHasNumericModelInputsInTheTypedViews() throws Exception {
    TestProject.copyOfData(data);
    CrmData crm = CrmData.load(TestProject.withDataDir(data));
    assertThat(crm.tables().get("accounts").typedView().column("Annual_Revenue").orElseThrow().type())
        .isEqualTo(ColumnType.NUMERIC);
  }

  @Test
  void failsWhenOneRevenueValueBreaksTheMoneyFormatNamingItsLine() throws Exception {
    TestProject.copyOfData(data);
    Path accounts = data.resolve("crm_account.csv");
    List<String> lines = Files.readAllLines(accounts, StandardCharsets.UTF_8);
    lines.set(41, lines.get(41).replaceFirst(",\\$[0-9.]+,", ",N/A,"));
    Files.write(accounts, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CrmData.load(TestProject.withDataDir(data)))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("crm_account.csv:42")
        .hasMessageContaining("'Annual Revenue' holds 'N/A'")
        .hasMessageContaining("need it as a number");
  }

  @Test
  void failsWhenAModelInputIsTextThroughout() throws Exception {
    TestProject.copyOfData(data);
    Path users = data.resolve("crm_user.csv");
    List<String> lines = Files.readAllLines(users, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, lines.get(i).replaceFirst(",([0-9]*)$", ",age $1"));
    }
    Files.write(users, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CrmData.load(TestProject.withDataDir(data)))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("crm_user.csv:1")
        .hasMessageContaining("column 'Age' is text");
  }

  @Test
  void aMissingExportNamesTheDefaultFileNamesInSortedOrder() throws Exception {
    TestProject.copyOfData(data);
    Files.delete(data.resolve("crm_account.csv"));

    assertThatThrownBy(() -> CrmData.load(TestProject.withDataDir(data)))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("no CSV file for table 'accounts'")
        .hasMessageContaining("(default file names: {crm_account.csv=accounts, crm_user.csv=users, "
            + "ga360.csv=ga360, users_signup_dates.csv=users_signup_dates})");
  }
}
