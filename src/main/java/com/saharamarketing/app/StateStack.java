package com.saharamarketing.app;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.provider.GoogleProvider;
import com.saharamarketing.constructs.StateBucket;
import com.saharamarketing.constructs.StateBucketConfig;
import software.constructs.Construct;

/**
 * The bootstrap stack: the GCS bucket that holds the main stack's state, itself kept in local
 * state because a backend bucket must exist before {@code terraform init}.
 */
public final class StateStack extends TerraformStack {
  /** Stack name, also the folder under {@code cdktf.out/stacks/}. */
  public static final String NAME = "sahara-state";

  /**
   * Local state lives in the project folder (three levels above the stack's working directory
   * {@code cdktf.out/stacks/sahara-state}), so re-synthesizing never deletes it, and the path is
   * relative so the JSON is the same on every machine.
   */
  static final String LOCAL_STATE_PATH = "../../../terraform." + NAME + ".tfstate";

  public StateStack(Construct scope, SaharaSettings settings) {
    super(scope, NAME);
    new LocalBackend(this, LocalBackendConfig.builder().path(LOCAL_STATE_PATH).build());
    GoogleProvider.Builder.create(this, "google")
        .project(settings.projectId())
        .region(settings.region())
        .build();
    new StateBucket(this, "state",
        StateBucketConfig.builder(settings.projectId(), settings.stateBucket(), settings.region())
            .kmsKeyName(settings.kmsKeyName()).build());
  }
}
