package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NodeBannerFilterTest {
  private final ByteArrayOutputStream target = new ByteArrayOutputStream();
  private final PrintStream err =
      new PrintStream(new NodeBannerFilter(target), true, StandardCharsets.UTF_8);

  @Test
  void dropsTheBannerBoxAndKeepsTheLinesAroundIt() {
    err.println("before");
    err.println("\u001B[33m!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    err.println("!!  Node 20 has reached end-of-life                                    !!");
    err.println("");
    err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\u001B[0m");
    err.println("after");

    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("before\nafter\n");
  }

  @Test
  void passesOnTextWithoutAFinalNewlineWhenFlushed() {
    err.print("error: last words");
    err.flush();

    assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("error: last words");
  }
}
