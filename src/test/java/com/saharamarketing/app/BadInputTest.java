package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, from the field cases (../shared/cases: ragged rows, invalid UTF-8, unterminated
 * quotes) and our own: exit 2, one message naming the file and line or the setting, no stack
 * trace, nothing written.
 */
class BadInputTest {
  @TempDir Path project;
  @RegisterExtension final CommandConsole console = new CommandConsole(() -> project);
  private final ByteArrayOutputStream err = console.err;
  private final ByteArrayOutputStream out = console.out;

  @BeforeEach
  void setUp() throws IOException {
    TestProject.copyOfData(project.resolve("data"));
  }

  /** A CSV added to data/, and what the error must say. */
  static Stream<Arguments> badCsvs() {
    return Stream.of(
        Arguments.of("unterminated quote", "id,comment\n1,ok\n2,\"never closed\n3,x\n".getBytes(StandardCharsets.UTF_8),
            List.of("bad.csv:3", "unterminated quote")),
        Arguments.of("row with too few fields", "a,b\n1,2\n3\n".getBytes(StandardCharsets.UTF_8),
            List.of("bad.csv:3", "1 fields but the header has 2")),
        Arguments.of("row with too many fields", "a,b\n1,2\n3,4\n5,6,7\n".getBytes(StandardCharsets.UTF_8),
            List.of("bad.csv:4", "3 fields but the header has 2")),
        Arguments.of("invalid UTF-8", new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xff, (byte) 0xfe, '\n'},
            List.of("bad.csv:2", "UTF-8")),
        Arguments.of("Windows-1252 text", "name,city\nJos\u00e9,M\u00e1laga\n".getBytes(java.nio.charset.Charset.forName("windows-1252")),
            List.of("bad.csv:2", "UTF-8")),
        Arguments.of("empty file", new byte[0], List.of("bad.csv:1", "empty")),
        Arguments.of("blank first line", "\n\na,b\n1,2\n".getBytes(StandardCharsets.UTF_8), List.of("bad.csv:1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCsvs")
  void failsOnABadCsvNamingFileAndLine(String name, byte[] content, List<String> expected) throws Exception {
    Files.write(project.resolve("data/bad.csv"), content);
    assertBadInput(expected);
  }

  /** Settings in cdktf.json's context or the environment, and what the error must say. */
  static Stream<Arguments> badSettings() {
    return Stream.of(
        Arguments.of("kMin above kMax", "{\"context\": {\"sahara:kMin\": 6, \"sahara:kMax\": 4}}",
            List.of("kMax", "kMin", "4", "6")),
        Arguments.of("kMin not a number", "{\"context\": {\"sahara:kMin\": \"two\"}}",
            List.of("kMin", "cdktf.json context 'sahara:kMin'", "'two'")),
        Arguments.of("region with a space", "{\"context\": {\"sahara:region\": \"europe west2\"}}",
            List.of("region", "europe west2")),
        Arguments.of("region without a number", "{\"context\": {\"sahara:region\": \"eu-west\"}}",
            List.of("region", "eu-west")),
        Arguments.of("region that BigQuery does not have",
            "{\"context\": {\"sahara:region\": \"mars-central1\"}}",
            List.of("region (cdktf.json context 'sahara:region'): 'mars-central1'", "no such location",
                "did you mean 'me-central1'")),
        Arguments.of("dataset with a dash", "{\"context\": {\"sahara:dataset\": \"sahara-marketing\"}}",
            List.of("dataset", "sahara-marketing", "underscores")),
        Arguments.of("project id too short", "{\"context\": {\"sahara:project\": \"abc\"}}",
            List.of("project", "'abc'")),
        Arguments.of("bucket name with upper case", "{\"context\": {\"sahara:uploadBucket\": \"My_Uploads\"}}",
            List.of("uploadBucket", "My_Uploads")),
        Arguments.of("table name with a space",
            "{\"context\": {\"sahara:tableNames\": {\"crm_user.csv\": \"crm users\"}}}",
            List.of("tableNames.crm_user.csv", "crm users")),
        Arguments.of("tableNames not an object", "{\"context\": {\"sahara:tableNames\": \"users\"}}",
            List.of("sahara:tableNames", "object")),
        Arguments.of("KMS key not a resource name", "{\"context\": {\"sahara:kmsKeyName\": \"alias/my-key\"}}",
            List.of("kmsKeyName", "alias/my-key", "projects/")),
        Arguments.of("cdktf.json not JSON", "{\"context\": {\"sahara:kMin\": 2,}}",
            List.of("cdktf.json", "not valid JSON")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSettings")
  void failsOnABadSettingNamingIt(String name, String cdktfJson, List<String> expected) throws Exception {
    Files.writeString(project.resolve("cdktf.json"), cdktfJson);
    assertBadInput(expected);
  }

  @Test
  void failsOnABadEnvironmentSettingNamingTheVariableInAnotherProcess() throws Exception {
    Subprocess.Result run = Subprocess.sahara(project, project, List.of(),
        Map.of("SAHARA_K_MIN", "9", "SAHARA_K_MAX", "3"));
    assertThat(run.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("SAHARA_K_MAX").contains("kMin (9)")
        .doesNotContain("at com.").doesNotContain("Exception");
    assertThat(run.err().lines().filter(l -> !l.isBlank()).count()).as(run.err()).isEqualTo(1);
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }

  /** The field cases that are valid input must not be reported as errors. */
  @Test
  void acceptsEveryValidFieldCase() throws Exception {
    Path cases = TestProject.dir().resolve("src/test/resources/cases");
    try (Stream<Path> folders = Files.list(cases)) {
      for (Path folder : folders.sorted().toList()) {
        Files.copy(folder.resolve("input.csv"), project.resolve("data").resolve(folder.getFileName() + ".csv"));
      }
    }
    assertThat(Main.run()).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  /** Not errors: a header without rows loads nothing; duplicate headers get distinct names. */
  @Test
  void acceptsAHeaderOnlyFileAndDuplicateHeaders() throws Exception {
    Files.writeString(project.resolve("data/header_only.csv"), "id,name\n");
    Files.writeString(project.resolve("data/dupes.csv"), "id,ID,Id,id_2\n1,2,3,4\n");
    assertThat(Main.run()).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("table header_only").contains("table dupes")
        .contains("'ID' -> ID_2").contains("'Id' -> Id_3");
  }

  private void assertBadInput(List<String> expected) {
    int code = Main.run();
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(message).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(message).contains(expected).startsWith("error: ")
        .doesNotContain("at com.").doesNotContain("Exception");
    assertThat(message.lines().count()).as("one message: " + message).isEqualTo(1);
    assertThat(project.resolve("cdktf.out")).doesNotExist();
  }
}
