package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A CSV file may not take a table id that the stack itself creates. */
class GeneratedIdClashTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
      "ga360_typed.csv, ga360_typed, the typed view 'ga360_typed' of table 'ga360'",
      "ACCOUNTS_TYPED.csv, ACCOUNTS_TYPED, the typed view 'accounts_typed' of table 'accounts'",
      "elbow_point.csv, elbow_point, the view 'elbow_point'",
      "Segmentation_Training.csv, Segmentation_Training, the view 'segmentation_training'",
      "customer_segments_k3.csv, customer_segments_k3, the k-means model 'customer_segments_k3'",
      "repeat_buyer_model_evaluation.csv, repeat_buyer_model_evaluation, "
          + "the view 'repeat_buyer_model_evaluation'",
      "repeat_buyer_model.csv, repeat_buyer_model, the logistic regression model 'repeat_buyer_model'",
  })
  void aCsvWhoseTableIdTheStackGeneratesIsRejected(String file, String tableId, String clash)
      throws Exception {
    Path data = TestProject.copyOfData(dir.resolve("data"));
    Files.copy(data.resolve("ga360.csv"), data.resolve(file));
    Path outdir = dir.resolve("out");

    assertThatThrownBy(() -> TestProject.synthesize(TestProject.withDataDir(data), outdir))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("'" + file + "' maps to table '" + tableId + "', which clashes with "
            + clash)
        .hasMessageContaining("'sahara:tableNames'");
    assertThat(outdir).doesNotExist();
  }

  @Test
  void generatedIdsComeFromTheConstructs() throws Exception {
    SaharaSettings settings = TestProject.withDataDir(TestProject.copyOfData(dir.resolve("data")));
    MarketingStack stack = new MarketingStack(
        new App(AppConfig.builder().outdir(dir.resolve("out").toString()).stackTraces(false).build()),
        settings, CrmData.load(settings));

    assertThat(stack.generatedIds()).containsKeys("accounts_typed", "users_typed", "ga360_typed",
        "users_signup_dates_typed", "segmentation_training", "repeat_buyer_training", "elbow_point",
        "repeat_buyer_model", "repeat_buyer_model_evaluation", "customer_segments_k2",
        "customer_segments_k11");
    assertThat(stack.generatedIds()).hasSize(4 + 2 + 1 + 10 + 2);
    // File-name order: crm_account.csv, crm_user.csv, ga360.csv, users_signup_dates.csv.
    assertThat(stack.getTables().keySet())
        .containsExactly("accounts", "users", "ga360", "users_signup_dates");
  }
}
