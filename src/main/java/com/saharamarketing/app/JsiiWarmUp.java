package com.saharamarketing.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import software.amazon.jsii.JsiiEngine;

/**
 * Starts jsii's node process and loads the cdktf and Google provider assemblies on a background
 * thread, while the caller reads settings and scans CSVs.
 *
 * <p>Loading the provider's assembly is the largest single cost of a synthesis (about a second),
 * and it is spent in the node process while the JVM would otherwise wait. The jsii runtime is not
 * thread-safe, so nothing may call into jsii between {@link #start()} and {@link #await()}:
 * code that creates cdktf objects calls {@code await()} first (it returns at once when no warm-up
 * was started), and a caller that started one and then fails calls {@link #awaitQuietly()}.
 * A JVM warms up at most once.
 *
 * <pre>{@code
 * JsiiWarmUp.start();
 * SaharaSettings settings = SettingsLoader.load(projectDir);  // plain Java, in parallel
 * JsiiWarmUp.await();
 * App app = new App();
 * }</pre>
 */
final class JsiiWarmUp {
  private static FutureTask<Void> task; // guarded by JsiiWarmUp.class

  private JsiiWarmUp() {}

  /** Starts loading on a daemon thread, once per JVM. */
  static synchronized void start() {
    if (task != null) {
      return;
    }
    task = new FutureTask<>(() -> {
      // Loads the provider module and its dependencies (constructs, cdktf) into the node
      // process: the call that the first provider construct would make.
      JsiiEngine.getInstance().loadModule(com.hashicorp.cdktf.providers.google.$Module.class);
      return null;
    });
    Thread thread = new Thread(task, "jsii-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  private static synchronized FutureTask<Void> task() {
    return task;
  }

  /**
   * Waits until a started warm-up is done and rethrows its failure (which the next jsii call
   * would hit too); returns at once if none was started.
   */
  static void await() {
    FutureTask<Void> started = task();
    if (started == null) {
      return;
    }
    try {
      started.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while jsii was starting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("jsii failed to start", e.getCause());
    }
  }

  /** Waits like {@link #await()} but ignores a failure: for callers already reporting one. */
  static void awaitQuietly() {
    try {
      await();
    } catch (RuntimeException | Error e) {
      // The caller's own error is the one to report.
    }
  }
}
