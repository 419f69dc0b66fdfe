package com.saharamarketing.app;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.google.storage_bucket.StorageBucket;
import java.nio.file.Path;

/**
 * The sahara synth with one non-compliant bucket added to the main stack, for tests that need a
 * failure inside cdktf's synthesis in another process.
 */
final class PolicyFailingApp {
  private PolicyFailingApp() {}

  /** Adds a force-destroyed bucket (BucketNotForceDestroyed) to the sahara-marketing stack. */
  static void addViolation(App app) {
    TerraformStack stack = (TerraformStack) app.getNode().findChild(MarketingStack.NAME);
    StorageBucket.Builder.create(stack, "injected-scratch")
        .name("sahara-scratch-bucket").location("EUROPE-WEST2")
        .uniformBucketLevelAccess(true).publicAccessPrevention("enforced")
        .labels(java.util.Map.of("managed-by", "test"))
        .forceDestroy(true)
        .build();
  }

  public static void main(String[] args) {
    int code;
    try {
      Path project = Main.projectDir();
      SaharaSynthesizer.synthesize(SettingsLoader.load(project),
          project.resolve(System.getenv().getOrDefault("CDKTF_OUTDIR", "cdktf.out")),
          PolicyFailingApp::addViolation);
      code = 0;
    } catch (Exception e) {
      code = Main.handle(e, "sahara synth");
    }
    System.exit(code);
  }
}
