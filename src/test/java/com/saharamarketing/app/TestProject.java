package com.saharamarketing.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Paths and synthesis helpers shared by the app tests. */
final class TestProject {
  static final ObjectMapper JSON = new ObjectMapper();

  private TestProject() {}

  /** The project root (Surefire passes it; IDEs run from it). */
  static Path dir() {
    return DIR;
  }

  // Read once: MainTest points sahara.projectDir at a temporary project.
  private static final Path DIR =
      Path.of(System.getProperty("sahara.projectDir", "")).toAbsolutePath().normalize();

  /** The real CRM extract beside the project, which may be absent. */
  static Path sharedCrm() {
    return dir().resolve("../shared/data/crm").normalize();
  }

  static SaharaSynthesizer.SynthResult synthesize(SaharaSettings settings, Path outdir) {
    return SaharaSynthesizer.synthesize(settings, outdir);
  }

  static JsonNode stackJson(SaharaSynthesizer.SynthResult result, String stack) {
    try {
      return JSON.readTree(result.stackJson(stack).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All resources of one type as (name, body) pairs. */
  static List<Map.Entry<String, JsonNode>> resources(JsonNode stack, String type) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    stack.path("resource").path(type).fields().forEachRemaining(out::add);
    return out;
  }

  /** Copies the project's data/ into a new folder, for tests that change a file. */
  static Path copyOfData(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(dir().resolve("data"))) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    return target;
  }

  /** Adds one to the timeOnScreen of one row of ga360.csv in the given data folder. */
  static void changeOneGa360Value(Path dataDir) throws IOException {
    Path ga360 = dataDir.resolve("ga360.csv");
    List<String> lines = Files.readAllLines(ga360, StandardCharsets.UTF_8);
    String[] row = lines.get(5).split(",", -1);
    row[4] = String.valueOf(Integer.parseInt(row[4]) + 1); // timeOnScreen
    lines.set(5, String.join(",", row));
    Files.write(ga360, lines, StandardCharsets.UTF_8);
  }

  /** Default settings with another data folder. */
  static SaharaSettings withDataDir(Path dataDir) {
    SaharaSettings d = SaharaSettings.defaults(dir());
    return new SaharaSettings(d.projectId(), d.region(), d.datasetId(), dataDir, d.kMin(), d.kMax(),
        d.stateBucket(), d.uploadBucket(), d.tableNames());
  }
}
