package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.saharamarketing.schema.ColumnType;
import com.saharamarketing.schema.CsvProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CRM extract (../shared/data/crm), with every quirk it has, synthesizes. */
class RealDataTest {
  @Test
  void realCrmExtractSynthesizes(@TempDir Path out) {
    Path crm = TestProject.sharedCrm();
    assumeTrue(Files.isDirectory(crm),
        "skipped: the real CRM extract is not at " + crm + " (it sits beside the repository in ../shared)");

    SaharaSynthesizer.SynthResult result = TestProject.synthesize(TestProject.withDataDir(crm), out);

    CsvProfile accounts = result.data().tables().get("accounts");
    assertThat(accounts.rowCount()).isEqualTo(2500);
    assertThat(accounts.schema().column("Annual_Revenue").orElseThrow().type()).isEqualTo(ColumnType.STRING);
    assertThat(accounts.schema().column("Average_Sales_Cycle")).isPresent();
    // The typed view parses what the raw table keeps as text; the dates mix 5/19/2015 and 12-12-2018.
    assertThat(accounts.typedView().column("Annual_Revenue").orElseThrow().type()).isEqualTo(ColumnType.NUMERIC);
    for (String date : new String[] {"First_Sale_Date", "Last_Sale_Date"}) {
      assertThat(accounts.schema().column(date).orElseThrow().type()).isEqualTo(ColumnType.STRING);
      assertThat(accounts.typedView().column(date).orElseThrow().expression())
          .isEqualTo("COALESCE(SAFE.PARSE_DATE('%m/%d/%Y', `" + date + "`), SAFE.PARSE_DATE('%m-%d-%Y', `" + date + "`))");
    }
    assertThat(accounts.typedView().parsedColumns()).hasSize(3);
    assertThat(result.data().tables().get("users").schema().column("Age").orElseThrow().type())
        .isEqualTo(ColumnType.INTEGER);
    assertThat(result.data().tables().get("users_signup_dates").schema().column("Signup_Date").orElseThrow().type())
        .isEqualTo(ColumnType.DATE);
    assertThat(result.data().tables().get("ga360").rowCount()).isEqualTo(1000);
    JsonNode stack = TestProject.stackJson(result, MarketingStack.NAME);
    assertThat(TestProject.resources(stack, "google_bigquery_job")).hasSize(4 + 10 + 1);
    assertThat(result.resourceCounts()).containsEntry(StateStack.NAME, 1);
    // Counted independently with Python's csv module: 21 GA360 users join to users and accounts.
    assertThat(result.segmentationRows()).isEqualTo(21);
  }
}
