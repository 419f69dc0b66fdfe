package com.saharamarketing.sql.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Remembers sets of statements that analysed without a finding, so that synthesizing an unchanged
 * project again does not start ZetaSQL's native service (about 2 s of CPU) to prove the same SQL.
 *
 * <p>The key is a SHA-256 of everything the result depends on: the analyser's own classes and the
 * ZetaSQL jar it runs on, every table's reference and schema, and every statement. Only clean
 * results are kept, so a statement that fails is analysed, and reported, every time. The cache is
 * best effort: a folder that cannot be read or written means analysing as if it were empty.
 *
 * <pre>{@code
 * ProvenSqlCache cache = ProvenSqlCache.inUserCacheFolder();
 * List<SqlFinding> findings = SqlAnalyzer.analyse(tables, statements, cache);
 * }</pre>
 */
public final class ProvenSqlCache {
  private static final String ANALYSER_FINGERPRINT = analyserFingerprint();

  private final Path folder;

  /** A cache in folder (created on first write). */
  public ProvenSqlCache(Path folder) {
    this.folder = folder;
  }

  /**
   * The per-user cache: {@code $XDG_CACHE_HOME/sahara-marketing/proven-sql}, or {@code
   * ~/.cache/sahara-marketing/proven-sql} when that variable is not set.
   */
  public static ProvenSqlCache inUserCacheFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return new ProvenSqlCache(base.resolve("sahara-marketing").resolve("proven-sql"));
  }

  /** The key of one analysis: the analyser, the tables and the statements. */
  static String key(List<SqlTable> tables, List<SqlStatement> statements) {
    MessageDigest digest = sha256();
    update(digest, ANALYSER_FINGERPRINT);
    for (SqlTable table : tables) {
      update(digest, "table");
      update(digest, table.reference());
      update(digest, table.schema().toBigQueryJson());
    }
    for (SqlStatement s : statements) {
      update(digest, "statement");
      update(digest, s.origin());
      update(digest, s.purpose());
      update(digest, s.kind().name());
      update(digest, s.defines());
      update(digest, s.sql());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Whether nothing has been proven here yet: a first run, which will surely start ZetaSQL, may
   * as well start it early.
   */
  public boolean isEmpty() {
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return true;
    }
  }

  boolean isProven(String key) {
    return Files.isRegularFile(folder.resolve(key));
  }

  void remember(String key) {
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, key, ".tmp");
      Files.move(temp, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UnsupportedOperationException e) {
      // Best effort: without the marker the next run analyses again.
    }
  }

  /** Length-prefixed, so that no two different inputs run together into the same bytes. */
  private static void update(MessageDigest digest, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  /** The analyser's class files and the ZetaSQL jar's name (which carries its version). */
  private static String analyserFingerprint() {
    MessageDigest digest = sha256();
    for (Class<?> type : List.of(SqlAnalyzer.class, MlFunctions.class, MlFunctions.ModelType.class,
        SqlStatement.class)) {
      // The binary name after the package: "MlFunctions$ModelType" for a nested class.
      String file = type.getName().substring(type.getPackageName().length() + 1) + ".class";
      try (InputStream in = type.getResourceAsStream(file)) {
        digest.update(in == null ? new byte[0] : in.readAllBytes());
      } catch (IOException e) {
        digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
      }
    }
    var source = com.google.zetasql.Analyzer.class.getProtectionDomain().getCodeSource();
    update(digest, source == null ? "zetasql" : Path.of(source.getLocation().getPath()).getFileName().toString());
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
