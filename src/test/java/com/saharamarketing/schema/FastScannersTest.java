package com.saharamarketing.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written scanners of {@link ValueTypes} and {@link FormatInference} against the regex-,
 * exception- and substring-based versions they replaced ({@link ValueTypesReference}, {@link
 * FormatInferenceReference}) and against java.time and BigInteger: edge cases by name, then
 * seeded random strings built from the characters that matter.
 */
class FastScannersTest {
  private static final int ALL_MASKS = ValueTypes.ALL + 1;

  @ParameterizedTest
  @ValueSource(strings = {
      // booleans, and words of the same length that are not
      "true", "TRUE", "tRuE", "false", "FALSE", "fals", "truee", "t", "yes", "falſe",
      // signs and zero
      "0", "-0", "+0", "+", "-", "++1", "+-1", "-+1", "1-", "1+", "00", "-00", "007", "-007",
      "0.0", "-0.0", "+.5", "-.5", ".5", ".", "5.", "-.", "0.", "00.5", "0.05", "10", "-10",
      // exponents
      "1e5", "1E5", "1e+5", "1e-5", "1e", "1e+", "e5", ".e5", "-e5", "1.5e10", "1.5E-307",
      "1e308", "1e309", "-1e309", "1e999", "1e1000", "9.9e307", "2e308", "1.7976931348623157e308",
      "1.7976931348623159e308", "0e0", "0.e1", "1e05", "1e005", "1ee5", "1e5.5", "1.2.3",
      // INT64 bounds
      "9223372036854775807", "9223372036854775808", "-9223372036854775808",
      "-9223372036854775809", "+9223372036854775807", "+9223372036854775808",
      "9223372036854775799", "9223372036854775810", "10000000000000000000", "999999999999999999",
      "-999999999999999999", "99999999999999999999", "9223372036854775807.0",
      // numbers that are not
      "1,000", "1 000", "$5", "5%", "NaN", "Infinity", "-Infinity", "0x1F", "1_000", "١٢٣",
      // dates at month ends and leap years
      "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2100-02-28", "2100-02-29",
      "2024-01-31", "2024-04-31", "2024-04-30", "2024-06-31", "2024-12-31", "2024-12-32",
      "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01", "0001-01-01", "9999-12-31",
      "2024-1-5", "2024-01-5", "2024-1-05", "2024-001-05", "2024-01-005", "2024/01/05",
      "2024-01-15-", "20240-01-15", "2024-01--15", "2024--01-15", "+2024-01-15", "2024-0a-15",
      // timestamps with zones
      "2024-01-15 10:30:00", "2024-01-15T10:30:00", "2024-01-15T10:30", "2024-01-15T1:30",
      "2024-01-15T10:3", "2024-01-15T10:30:0", "2024-01-15T10:30:00.1",
      "2024-01-15T10:30:00.123456", "2024-01-15T10:30:00.1234567", "2024-01-15T10:30:00.",
      "2024-01-15T10:30.5", "2024-01-15T24:00:00", "2024-01-15T23:59:59", "2024-01-15T23:60:00",
      "2024-01-15T23:59:60", "2024-01-15t10:30", "2024-01-15  10:30", "2024-01-15T",
      "2024-01-15 ", "2024-01-15T10:30Z", "2024-01-15T10:30:00Z", "2024-01-15T10:30:00 Z",
      "2024-01-15T10:30:00  Z", "2024-01-15T10:30:00UTC", "2024-01-15T10:30:00 UTC",
      "2024-01-15T10:30:00 utc", "2024-01-15T10:30:00UT", "2024-01-15T10:30:00+05",
      "2024-01-15T10:30:00+0530", "2024-01-15T10:30:00+05:30", "2024-01-15T10:30:00-08:00",
      "2024-01-15T10:30:00 -08:00", "2024-01-15T10:30:00+5", "2024-01-15T10:30:00+05:3",
      "2024-01-15T10:30:00+053", "2024-01-15T10:30:00+05:", "2024-01-15T10:30:00+05::30",
      "2024-01-15T10:30:00+05:300", "2024-01-15T10:30:00Z ", "2024-01-15T10:30:00ZZ",
      "2024-02-30T10:30:00", "2023-02-29 00:00:00", "2024-02-29 00:00:00+00:00",
      "2024-01-15T10:30:00.123+05:30", "2024-01-15T10:30+05:30", "2024-01-15T123:30",
      "2024-01-15T10:30:00.123456Z",
  })
  void typesOfAgreesWithTheRegexVersionForEveryMask(String value) {
    assertAgrees(value);
  }

  @Test
  void typesOfAgreesWithTheRegexVersionOnRandomStrings() {
    Random random = new Random(20261203L);
    String alphabet = "0000111222599+-..eE::TTZU C-t-r-u-e-f-a-l-s-$,%/";
    for (int n = 0; n < 200_000; n++) {
      String value = n % 2 == 0 ? randomString(random, alphabet, 1 + random.nextInt(30))
          : mutate(random, seedValue(random), alphabet);
      if (!value.isEmpty()) {
        assertAgrees(value);
      }
    }
  }

  @Test
  void integersAreExactlyTheCanonicalOnesThatFitInALong() {
    Random random = new Random(7L);
    List<String> values = new ArrayList<>();
    for (BigInteger bound : List.of(BigInteger.valueOf(Long.MAX_VALUE),
        BigInteger.valueOf(Long.MIN_VALUE))) {
      for (int delta = -3; delta <= 3; delta++) {
        values.add(bound.add(BigInteger.valueOf(delta)).toString());
      }
    }
    for (int n = 0; n < 20_000; n++) {
      String digits = new BigInteger(1 + random.nextInt(70), random).toString();
      values.add((random.nextBoolean() ? "-" : "") + digits);
    }
    for (String value : values) {
      BigInteger number = new BigInteger(value);
      boolean fits = number.bitLength() < 64;
      assertThat(ValueTypes.typesOf(value))
          .as(value)
          .isEqualTo(fits ? ValueTypes.INTEGER | ValueTypes.FLOAT : 0);
    }
  }

  @Test
  void datesAreExactlyTheRealCalendarDatesFromYearOne() {
    for (int year : new int[] {0, 1, 4, 100, 400, 1600, 1900, 2000, 2023, 2024, 2100, 9996, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          boolean real = year >= 1 && isLocalDate(year, month, day);
          String date = String.format(Locale.ROOT, "%04d-%d-%02d", year, month, day);
          int expected = real ? ValueTypes.DATE | ValueTypes.TIMESTAMP : 0;
          assertThat(ValueTypes.typesOf(date)).as(date).isEqualTo(expected);
          assertThat(ValueTypes.typesOf(date + " 23:59:59.5+01:00")).as(date)
              .isEqualTo(real ? ValueTypes.TIMESTAMP : 0);
          assertThat(ValueTypes.isCalendarDate(year, month, day)).as(date).isEqualTo(real);
        }
      }
    }
  }

  @Test
  void formatInferenceAgreesWithTheOldVersionOnRandomColumns() {
    Random random = new Random(42L);
    for (int column = 0; column < 20_000; column++) {
      FormatInference fast = new FormatInference();
      FormatInferenceReference old = new FormatInferenceReference();
      int kind = random.nextInt(8);
      int rows = 1 + random.nextInt(12);
      List<String> values = new ArrayList<>();
      for (int row = 1; row <= rows; row++) {
        String value = random.nextInt(10) == 0 ? mutate(random, formatValue(random, kind), "0,.-/$%€5 9")
            : formatValue(random, random.nextInt(20) == 0 ? random.nextInt(8) : kind);
        values.add(value);
        fast.accept(value, row);
        old.accept(value, row);
      }
      String what = values.toString();
      assertThat(fast.format()).as(what).isEqualTo(old.format());
      assertThat(fast.type()).as(what).isEqualTo(old.type());
      assertThat(fast.currencySign()).as(what).isEqualTo(old.currencySign());
      assertThat(fast.sawThousandsSeparator()).as(what).isEqualTo(old.sawThousandsSeparator());
      assertThat(fast.sawSlash()).as(what).isEqualTo(old.sawSlash());
      assertThat(fast.sawDash()).as(what).isEqualTo(old.sawDash());
      assertThat(fast.firstMismatch()).as(what).isEqualTo(old.firstMismatch());
      assertThat(fast.firstMismatchLine()).as(what).isEqualTo(old.firstMismatchLine());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "9,223,372,036,854,775,807", "9,223,372,036,854,775,808", "-9,223,372,036,854,775,808",
      "-9,223,372,036,854,775,809", "$9,223,372,036,854,775,807", "$-9,223,372,036,854,775,808",
      "-$9223372036854775808", "9223372036854775807%", "-9223372036854775809%",
      "99,999,999,999,999,999,999", "2/29/2024", "2/29/2023", "2/29/1900", "2/29/2000",
      "29/2/2024", "4/31/2024", "31/4/2024", "12/31/2024", "31/12/2024", "1/1/0000", "1-1-0001",
      "12-12-2018", "13/13/2020", "0/1/2020", "1/0/2020", "1/1/99999", "001/1/2020"})
  void formatInferenceAgreesWithTheOldVersionOnEdgeValues(String value) {
    for (String before : List.of("1,234", "3/4/2024", "25/12/2023", "$5", "5%", "-7")) {
      FormatInference fast = new FormatInference();
      FormatInferenceReference old = new FormatInferenceReference();
      for (String v : List.of(before, value, value)) {
        fast.accept(v, 3);
        old.accept(v, 3);
      }
      String what = before + ", " + value;
      assertThat(fast.format()).as(what).isEqualTo(old.format());
      assertThat(fast.type()).as(what).isEqualTo(old.type());
      assertThat(fast.firstMismatch()).as(what).isEqualTo(old.firstMismatch());
    }
  }

  private static void assertAgrees(String value) {
    int expected = ValueTypesReference.typesOf(value);
    assertThat(ValueTypes.typesOf(value)).as(value).isEqualTo(expected);
    for (int mask = 0; mask < ALL_MASKS; mask++) {
      assertThat(ValueTypes.typesOf(value, mask)).as("%s with mask %d", value, mask)
          .isEqualTo(expected & mask);
    }
  }

  private static boolean isLocalDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** A value that some type or format nearly accepts. */
  private static String seedValue(Random random) {
    int year = random.nextInt(10) == 0 ? random.nextInt(3) : 1890 + random.nextInt(220);
    String date = String.format(Locale.ROOT, random.nextBoolean() ? "%04d-%02d-%02d" : "%04d-%d-%d",
        year, random.nextInt(14), random.nextInt(33));
    return switch (random.nextInt(6)) {
      case 0 -> Long.toString(random.nextLong() >> random.nextInt(64));
      case 1 -> Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
      case 2 -> date;
      case 3 -> date + (random.nextBoolean() ? "T" : " ") + random.nextInt(26) + ":"
          + String.format(Locale.ROOT, "%02d:%02d.%d", random.nextInt(62), random.nextInt(62),
              random.nextInt(10_000_000))
          + List.of("", "Z", " UTC", "+05:30", "-0800", "+01", " Z").get(random.nextInt(7));
      case 4 -> random.nextBoolean() ? "TRUE" : "false";
      default -> "9223372036854775" + (800 + random.nextInt(16));
    };
  }

  private static String formatValue(Random random, int kind) {
    return switch (kind) {
      case 0 -> (random.nextInt(10) + 1) + "/" + random.nextInt(34) + "/"
          + (random.nextInt(20) == 0 ? "0000" : Integer.toString(1990 + random.nextInt(40)));
      case 1 -> random.nextInt(32) + "-" + (random.nextInt(13) + 1) + "-" + (2000 + random.nextInt(30));
      case 2 -> (random.nextBoolean() ? "-" : "") + "$" + grouped(random)
          + (random.nextBoolean() ? "." + random.nextInt(100) : "");
      case 3 -> List.of("€", "£", "¥", "$-").get(random.nextInt(4)) + grouped(random);
      case 4 -> grouped(random);
      case 5 -> (random.nextBoolean() ? "-" : "") + random.nextInt(1000)
          + (random.nextBoolean() ? "." + random.nextInt(1000) : "") + "%";
      case 6 -> Long.toString(random.nextLong() >> random.nextInt(64));
      default -> new BigInteger(1 + random.nextInt(140), random) + "."
          + new BigInteger(1 + random.nextInt(140), random);
    };
  }

  private static String grouped(Random random) {
    long number = random.nextLong() >>> random.nextInt(64);
    return String.format(Locale.ROOT, random.nextBoolean() ? "%,d" : "%d", number);
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** Replaces, inserts or deletes one character. */
  private static String mutate(Random random, String value, String alphabet) {
    StringBuilder text = new StringBuilder(value);
    int at = random.nextInt(value.length() + 1);
    char c = alphabet.charAt(random.nextInt(alphabet.length()));
    switch (random.nextInt(3)) {
      case 0 -> text.insert(at, c);
      case 1 -> {
        if (at < text.length()) {
          text.deleteCharAt(at);
        }
      }
      default -> {
        if (at < text.length()) {
          text.setCharAt(at, c);
        }
      }
    }
    return text.toString();
  }
}
