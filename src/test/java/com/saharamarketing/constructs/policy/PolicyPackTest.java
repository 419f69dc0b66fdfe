package com.saharamarketing.constructs.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.bigquery_dataset.BigqueryDataset;
import com.hashicorp.cdktf.providers.google.bigquery_dataset.BigqueryDatasetAccess;
import com.hashicorp.cdktf.providers.google.bigquery_dataset.BigqueryDatasetDefaultEncryptionConfiguration;
import com.hashicorp.cdktf.providers.google.bigquery_dataset_access.BigqueryDatasetAccessA;
import com.hashicorp.cdktf.providers.google.bigquery_dataset_iam_binding.BigqueryDatasetIamBinding;
import com.hashicorp.cdktf.providers.google.bigquery_job.BigqueryJob;
import com.hashicorp.cdktf.providers.google.bigquery_job.BigqueryJobQuery;
import com.hashicorp.cdktf.providers.google.bigquery_table.BigqueryTable;
import com.hashicorp.cdktf.providers.google.provider.GoogleProvider;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucket;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucketEncryption;
import com.hashicorp.cdktf.providers.google.storage_bucket_iam_member.StorageBucketIamMember;
import com.hashicorp.cdktf.providers.google.storage_bucket_iam_policy.StorageBucketIamPolicy;
import com.saharamarketing.constructs.Labels;
import com.saharamarketing.constructs.StateBucket;
import com.saharamarketing.constructs.StateBucketConfig;
import com.saharamarketing.constructs.UploadBucket;
import com.saharamarketing.constructs.UploadBucketConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.constructs.IConstruct;
import software.constructs.MetadataEntry;

/**
 * Each rule in a compliant / non-compliant pair, through {@code app.synth()}: cdktf runs Aspects
 * only there ({@code Testing.synth} skips them).
 */
class PolicyPackTest {
  private static final String KEY = "projects/p/locations/europe-west2/keyRings/r/cryptoKeys/k";

  @TempDir Path outdir;

  /** The outcome of synthesizing one stack with the pack applied. */
  private record Outcome(App app, boolean synthesized, List<PolicyPack.Finding> errors) {
    List<String> rules() {
      return errors.stream().map(PolicyPack.Finding::ruleId).toList();
    }

    List<String> warnings() {
      return app.getNode().findAll().stream()
          .flatMap(c -> c.getNode().getMetadata().stream())
          .filter(m -> m.getType().equals("@cdktf/warn"))
          .map(m -> String.valueOf(m.getData()))
          .toList();
    }
  }

  private Outcome synth(PolicyPack pack, Consumer<TerraformStack> build) {
    App app = new App(AppConfig.builder().outdir(outdir.toString()).stackTraces(false).build());
    TerraformStack stack = new TerraformStack(app, "test");
    GoogleProvider.Builder.create(stack, "google").project("p").build();
    pack.applyTo(stack);
    build.accept(stack);
    boolean synthesized = true;
    try {
      app.synth();
    } catch (RuntimeException e) {
      assertThat(e.getMessage()).contains("Encountered Annotations with level \"ERROR\"");
      synthesized = false;
    }
    return new Outcome(app, synthesized, PolicyPack.errors(app));
  }

  private Outcome synth(Consumer<TerraformStack> build) {
    return synth(PolicyPack.defaults(), build);
  }

  private static StorageBucket.Builder bucket(TerraformStack stack, String id) {
    return StorageBucket.Builder.create(stack, id)
        .name("b-" + id.toLowerCase(java.util.Locale.ROOT))
        .location("EUROPE-WEST2")
        .uniformBucketLevelAccess(true)
        .publicAccessPrevention("enforced")
        .labels(Labels.DEFAULT);
  }

  private static void assertOnly(Outcome outcome, String rule, String path) {
    assertThat(outcome.synthesized()).as("synth fails").isFalse();
    assertThat(outcome.rules()).containsExactly(rule);
    assertThat(outcome.errors().get(0).constructPath()).isEqualTo(path);
    assertThat(outcome.errors().get(0).message()).contains("Fix: ");
  }

  private static void assertClean(Outcome outcome) {
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.synthesized()).isTrue();
  }

  @Test
  void passesACompliantBucket() {
    assertClean(synth(stack -> bucket(stack, "ok").build()));
  }

  @Test
  void failsABucketWithoutUniformAccess() {
    assertOnly(synth(stack -> bucket(stack, "acl").uniformBucketLevelAccess(false).build()),
        "BucketUniformAccessEnabled", "test/acl");
  }

  @Test
  void failsABucketWithoutPublicAccessPrevention() {
    assertOnly(synth(stack -> bucket(stack, "open").publicAccessPrevention("inherited").build()),
        "BucketPublicAccessPrevented", "test/open");
  }

  @Test
  void passesABucketWithForceDestroyFalse() {
    assertClean(synth(stack -> bucket(stack, "kept").forceDestroy(false).build()));
  }

  @Test
  void failsAForceDestroyedBucket() {
    assertOnly(synth(stack -> bucket(stack, "doomed").forceDestroy(true).build()),
        "BucketNotForceDestroyed", "test/doomed");
  }

  @Test
  void failsAForceDestroyedBucketSetThroughAnOverride() {
    assertOnly(synth(stack -> bucket(stack, "hatch").build().addOverride("force_destroy", true)),
        "BucketNotForceDestroyed", "test/hatch");
  }

  @Test
  void passesTheStateBucketConstruct() {
    assertClean(synth(stack -> new StateBucket(stack, "state",
        StateBucketConfig.builder("my-project", "p-tfstate", "europe-west2").build())));
  }

  @Test
  void failsAStateBucketWithoutVersioning() {
    assertOnly(synth(stack -> new StateBucket(stack, "state",
            StateBucketConfig.builder("my-project", "p-tfstate", "europe-west2").build()).getResource().resetVersioning()),
        "StateBucketVersioned", "test/state/bucket");
  }

  @Test
  void passesTheUploadBucketConstruct() {
    assertClean(synth(stack -> new UploadBucket(stack, "uploads",
        UploadBucketConfig.builder("my-project", "p-uploads", "europe-west2").build())));
  }

  @Test
  void failsAnUploadBucketWithoutLifecycle() {
    assertOnly(synth(stack -> new UploadBucket(stack, "uploads",
            UploadBucketConfig.builder("my-project", "p-uploads", "europe-west2").build()).getResource().resetLifecycleRule()),
        "UploadBucketHasLifecycle", "test/uploads/bucket");
  }

  @Test
  void passesGrantsToNamedPrincipals() {
    assertClean(synth(stack -> {
      StorageBucketIamMember.Builder.create(stack, "reader").bucket("b").role("roles/storage.objectViewer")
          .member("group:analysts@example.com").build();
      BigqueryDatasetIamBinding.Builder.create(stack, "viewers").datasetId("d").role("roles/bigquery.dataViewer")
          .members(List.of("user:ann@example.com")).build();
    }));
  }

  @Test
  void failsABucketGrantToAllUsers() {
    assertOnly(synth(stack -> StorageBucketIamMember.Builder.create(stack, "reader").bucket("b")
            .role("roles/storage.objectViewer").member("allUsers").build()),
        "NoPublicPrincipals", "test/reader");
  }

  @Test
  void failsABucketPolicyGrantingAllAuthenticatedUsers() {
    assertOnly(synth(stack -> StorageBucketIamPolicy.Builder.create(stack, "policy").bucket("b")
            .policyData("{\"bindings\":[{\"role\":\"roles/storage.objectViewer\",\"members\":[\"allAuthenticatedUsers\"]}]}")
            .build()),
        "NoPublicPrincipals", "test/policy");
  }

  @Test
  void failsADatasetBindingToAllAuthenticatedUsers() {
    assertOnly(synth(stack -> BigqueryDatasetIamBinding.Builder.create(stack, "viewers").datasetId("d")
            .role("roles/bigquery.dataViewer").members(List.of("user:ann@example.com", "allAuthenticatedUsers")).build()),
        "NoPublicPrincipals", "test/viewers");
  }

  @Test
  void failsADatasetAccessBlockForAllAuthenticatedUsers() {
    assertOnly(synth(stack -> BigqueryDataset.Builder.create(stack, "ds").datasetId("d").location("europe-west2")
            .labels(Labels.DEFAULT)
            .access(List.of(BigqueryDatasetAccess.builder().role("READER").specialGroup("allAuthenticatedUsers").build()))
            .build()),
        "NoPublicPrincipals", "test/ds");
  }

  @Test
  void failsADatasetAccessResourceForAllUsers() {
    assertOnly(synth(stack -> BigqueryDatasetAccessA.Builder.create(stack, "access").datasetId("d")
            .role("READER").iamMember("allUsers").build()),
        "NoPublicPrincipals", "test/access");
  }

  @Test
  void passesATableWithExplicitDeletionProtection() {
    assertClean(synth(stack -> BigqueryTable.Builder.create(stack, "t").datasetId("d").tableId("t")
        .labels(Labels.DEFAULT).deletionProtection(false).build()));
  }

  @Test
  void failsATableLeavingDeletionProtectionToTheProvider() {
    assertOnly(synth(stack -> BigqueryTable.Builder.create(stack, "t").datasetId("d").tableId("t")
            .labels(Labels.DEFAULT).build()),
        "DeletionProtectionExplicit", "test/t");
  }

  private static BigqueryJob.Builder job(TerraformStack stack) {
    return BigqueryJob.Builder.create(stack, "job").jobId("j1").labels(Labels.DEFAULT)
        .query(BigqueryJobQuery.builder().query("SELECT 1").useLegacySql(false).build());
  }

  @Test
  void passesAJobWithALocation() {
    assertClean(synth(stack -> job(stack).location("europe-west2").build()));
  }

  @Test
  void failsAJobWithoutALocation() {
    assertOnly(synth(stack -> job(stack).build()), "JobHasLocation", "test/job");
  }

  @Test
  void failsAJobWithoutLabels() {
    assertOnly(synth(stack -> job(stack).location("europe-west2").labels(Map.of()).build()),
        "LabelsPresent", "test/job");
  }

  @Test
  void failsABucketWithoutLabels() {
    assertOnly(synth(stack -> bucket(stack, "bare").build().resetLabels()), "LabelsPresent", "test/bare");
  }

  @Test
  void defaultPackDoesNotRequireCmek() {
    assertThat(PolicyPack.defaults().rules()).noneMatch(r -> r instanceof CmekConfigured);
  }

  @Test
  void passesKeyedBucketAndDatasetWhenCmekIsRequired() {
    assertClean(synth(PolicyPack.builder().requireCmek().build(), stack -> {
      bucket(stack, "keyed").encryption(StorageBucketEncryption.builder().defaultKmsKeyName(KEY).build()).build();
      BigqueryDataset.Builder.create(stack, "ds").datasetId("d").location("europe-west2").labels(Labels.DEFAULT)
          .defaultEncryptionConfiguration(
              BigqueryDatasetDefaultEncryptionConfiguration.builder().kmsKeyName(KEY).build())
          .build();
    }));
  }

  @Test
  void failsAnUnkeyedDatasetWhenCmekIsRequired() {
    assertOnly(synth(PolicyPack.builder().requireCmek().build(), stack -> BigqueryDataset.Builder
            .create(stack, "ds").datasetId("d").location("europe-west2").labels(Labels.DEFAULT).build()),
        "CmekConfigured", "test/ds");
  }

  @Test
  void failsAnUnkeyedBucketWhenCmekIsRequired() {
    assertOnly(synth(PolicyPack.builder().requireCmek().build(), stack -> bucket(stack, "plain").build()),
        "CmekConfigured", "test/plain");
  }

  @Test
  void aSuppressionWithAReasonTurnsTheErrorIntoAWarningQuotingIt() {
    Outcome outcome = synth(stack -> PolicyPack.suppress(
        bucket(stack, "legacy").forceDestroy(true).build(), "BucketNotForceDestroyed",
        "scratch bucket, emptied nightly (OPS-12)"));
    assertClean(outcome);
    assertThat(outcome.warnings()).singleElement().asString()
        .contains("[BucketNotForceDestroyed]").contains("Suppressed: scratch bucket, emptied nightly (OPS-12)");
  }

  @Test
  void aSuppressionOnAParentCoversItsResourcesAndIsRecordedOnTheConstruct() {
    Outcome outcome = synth(stack -> {
      StateBucket state = new StateBucket(stack, "state",
          StateBucketConfig.builder("my-project", "p-tfstate", "europe-west2").build());
      state.getResource().resetVersioning();
      PolicyPack.suppress(state, "StateBucketVersioned", "object versioning is managed by org policy");
    });
    assertClean(outcome);
    IConstruct state = outcome.app().getNode().findChild("test").getNode().findChild("state");
    List<MetadataEntry> metadata = state.getNode().getMetadata();
    assertThat(metadata).anySatisfy(m -> {
      assertThat(m.getType()).isEqualTo(PolicyPack.SUPPRESSION_METADATA);
      assertThat(String.valueOf(m.getData())).contains("object versioning is managed by org policy");
    });
  }

  @Test
  void aSuppressionOfAnotherRuleDoesNotHide() {
    assertOnly(synth(stack -> PolicyPack.suppress(bucket(stack, "doomed").forceDestroy(true).build(),
            "BucketUniformAccessEnabled", "not the rule that fires")),
        "BucketNotForceDestroyed", "test/doomed");
  }

  @Test
  void failsASuppressionWithoutAReason() {
    App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
    TerraformStack stack = new TerraformStack(app, "test");
    StorageBucket b = bucket(stack, "legacy").build();
    assertThatThrownBy(() -> PolicyPack.suppress(b, "BucketNotForceDestroyed", "  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason").hasMessageContaining("test/legacy");
    assertThatThrownBy(() -> PolicyPack.suppress(b, "BucketNotForceDestroyed", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
