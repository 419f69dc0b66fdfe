package com.saharamarketing.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a command test class with {@code System.out} and {@code System.err} captured
 * and {@code sahara.projectDir} pointing at the test's project, then restores all three.
 *
 * <pre>{@code
 * @TempDir Path project;
 * @RegisterExtension final CommandConsole console = new CommandConsole(() -> project);
 * private final ByteArrayOutputStream err = console.err;
 * }</pre>
 */
final class CommandConsole implements BeforeEachCallback, AfterEachCallback {
  /** What the command printed on stdout during the test. */
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  /** What the command printed on stderr during the test. */
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private final Supplier<Path> project;
  private PrintStream originalOut;
  private PrintStream originalErr;
  private String originalProjectDir;

  /** project is read when each test starts, after JUnit has filled a {@code @TempDir} field. */
  CommandConsole(Supplier<Path> project) {
    this.project = project;
    TestProject.dir(); // reads sahara.projectDir once, before a test points it elsewhere
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    originalOut = System.out;
    originalErr = System.err;
    originalProjectDir = System.getProperty("sahara.projectDir");
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setProperty("sahara.projectDir", project.get().toString());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(originalOut);
    System.setErr(originalErr);
    if (originalProjectDir == null) {
      System.clearProperty("sahara.projectDir");
    } else {
      System.setProperty("sahara.projectDir", originalProjectDir);
    }
  }
}
