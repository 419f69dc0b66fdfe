package com.saharamarketing.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL statement kept as text with named placeholders such as {@code ${training_view}}.
 *
 * <p>Rendering is strict both ways: a placeholder without a value and a value without a
 * placeholder both fail, so a renamed placeholder can never leave {@code ${...}} in deployed SQL.
 * Values are inserted verbatim; quote identifiers with {@link Sql#quoteIdentifier} or {@link
 * Sql#tableReference} first.
 *
 * <pre>{@code
 * String sql = SqlTemplate.load("segmentation_training_view.sql")
 *     .render(Map.of("ga360", Sql.tableReference("my-project", "ds", "ga360"), ...));
 * }</pre>
 */
public final class SqlTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)\\}");

  private final String name;
  private final String text;

  /**
   * @param name where the text came from, used in error messages
   * @param text the SQL with placeholders
   */
  public SqlTemplate(String name, String text) {
    this.name = name;
    this.text = text.replace("\r\n", "\n");
    Matcher m = PLACEHOLDER.matcher(this.text);
    while (m.find()) {
      if (!m.group(1).matches("[a-z0-9_]+")) {
        throw new IllegalArgumentException("SQL template " + name + ": placeholder '" + m.group()
            + "' must be lower-case letters, digits and '_'");
      }
    }
  }

  /** Loads a template stored next to this class, e.g. {@code kmeans_model.sql}. */
  public static SqlTemplate load(String resourceName) {
    try (InputStream in = SqlTemplate.class.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new IllegalArgumentException("no SQL template named " + resourceName);
      }
      return new SqlTemplate(resourceName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SQL template " + resourceName, e);
    }
  }

  /** The placeholder names used in the text, in order of first use. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * Replaces every placeholder by its value.
   *
   * @throws IllegalArgumentException when a placeholder has no value or a value has no placeholder
   */
  public String render(Map<String, String> values) {
    Set<String> used = placeholders();
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(values.keySet());
    Set<String> unused = new TreeSet<>(values.keySet());
    unused.removeAll(used);
    if (!missing.isEmpty() || !unused.isEmpty()) {
      throw new IllegalArgumentException(
          "SQL template " + name + ": missing values for " + missing
              + ", values without a placeholder: " + unused);
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 256);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString().strip();
  }
}
