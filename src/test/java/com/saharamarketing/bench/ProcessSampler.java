package com.saharamarketing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one command as a fresh process and measures it: wall time, CPU time of the process and all
 * its descendants, and peak resident memory read from {@code /proc/<pid>/status} ({@code VmHWM},
 * each process's own high-water mark) of the process and every descendant (jsii's node child).
 *
 * <p>CPU time is the growth of this JVM's {@code cutime + cstime} (fields 16 and 17 of
 * {@code /proc/self/stat}): the kernel adds a child's CPU time, and that of the children it
 * waited for, when the child is reaped. So only one command may run at a time. Linux only.
 */
final class ProcessSampler {
  private static final long POLL_MILLIS = 5;
  /** USER_HZ, the unit of /proc/<pid>/stat times; 100 on every mainstream Linux build. */
  private static final long TICKS_PER_SECOND = 100;

  private ProcessSampler() {}

  /**
   * @param wallMillis from start to exit
   * @param cpuMillis user + system time of the process tree (10 ms resolution)
   * @param peakRssSumKb sum over the process tree of each process's VmHWM
   * @param peakRssMaxKb largest single VmHWM of the tree (the java process)
   * @param stdout what the process printed
   */
  record Sample(double wallMillis, double cpuMillis, long peakRssSumKb, long peakRssMaxKb, String stdout) {}

  /** Runs the command in dir with extra environment variables; fails unless it exits with 0. */
  static Sample run(List<String> command, Path dir, Map<String, String> env, Path log) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectError(log.toFile());
      // The user's own settings must not change what is measured.
      builder.environment().keySet().removeIf(k -> k.startsWith("SAHARA_") || k.equals("CDKTF_OUTDIR"));
      builder.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
      builder.environment().putAll(env);
      Path out = log.resolveSibling(log.getFileName() + ".out");
      builder.redirectOutput(out.toFile());
      long cpuBefore = childCpuTicks();
      long start = System.nanoTime();
      Process process = builder.start();
      Map<Long, Long> peakByPid = new HashMap<>();
      while (process.isAlive()) {
        recordPeaks(process.toHandle(), peakByPid);
        try {
          Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
          process.destroyForcibly();
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      int exit = process.waitFor();
      double wall = (System.nanoTime() - start) / 1e6;
      double cpu = (childCpuTicks() - cpuBefore) * 1000.0 / TICKS_PER_SECOND;
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      if (exit != 0) {
        throw new IllegalStateException("exit code " + exit + " from " + command.get(command.size() - 1)
            + "\n--- stderr (" + log + ") ---\n" + tail(Files.readString(log, StandardCharsets.UTF_8))
            + "\n--- stdout ---\n" + tail(stdout));
      }
      long sum = peakByPid.values().stream().mapToLong(Long::longValue).sum();
      long max = peakByPid.values().stream().mapToLong(Long::longValue).max().orElse(0);
      return new Sample(wall, cpu, sum, max, stdout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void recordPeaks(ProcessHandle root, Map<Long, Long> peakByPid) {
    try (Stream<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants())) {
      tree.forEach(p -> {
        long hwm = vmHwmKb(p.pid());
        if (hwm > 0) {
          peakByPid.merge(p.pid(), hwm, Math::max);
        }
      });
    }
  }

  /** VmHWM in kB, or 0 if the process is gone (or is a zombie). */
  private static long vmHwmKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).replace("kB", "").trim());
        }
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      return 0; // exited between listing and reading
    }
  }

  private static long childCpuTicks() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // Fields after the command name, which is in parentheses and may hold spaces.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields[0] is field 3 (state); cutime is field 16, cstime field 17.
    return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
  }

  private static String tail(String text) {
    return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
  }
}
