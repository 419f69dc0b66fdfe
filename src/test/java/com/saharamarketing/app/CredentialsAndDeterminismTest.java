package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code sahara} command in separate JVMs: credentials in the environment never reach the
 * output, and the output is byte-identical across working directories, project locations,
 * locales and time zones.
 */
class CredentialsAndDeterminismTest {
  private static final String PRIVATE_KEY_MARKER = "MIIEfakePRIVATEkeyMaterialDoNotLeak0123456789";
  private static final String TOKEN = "ya29.fake-oauth-access-token-3f9c1e";
  private static final String CREDENTIALS_JSON = "{\"type\": \"service_account\", \"project_id\": \"leak-check\","
      + " \"private_key_id\": \"fake-key-id-77aa\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n"
      + PRIVATE_KEY_MARKER + "\\n-----END PRIVATE KEY-----\\n\","
      + " \"client_email\": \"leaker@leak-check.iam.gserviceaccount.com\"}";

  @TempDir Path first;
  @TempDir Path second;
  @TempDir Path elsewhere;

  @Test
  void credentialsInTheEnvironmentNeverReachTheOutputOrTheSnapshot() throws Exception {
    TestProject.copyOfData(first.resolve("data"));
    Path keyFile = first.resolve("secrets/fake-key.json");
    Files.createDirectories(keyFile.getParent());
    Files.writeString(keyFile, CREDENTIALS_JSON.replace("fake-key-id-77aa", "file-key-id-88bb"));
    Map<String, String> env = Map.of(
        "GOOGLE_CREDENTIALS", CREDENTIALS_JSON,
        "GOOGLE_OAUTH_ACCESS_TOKEN", TOKEN,
        "GOOGLE_APPLICATION_CREDENTIALS", keyFile.toString());

    Subprocess.Result synth = Subprocess.sahara(first, first, List.of(), env);
    Subprocess.Result snapshot = Subprocess.sahara(first, first, List.of(), env, "snapshot");

    assertThat(synth.exit()).as(synth.err()).isZero();
    assertThat(snapshot.exit()).as(snapshot.err()).isZero();
    List<Path> written = files(first.resolve("cdktf.out"));
    written.add(first.resolve(Snapshot.FILE_NAME));
    assertThat(written).hasSizeGreaterThan(3);
    List<String> secrets = List.of(PRIVATE_KEY_MARKER, TOKEN, "fake-key-id-77aa", "file-key-id-88bb",
        "leaker@leak-check", keyFile.toString(), "fake-key.json", "GOOGLE_");
    for (Path file : written) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertThat(text).as(first.relativize(file) + " must not contain " + secret).doesNotContain(secret);
      }
    }
    assertThat(synth.out() + synth.err()).doesNotContain(TOKEN).doesNotContain(PRIVATE_KEY_MARKER);
  }

  @Test
  void outputIsByteIdenticalAcrossFoldersLocalesAndTimeZones() throws Exception {
    TestProject.copyOfData(first.resolve("data"));
    TestProject.copyOfData(second.resolve("nested/project/data"));
    Path secondProject = second.resolve("nested/project");

    Subprocess.Result a = Subprocess.sahara(first, first, List.of(), Map.of());
    Subprocess.Result b = Subprocess.sahara(elsewhere, secondProject,
        List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
            "-Dfile.encoding=ISO-8859-9"),
        Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.ISO-8859-9"));
    Subprocess.Result snapshot = Subprocess.sahara(elsewhere, secondProject,
        List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati"),
        Map.of("TZ", "Pacific/Kiritimati"), "snapshot");

    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(snapshot.exit()).as(snapshot.err()).isZero();
    Map<String, String> one = Subprocess.tree(first.resolve("cdktf.out"));
    assertThat(one).containsKeys("manifest.json", "stacks/sahara-marketing/cdk.tf.json",
        "stacks/sahara-state/cdk.tf.json");
    assertThat(Subprocess.tree(secondProject.resolve("cdktf.out"))).isEqualTo(one);
    assertThat(elsewhere.resolve("cdktf.out")).doesNotExist();
    assertThat(secondProject.resolve(Snapshot.FILE_NAME))
        .hasSameBinaryContentAs(TestProject.dir().resolve(Snapshot.FILE_NAME));
    for (String path : one.keySet()) {
      Path file = first.resolve("cdktf.out").resolve(path);
      if (Files.isRegularFile(file) && !path.contains("/assets/")) {
        assertThat(Files.readString(file)).as(path).doesNotContain(first.toString());
      }
    }
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      return new java.util.ArrayList<>(paths.filter(Files::isRegularFile).toList());
    }
  }
}
