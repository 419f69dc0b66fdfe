package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sahara:kmsKeyName encrypts the dataset and both buckets, and makes CMEK a policy rule. */
class CmekSynthesisTest {
  private static final String KEY = "projects/acme-kms/locations/europe-west2/keyRings/sahara/cryptoKeys/data";

  @TempDir Path outdir;

  private static SaharaSettings withKey() {
    SaharaSettings d = SaharaSettings.defaults(TestProject.dir());
    return new SaharaSettings(d.projectId(), d.region(), d.datasetId(), d.dataDir(), d.kMin(), d.kMax(),
        d.stateBucket(), d.uploadBucket(), d.tableNames(), KEY);
  }

  @Test
  void aKeyEncryptsTheDatasetAndBothBuckets() {
    SaharaSynthesizer.SynthResult result = TestProject.synthesize(withKey(), outdir);
    JsonNode main = TestProject.stackJson(result, MarketingStack.NAME);
    JsonNode state = TestProject.stackJson(result, StateStack.NAME);
    assertThat(TestProject.resources(main, "google_bigquery_dataset")).singleElement()
        .satisfies(e -> assertThat(e.getValue().at("/default_encryption_configuration/kms_key_name").asText()).isEqualTo(KEY));
    assertThat(TestProject.resources(main, "google_storage_bucket")).singleElement()
        .satisfies(e -> assertThat(e.getValue().at("/encryption/default_kms_key_name").asText()).isEqualTo(KEY));
    assertThat(TestProject.resources(state, "google_storage_bucket")).singleElement()
        .satisfies(e -> assertThat(e.getValue().at("/encryption/default_kms_key_name").asText()).isEqualTo(KEY));
  }

  @Test
  void withAKeyEveryBucketMustUseOne() {
    assertThatThrownBy(() -> SaharaSynthesizer.synthesize(withKey(), outdir, app -> {
      TerraformStack stack = (TerraformStack) app.getNode().findChild(MarketingStack.NAME);
      StorageBucket.Builder.create(stack, "unkeyed").name("acme-unkeyed").location("EUROPE-WEST2")
          .uniformBucketLevelAccess(true).publicAccessPrevention("enforced")
          .labels(java.util.Map.of("managed-by", "test")).build();
    }))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining("CmekConfigured at sahara-marketing/unkeyed");
  }
}
