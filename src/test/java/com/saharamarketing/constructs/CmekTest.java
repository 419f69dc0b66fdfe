package com.saharamarketing.constructs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import org.junit.jupiter.api.Test;

/** Optional customer-managed encryption keys on the dataset and the buckets. */
class CmekTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "projects/my-project/locations/europe-west2/keyRings/ring/cryptoKeys/key";

  private static JsonNode synth(TerraformStack stack) throws Exception {
    return JSON.readTree(Testing.synth(stack));
  }

  private static JsonNode only(JsonNode json, String type) {
    JsonNode byName = json.path("resource").path(type);
    assertThat(byName.size()).as(type).isEqualTo(1);
    return byName.elements().next();
  }

  @Test
  void withoutAKeyNothingAsksForCmek() throws Exception {
    TerraformStack stack = new TerraformStack(Testing.app(), "test");
    new AnalyticsDataset(stack, "dataset", AnalyticsDatasetConfig.builder("my-project", "d", "europe-west2").build());
    new UploadBucket(stack, "uploads", UploadBucketConfig.builder("my-project", "my-uploads", "europe-west2").build());
    JsonNode json = synth(stack);
    assertThat(only(json, "google_bigquery_dataset").has("default_encryption_configuration")).isFalse();
    assertThat(only(json, "google_storage_bucket").has("encryption")).isFalse();
    assertThat(AnalyticsDatasetConfig.builder("my-project", "d", "europe-west2").build().kmsKeyName()).isEmpty();
  }

  @Test
  void aKeyEncryptsTheDatasetAndBothBuckets() throws Exception {
    TerraformStack stack = new TerraformStack(Testing.app(), "test");
    new AnalyticsDataset(stack, "dataset", AnalyticsDatasetConfig.builder("my-project", "d", "europe-west2")
        .kmsKeyName(KEY).build());
    new UploadBucket(stack, "uploads", UploadBucketConfig.builder("my-project", "my-uploads", "europe-west2")
        .kmsKeyName(KEY).build());
    new StateBucket(stack, "state", StateBucketConfig.builder("my-project", "my-state", "europe-west2")
        .kmsKeyName(KEY).build());
    JsonNode json = synth(stack);
    assertThat(only(json, "google_bigquery_dataset").at("/default_encryption_configuration/kms_key_name").asText())
        .isEqualTo(KEY);
    json.path("resource").path("google_storage_bucket").forEach(bucket ->
        assertThat(bucket.at("/encryption/default_kms_key_name").asText()).isEqualTo(KEY));
    assertThat(json.path("resource").path("google_storage_bucket").size()).isEqualTo(2);
  }

  @Test
  void multiRegionsTakeKeysFromTheMatchingKmsLocation() {
    assertThat(AnalyticsDatasetConfig.builder("my-project", "d", "EU")
        .kmsKeyName("projects/my-project/locations/europe/keyRings/r/cryptoKeys/k").build().kmsKeyName()).isPresent();
    assertThat(UploadBucketConfig.builder("my-project", "my-uploads", "US")
        .kmsKeyName("projects/my-project/locations/us/keyRings/r/cryptoKeys/k").build().kmsKeyName()).isPresent();
    assertThat(AnalyticsDatasetConfig.builder("my-project", "d", "europe-west2").kmsKeyName(KEY).build()
        .toBuilder().build().kmsKeyName()).contains(KEY);
  }

  @Test
  void failsOnAKeyThatIsNotAFullResourceName() {
    assertThatThrownBy(() -> AnalyticsDatasetConfig.builder("my-project", "d", "europe-west2")
            .kmsKeyName("my-key").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kmsKeyName").hasMessageContaining("'my-key'").hasMessageContaining("projects/");
    assertThatThrownBy(() -> StateBucketConfig.builder("my-project", "my-state", "europe-west2")
            .kmsKeyName(KEY + "/cryptoKeyVersions/1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kmsKeyName");
  }

  @Test
  void failsOnAKeyInAnotherLocation() {
    assertThatThrownBy(() -> UploadBucketConfig.builder("my-project", "my-uploads", "europe-west2")
            .kmsKeyName("projects/my-project/locations/us-central1/keyRings/r/cryptoKeys/k").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kmsKeyName").hasMessageContaining("'europe-west2'").hasMessageContaining("'us-central1'");
    assertThatThrownBy(() -> AnalyticsDatasetConfig.builder("my-project", "d", "EU")
            .kmsKeyName("projects/my-project/locations/europe-west2/keyRings/r/cryptoKeys/k").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'europe'");
  }
}
