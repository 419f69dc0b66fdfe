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
