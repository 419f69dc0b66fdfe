package com.saharamarketing.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.ISynthesisSession;
import com.hashicorp.cdktf.Manifest;
import com.hashicorp.cdktf.TerraformStack;
import com.saharamarketing.constructs.policy.PolicyPack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the Sahara app: scans the CSVs, builds both stacks, checks them against the {@link
 * PolicyPack} and writes the Terraform JSON.
 *
 * <pre>{@code
 * SynthResult result = SaharaSynthesizer.synthesize(SettingsLoader.load(Path.of(".")), Path.of("cdktf.out"));
 * }</pre>
 */
public final class SaharaSynthesizer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SaharaSynthesizer() {}

  /**
   * What a synthesis produced.
   *
   * @param outdir the output folder
   * @param data the scanned CSVs
   * @param segmentationRows rows of the segmentation training view, computed from the CSVs
   * @param resourceCounts number of resources per stack name
   */
  public record SynthResult(
      Path outdir, CrmData data, long segmentationRows, Map<String, Integer> resourceCounts) {
    /** The synthesized JSON of a stack. */
    public Path stackJson(String stackName) {
      return outdir.resolve("stacks").resolve(stackName).resolve("cdk.tf.json");
    }
  }

  /**
   * Scans the data, then synthesizes both stacks into outdir. Input errors ({@link
   * SettingsException}, {@link com.saharamarketing.schema.CsvFormatException}), a single-class
   * repeat-buyer label and SQL that does not analyse are thrown before anything is written; policy
   * findings throw {@link PolicyViolationException}. Output goes to a sibling folder that replaces
   * outdir only when synthesis succeeded, so a failed run leaves the previous output as it was.
   */
  public static SynthResult synthesize(SaharaSettings settings, Path outdir) {
    return synthesize(settings, outdir, app -> { });
  }

  /** As {@link #synthesize(SaharaSettings, Path)}, letting a test change the app before synth. */
  static SynthResult synthesize(SaharaSettings settings, Path outdir, Consumer<App> beforeSynth) {
    CrmData data = CrmData.load(settings);
    TrainingCounts training = TrainingCounts.of(data);
    long trainingRows = training.segmentationRows();
    if (settings.kMax() > trainingRows) {
      throw new SettingsException(settings.describe("kMax") + ": " + settings.kMax()
          + " is more than the " + trainingRows + " rows of the segmentation training set (GA360 users "
          + "of " + data.dataDir() + " that join to users and accounts); k-means cannot make more "
          + "clusters than rows: lower kMax or export data whose keys join");
    }
    training.repeatBuyerLabels().requireTwoClasses(data.tables().get(CrmData.ACCOUNTS));
    String localStatePath = StateStack.localStatePath(Main.projectDir(), outdir);
    JsiiWarmUp.await();
    OutputFolders.replaceAtomically(outdir, fresh -> {
      App app = new App(AppConfig.builder()
          .outdir(fresh.toString())
          // Stack traces in construct metadata would put absolute paths into the JSON.
          .stackTraces(false)
          .build());
      List<TerraformStack> stacks = List.of(new StateStack(app, settings, localStatePath), new MarketingStack(app, settings, data));
      // Asking for a key makes CMEK a rule, so no bucket or dataset added later can miss it.
      PolicyPack pack = settings.kmsKeyName() == null ? PolicyPack.defaults()
          : PolicyPack.builder().requireCmek().build();
      stacks.forEach(pack::applyTo);
      beforeSynth.accept(app);
      ConstructValidation.requireValid(app);
      synth(app, stacks, fresh);
    });
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String stack : new String[] {StateStack.NAME, MarketingStack.NAME}) {
      counts.put(stack, countResources(outdir.resolve("stacks").resolve(stack).resolve("cdk.tf.json")));
    }
    return new SynthResult(outdir, data, trainingRows, counts);
  }

  /**
   * What {@code app.synth()} does (cdktf 0.19.2, lib/app.ts), but always into dir: cdktf's App
   * lets {@code CDKTF_OUTDIR} override the configured outdir, which would make the cdktf CLI's
   * runs write straight into the live output folder.
   */
  private static void synth(App app, List<TerraformStack> stacks, Path dir) {
    Manifest manifest = new Manifest(app.getManifest().getVersion(), dir.toString());
    ISynthesisSession session = new ISynthesisSession() {
      @Override
      public Manifest getManifest() {
        return manifest;
      }

      @Override
      public String getOutdir() {
        return dir.toString();
      }

      @Override
      public Boolean getSkipValidation() {
        return true; // ConstructValidation.requireValid ran every node's validations already
      }
    };
    try {
      stacks.forEach(TerraformStack::prepareStack);
      stacks.forEach(stack -> stack.getSynthesizer().synthesize(session));
    } catch (RuntimeException e) {
      // cdktf throws on error annotations; report them (ours and any other) readably instead.
      List<PolicyPack.Finding> errors = PolicyPack.errors(app);
      if (!errors.isEmpty()) {
        throw new PolicyViolationException(errors);
      }
      throw e;
    }
    // With CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS (set by the cdktf CLI) cdktf does not throw.
    List<PolicyPack.Finding> errors = PolicyPack.errors(app);
    if (!errors.isEmpty()) {
      throw new PolicyViolationException(errors);
    }
    manifest.writeToFile();
  }

  private static int countResources(Path stackJson) {
    try {
      JsonNode resources = JSON.readTree(stackJson.toFile());
      int count = 0;
      for (JsonNode byType : resources.path("resource")) {
        count += byType.size();
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + stackJson, e);
    }
  }
}
