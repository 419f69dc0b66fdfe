package com.saharamarketing.app;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.provider.GoogleProvider;
import com.saharamarketing.constructs.StateBucket;
import com.saharamarketing.constructs.StateBucketConfig;
import java.nio.file.Path;
import software.constructs.Construct;

/**
 * The bootstrap stack: the GCS bucket that holds the main stack's state, itself kept in local
 * state because a backend bucket must exist before {@code terraform init}.
 */
public final class StateStack extends TerraformStack {
  /** Stack name, also the folder under {@code cdktf.out/stacks/}. */
  public static final String NAME = "sahara-state";

  /** The local state file's name, in the project folder. */
  static final String LOCAL_STATE_FILE = "terraform." + NAME + ".tfstate";
  /**
   * The local state path for the default output folder {@code cdktf.out}: the project folder is
   * three levels above the stack's working directory {@code cdktf.out/stacks/sahara-state}.
   */
  static final String LOCAL_STATE_PATH = "../../../" + LOCAL_STATE_FILE;

  /**
   * @param localStatePath where the local backend keeps the state, relative to the stack's
   *     working directory; see {@link #localStatePath}
   */
  public StateStack(Construct scope, SaharaSettings settings, String localStatePath) {
    super(scope, NAME);
    new LocalBackend(this, LocalBackendConfig.builder().path(localStatePath).build());
    GoogleProvider.Builder.create(this, "google")
        .project(settings.projectId())
        .region(settings.region())
        .build();
    new StateBucket(this, "state",
        StateBucketConfig.builder(settings.projectId(), settings.stateBucket(), settings.region())
            .kmsKeyName(settings.kmsKeyName()).build());
  }

  /**
   * The local state path for an output folder: the state file {@link #LOCAL_STATE_FILE} lives in
   * the project folder, so re-synthesizing (which replaces the output folder) never deletes it.
   * The path is relative to the stack's working directory {@code <outdir>/stacks/sahara-state},
   * with {@code /} separators, so the JSON holds no absolute path and is the same on every
   * machine: {@code ../../../terraform.sahara-state.tfstate} for {@code cdktf.out}, one {@code ..}
   * more for {@code build/cdktf.out}.
   *
   * <p>An output folder outside the project (an absolute {@code CDKTF_OUTDIR} elsewhere, or a
   * temporary folder) cannot reach the project by a relative path that is the same everywhere;
   * then the state file is kept beside the output folder, in its parent, which also survives
   * re-synthesizing. That is {@link #LOCAL_STATE_PATH}, what every output folder used before.
   */
  static String localStatePath(Path projectDir, Path outdir) {
    Path project = projectDir.toAbsolutePath().normalize();
    Path stackDir = outdir.toAbsolutePath().normalize().resolve("stacks").resolve(NAME);
    if (!stackDir.startsWith(project)) {
      return LOCAL_STATE_PATH;
    }
    StringBuilder path = new StringBuilder();
    for (Path up : stackDir.relativize(project)) {
      path.append(up).append('/');
    }
    return path.append(LOCAL_STATE_FILE).toString();
  }
}
