package com.saharamarketing.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Drops jsii's Node.js support banner (a box of {@code !!} lines that the jsii runtime forwards
 * from its node process to {@code System.err}) and passes every other line through.
 *
 * <p>Launchers that we control set {@code JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION}; this
 * filter covers {@code mvn exec:java}, which runs in Maven's JVM with the user's environment.
 */
final class NodeBannerFilter extends OutputStream {
  private static final Pattern BANNER_LINE = Pattern.compile("^(\\u001B\\[[0-9;]*m)*!!.*");

  private final OutputStream target;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean inBanner;

  NodeBannerFilter(OutputStream target) {
    this.target = target;
  }

  /** Replaces {@code System.err} with a filtered stream. */
  static void install() {
    PrintStream original = System.err;
    System.setErr(new PrintStream(new NodeBannerFilter(original), true, StandardCharsets.UTF_8));
  }

  @Override
  public synchronized void write(int b) throws IOException {
    line.write(b);
    if (b == '\n') {
      flushLine();
    }
  }

  /**
   * Also passes on a partial line (text printed without a newline, such as a prompt or the last
   * message before exit), unless it could be the start of a banner line.
   */
  @Override
  public synchronized void flush() throws IOException {
    if (line.size() > 0) {
      String partial = line.toString(StandardCharsets.UTF_8);
      if (!BANNER_LINE.matcher(partial.strip()).matches()) {
        line.reset();
        inBanner = false;
        target.write(partial.getBytes(StandardCharsets.UTF_8));
      }
    }
    target.flush();
  }

  private void flushLine() throws IOException {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    boolean bannerLine = BANNER_LINE.matcher(text.strip()).matches();
    boolean blankInsideBanner = inBanner && text.isBlank();
    if (bannerLine) {
      inBanner = true;
    } else if (!blankInsideBanner) {
      inBanner = false;
    }
    if (!bannerLine && !blankInsideBanner) {
      target.write(text.getBytes(StandardCharsets.UTF_8));
      target.flush();
    }
  }
}
