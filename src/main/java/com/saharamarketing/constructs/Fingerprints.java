package com.saharamarketing.constructs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Deterministic content fingerprints and the BigQuery job ids built from them.
 *
 * <p>BigQuery job ids are permanent: a fixed id can never run again and a time-based id re-runs on
 * every apply. An id derived from everything the job reads changes exactly when the job must
 * re-run.
 */
public final class Fingerprints {
  private static final int ID_HASH_LENGTH = 16;

  private Fingerprints() {}

  /** Hex SHA-256 of the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ. */
  public static String of(List<String> parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A job id: {@code prefix_} followed by the first 16 hex digits of the parts' fingerprint. */
  public static String jobId(String prefix, List<String> parts) {
    return GcpNames.requireJobId("job id", prefix + "_" + of(parts).substring(0, ID_HASH_LENGTH));
  }
}
