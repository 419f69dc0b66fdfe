package com.saharamarketing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  @Test
  void twoSynthesesAreByteIdenticalEvenUnderAnotherLocaleAndTimeZone(
      @TempDir Path first, @TempDir Path second) throws Exception {
    SaharaSettings settings = SaharaSettings.defaults(TestProject.dir());
    SaharaSynthesizer.SynthResult a = TestProject.synthesize(settings, first);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    SaharaSynthesizer.SynthResult b;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      b = TestProject.synthesize(settings, second);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    for (String stack : new String[] {StateStack.NAME, MarketingStack.NAME}) {
      byte[] one = Files.readAllBytes(a.stackJson(stack));
      byte[] two = Files.readAllBytes(b.stackJson(stack));
      assertThat(two).as(stack).isEqualTo(one);
      assertThat(new String(one, java.nio.charset.StandardCharsets.UTF_8))
          .as("no absolute paths in " + stack)
          .doesNotContain(TestProject.dir().toString())
          .doesNotContain(first.toString());
    }
  }
}
