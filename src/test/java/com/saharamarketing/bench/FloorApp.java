package com.saharamarketing.bench;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.bigquery_dataset.BigqueryDataset;
import com.hashicorp.cdktf.providers.google.provider.GoogleProvider;

/**
 * The floor of a cdktf Java app with this project's versions: one stack, the Google provider and
 * one BigQuery dataset. It pays everything the framework costs (JVM, jsii's node process, loading
 * the cdktf and provider assemblies, synthesis) and nothing of ours.
 *
 * <p>Writes into {@code CDKTF_OUTDIR} (default {@code cdktf.out}).
 */
public final class FloorApp {
  private FloorApp() {}

  public static void main(String[] args) {
    App app = new App(AppConfig.builder()
        .outdir(System.getenv().getOrDefault("CDKTF_OUTDIR", "cdktf.out"))
        .stackTraces(false)
        .build());
    TerraformStack stack = new TerraformStack(app, "floor");
    GoogleProvider.Builder.create(stack, "google")
        .project("sahara-demo-project")
        .region("europe-west2")
        .build();
    BigqueryDataset.Builder.create(stack, "dataset")
        .project("sahara-demo-project")
        .datasetId("floor")
        .location("europe-west2")
        .build();
    app.synth();
    // jsii keeps a node child process and non-daemon threads; exit explicitly, as Main does.
    System.exit(0);
  }
}
