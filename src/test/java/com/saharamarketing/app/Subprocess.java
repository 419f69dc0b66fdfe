package com.saharamarketing.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a main class of the test classpath in a new JVM, and hashes output trees. */
final class Subprocess {
  private Subprocess() {}

  /** Exit code and captured output of a finished process. */
  record Result(int exit, String out, String err) {}

  /** The subprocesses' XDG cache (the proven-SQL cache): under target/, so mvn clean removes it. */
  private static final Path CACHE_HOME = TestProject.dir().resolve("target/test-xdg-cache");

  /**
   * Runs mainClass with the test classpath in a new JVM started in workingDir. The environment is
   * this one's, minus SAHARA_* and CDKTF_* settings, plus env.
   */
  static Result java(Path workingDir, List<String> jvmOptions, Map<String, String> env,
      String mainClass, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("SAHARA_") || k.startsWith("CDKTF_"));
    // The proven-SQL cache goes to a folder of the test run, not the user's ~/.cache.
    builder.environment().put("XDG_CACHE_HOME", CACHE_HOME.toString());
    builder.environment().putAll(env);
    Path out = Files.createTempFile("sahara-out", ".txt");
    Path err = Files.createTempFile("sahara-err", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Runs the {@code sahara} command with projectDir as its project folder. */
  static Result sahara(Path workingDir, Path projectDir, List<String> jvmOptions,
      Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> options = new ArrayList<>(jvmOptions);
    options.add("-Dsahara.projectDir=" + projectDir);
    return java(workingDir, options, env, Main.class.getName(), args);
  }

  /** SHA-256 of every file under root by relative path, plus every folder (hash ""). */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    if (!Files.exists(root)) {
      return hashes;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.toList()) {
        String key = root.relativize(p).toString().replace('\\', '/');
        hashes.put(key, Files.isDirectory(p) ? "" : sha256(Files.readAllBytes(p)));
      }
    }
    return hashes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
