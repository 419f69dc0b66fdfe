package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @TempDir Path project;

  @Test
  void defaultsNeedNoConfiguration() {
    SaharaSettings s = SettingsLoader.load(project, Map.of());
    assertThat(s.projectId()).isEqualTo("sahara-demo-project");
    assertThat(s.region()).isEqualTo("europe-west2");
    assertThat(s.datasetId()).isEqualTo("sahara_marketing");
    assertThat(s.dataDir()).isEqualTo(project.resolve("data"));
    assertThat(s.kMin()).isEqualTo(2);
    assertThat(s.kMax()).isEqualTo(11);
    assertThat(s.stateBucket()).isEqualTo("sahara-demo-project-tfstate");
    assertThat(s.uploadBucket()).isEqualTo("sahara-demo-project-sahara-uploads");
    assertThat(s.tableIdFor("crm_account.csv")).isEqualTo("accounts");
    assertThat(s.tableIdFor("crm_user.csv")).isEqualTo("users");
    assertThat(s.tableIdFor("ga360.csv")).isEqualTo("ga360");
    assertThat(s.tableIdFor("users_signup_dates.csv")).isEqualTo("users_signup_dates");
    assertThat(s.tableIdFor("web-orders 2024.CSV")).isEqualTo("web_orders_2024");
    assertThat(s.kmsKeyName()).isNull();
    assertThat(s).isEqualTo(SaharaSettings.defaults(project));
  }

  @Test
  void readsTheKmsKeyFromContextAndEnvironment() throws Exception {
    String contextKey = "projects/acme-kms/locations/europe-west2/keyRings/r/cryptoKeys/from-context";
    String envKey = "projects/acme-kms/locations/europe-west2/keyRings/r/cryptoKeys/from-env";
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:kmsKeyName\": \"" + contextKey + "\"}}");
    assertThat(SettingsLoader.load(project, Map.of()).kmsKeyName()).isEqualTo(contextKey);
    assertThat(SettingsLoader.load(project, Map.of("SAHARA_KMS_KEY_NAME", envKey)).kmsKeyName()).isEqualTo(envKey);
  }

  @Test
  void failsOnAKmsKeyOutsideTheRegionNamingTheSetting() {
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_KMS_KEY_NAME",
            "projects/acme-kms/locations/us-east1/keyRings/r/cryptoKeys/k")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("SAHARA_KMS_KEY_NAME").hasMessageContaining("us-east1").hasMessageContaining("europe-west2");
  }

  @Test
  void contextOverridesDefaultsAndEnvironmentOverridesContext() throws Exception {
    Files.writeString(project.resolve("cdktf.json"), """
        {"app": "bin/sahara", "context": {"sahara:project": "acme-marketing", "sahara:kMax": 5,
         "sahara:tableNames": {"orders.csv": "web_orders"}}}""");
    SaharaSettings s = SettingsLoader.load(project, Map.of("SAHARA_K_MAX", "7", "SAHARA_REGION", "EU",
        "SAHARA_DATA_DIR", "/srv/crm"));
    assertThat(s.projectId()).isEqualTo("acme-marketing");
    assertThat(s.stateBucket()).isEqualTo("acme-marketing-tfstate");
    assertThat(s.kMax()).isEqualTo(7);
    assertThat(s.region()).isEqualTo("EU");
    assertThat(s.dataDir()).isEqualTo(Path.of("/srv/crm"));
    assertThat(s.tableIdFor("orders.csv")).isEqualTo("web_orders");
    assertThat(s.tableIdFor("crm_account.csv")).isEqualTo("accounts");
  }

  @Test
  void regionCaseIsNormalizedSoPlansShowNoCaseDiffs() {
    assertThat(SettingsLoader.load(project, Map.of("SAHARA_REGION", "US-Central1")).region()).isEqualTo("us-central1");
    assertThat(SettingsLoader.load(project, Map.of("SAHARA_REGION", "eu")).region()).isEqualTo("EU");
  }

  @Test
  void failsWhenKMinIsBelowTwoNamingTheSettingAndValue() {
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_K_MIN", "1")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("SAHARA_K_MIN").hasMessageContaining("1");
  }

  @Test
  void failsWhenKMinExceedsKMax() {
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_K_MIN", "6", "SAHARA_K_MAX", "4")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("SAHARA_K_MAX").hasMessageContaining("4")
        .hasMessageContaining("kMin (6) from environment variable SAHARA_K_MIN");
  }

  @Test
  void failsOnKAboveBigQueryLimit() {
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_K_MAX", "101")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("101").hasMessageContaining("100");
  }

  @Test
  void failsOnANonNumericKNamingItsSource() {
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_K_MAX", "ten")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("environment variable SAHARA_K_MAX").hasMessageContaining("'ten'");
  }

  @Test
  void failsOnAnInvalidDatasetId() {
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_DATASET", "sahara-marketing")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("SAHARA_DATASET")
        .hasMessageContaining("'sahara-marketing'");
  }

  @Test
  void failsOnAnInvalidProjectId() {
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_PROJECT", "My_Project")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("SAHARA_PROJECT")
        .hasMessageContaining("'My_Project'");
  }

  @Test
  void failsOnBrokenCdktfJson() throws Exception {
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": ");
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of()))
        .isInstanceOf(SettingsException.class).hasMessageContaining("cdktf.json");
  }

  @Test
  void rejectsAMisspeltContextKeySuggestingTheClosestOne() throws Exception {
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:kmax\": 5}}");
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("unknown context key 'sahara:kmax'")
        .hasMessageContaining("did you mean 'sahara:kMax'?");
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:uploadBuckt\": \"b-1\"}}");
    assertThatThrownBy(() -> SettingsLoader.committed(project))
        .hasMessageContaining("did you mean 'sahara:uploadBucket'?");
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:bigqueryEndpoint\": \"x\"}}");
    assertThatThrownBy(() -> SettingsLoader.committed(project))
        .hasMessageContaining("'sahara:bigqueryEndpoint'").hasMessageNotContaining("did you mean")
        .hasMessageContaining("sahara:kMax").hasMessageContaining("sahara:tableNames");
  }

  @Test
  void acceptsEveryDocumentedContextKeyAndIgnoresOtherPrefixesAndUnknownEnvironmentVariables() throws Exception {
    Files.writeString(project.resolve("cdktf.json"), """
        {"context": {"sahara:project": "acme-marketing", "sahara:region": "europe-west2",
         "sahara:dataset": "ds", "sahara:dataDir": "csv", "sahara:kMin": 3, "sahara:kMax": 4,
         "sahara:stateBucket": "acme-state", "sahara:uploadBucket": "acme-up",
         "sahara:kmsKeyName": "projects/acme-kms/locations/europe-west2/keyRings/r/cryptoKeys/k",
         "sahara:tableNames": {}, "excludeStackIdFromLogicalIds": "true"}}""");
    SaharaSettings s = SettingsLoader.load(project, Map.of("SAHARA_BIGQUERY_ENDPOINT", "http://localhost:9050",
        "SAHARA_DEBUG", "1"));
    assertThat(s.kMin()).isEqualTo(3);
    assertThat(s.uploadBucket()).isEqualTo("acme-up");
  }

  @Test
  void validationErrorsNameWhereTheValueCameFrom() throws Exception {
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:kMax\": 1}}");
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of()))
        .hasMessage("kMax (cdktf.json context 'sahara:kMax'): 1 is below kMin (2) from default; set kMax to at least kMin");
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:dataset\": \"bad-id\"}}");
    assertThatThrownBy(() -> SettingsLoader.committed(project))
        .hasMessageStartingWith("dataset (cdktf.json context 'sahara:dataset'): 'bad-id' is not valid");
    Files.delete(project.resolve("cdktf.json"));
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_PROJECT", "My_Project")))
        .hasMessageStartingWith("project (environment variable SAHARA_PROJECT): 'My_Project' is not valid");
    assertThatThrownBy(() -> SettingsLoader.load(project, Map.of("SAHARA_STATE_BUCKET", "google-state")))
        .hasMessageStartingWith("stateBucket (environment variable SAHARA_STATE_BUCKET): 'google-state'");
    Files.writeString(project.resolve("cdktf.json"), "{\"context\": {\"sahara:tableNames\": {\"a.csv\": \"bad-table\"}}}");
    assertThatThrownBy(() -> SettingsLoader.committed(project))
        .hasMessageStartingWith("tableNames.a.csv (cdktf.json context 'sahara:tableNames'): 'bad-table'");
    // Settings built in code name both places a value can be set.
    SaharaSettings d = SaharaSettings.defaults(project);
    assertThatThrownBy(() -> new SaharaSettings(d.projectId(), d.region(), d.datasetId(), d.dataDir(), 5, 4,
            d.stateBucket(), d.uploadBucket(), d.tableNames()))
        .hasMessageStartingWith("kMax (SAHARA_K_MAX or sahara:kMax): 4 is below kMin (5) from SAHARA_K_MIN or sahara:kMin");
  }
}
