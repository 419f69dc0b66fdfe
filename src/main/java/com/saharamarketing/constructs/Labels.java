package com.saharamarketing.constructs;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Resource labels: the default set and Google Cloud's rules for keys and values. */
public final class Labels {
  /** Labels put on every resource unless configured otherwise. */
  public static final SortedMap<String, String> DEFAULT =
      Collections.unmodifiableSortedMap(new TreeMap<>(Map.of("managed-by", "sahara-marketing")));

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,62}");
  private static final Pattern VALUE = Pattern.compile("[a-z0-9_-]{0,63}");

  private Labels() {}

  /** A sorted, unmodifiable copy, after checking every key and value. */
  public static SortedMap<String, String> validated(String setting, Map<String, String> labels) {
    TreeMap<String, String> copy = new TreeMap<>();
    labels.forEach(
        (key, value) -> {
          if (key == null || !KEY.matcher(key).matches()) {
            throw GcpNames.invalid(setting, key,
                "label keys are 1 to 63 lowercase letters, digits, '_' or '-', starting with a letter");
          }
          if (value == null || !VALUE.matcher(value).matches()) {
            throw GcpNames.invalid(setting + "." + key, value,
                "label values are at most 63 lowercase letters, digits, '_' or '-'");
          }
          copy.put(key, value);
        });
    return Collections.unmodifiableSortedMap(copy);
  }
}
