package com.saharamarketing.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the Sahara app: scans the CSVs, builds both stacks and writes the Terraform JSON.
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
   * SettingsException}, {@link com.saharamarketing.schema.CsvFormatException}) are thrown before
   * anything is written.
   */
  public static SynthResult synthesize(SaharaSettings settings, Path outdir) {
    CrmData data = CrmData.load(settings);
    long trainingRows = SegmentationRows.count(data);
    if (settings.kMax() > trainingRows) {
      throw new SettingsException("kMax (SAHARA_K_MAX or sahara:kMax): " + settings.kMax()
          + " is more than the " + trainingRows + " rows of the segmentation training set (GA360 users "
          + "of " + data.dataDir() + " that join to users and accounts); k-means cannot make more "
          + "clusters than rows: lower kMax or export data whose keys join");
    }
    JsiiWarmUp.await();
    App app = new App(AppConfig.builder()
        .outdir(outdir.toString())
        // Stack traces in construct metadata would put absolute paths into the JSON.
        .stackTraces(false)
        .build());
    new StateStack(app, settings);
    new MarketingStack(app, settings, data);
    app.synth();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String stack : new String[] {StateStack.NAME, MarketingStack.NAME}) {
      counts.put(stack, countResources(outdir.resolve("stacks").resolve(stack).resolve("cdk.tf.json")));
    }
    return new SynthResult(outdir, data, trainingRows, counts);
  }

  private static int countResources(Path stackJson) {
    try {
      JsonNode resources = JSON.readTree(stackJson.toFile()).path("resource");
      int count = 0;
      for (JsonNode byType : resources) {
        count += byType.size();
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + stackJson, e);
    }
  }
}
