package com.saharamarketing.app;

import com.saharamarketing.app.SynthDiff.Action;
import com.saharamarketing.app.SynthDiff.AttributeChange;
import com.saharamarketing.app.SynthDiff.Effect;
import com.saharamarketing.app.SynthDiff.EffectKind;
import com.saharamarketing.app.SynthDiff.ResourceChange;
import com.saharamarketing.app.SynthDiff.Severity;
import com.saharamarketing.app.SynthDiff.StackDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a {@link SynthDiff} for people: plain text for a terminal, or Markdown for a pull-request
 * comment (a summary table, {@code diff} blocks for SQL, {@code <details>} for long parts). The
 * output depends only on the diff: no timestamps, no absolute paths.
 */
public final class SynthDiffReport {
  /** Attribute values longer than this are cut in the report (the line diffs are never cut). */
  static final int MAX_VALUE_CHARS = 160;
  /** Resources whose Markdown body is longer than this many lines fold into {@code <details>}. */
  static final int FOLD_LINES = 12;

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** Orders names with embedded numbers naturally: {@code k2} before {@code k10}. */
  static final Comparator<String> NATURAL =
      Comparator.comparing(SynthDiffReport::naturalKey).thenComparing(Comparator.naturalOrder());

  private SynthDiffReport() {}

  /** The plain-text report. */
  public static String plainText(SynthDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("Synth diff: ").append(diff.before()).append(" -> ").append(diff.after()).append('\n');
    if (diff.isEmpty()) {
      return out.append("No changes.\n").toString();
    }
    out.append('\n');
    Map<EffectKind, Set<String>> summary = summary(diff);
    summary.forEach((kind, subjects) -> out.append(kind.severity() == Severity.DATA_LOSS ? "WARNING " : "")
        .append(kind.heading()).append(" (").append(subjects.size()).append("): ")
        .append(String.join(", ", subjects)).append('\n'));
    for (StackDiff stack : diff.stacks()) {
      out.append("\nstack ").append(stack.stack()).append(": ").append(counts(stack)).append('\n');
      for (AttributeChange block : stack.blocks()) {
        appendAttribute(out, "  ~ ", block);
      }
      for (ResourceChange r : sorted(stack.resources())) {
        out.append("  ").append(r.action().symbol()).append(' ').append(r.address())
            .append("  (").append(r.label()).append(")\n");
        for (Effect effect : r.effects()) {
          out.append("      => ").append(effect.text()).append('\n');
        }
        for (AttributeChange a : r.attributes()) {
          appendAttribute(out, "      ", a);
        }
      }
    }
    return out.toString();
  }

  /** The Markdown report, for a pull-request comment. */
  public static String markdown(SynthDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("## Synth diff\n\n");
    out.append("Compared ").append(code(diff.before())).append(" with ").append(diff.after()).append(".\n\n");
    if (diff.isEmpty()) {
      return out.append("**No changes.** Nothing re-runs, nothing is replaced.\n").toString();
    }
    Map<EffectKind, Set<String>> summary = summary(diff);
    for (Map.Entry<EffectKind, Set<String>> e : summary.entrySet()) {
      if (e.getKey().severity() == Severity.DATA_LOSS) {
        out.append("> **Warning: ").append(e.getKey().heading()).append(":** ")
            .append(codes(e.getValue())).append("\n\n");
      }
    }
    out.append("| effect | count | names |\n| --- | ---: | --- |\n");
    summary.forEach((kind, subjects) -> out.append("| ").append(kind.heading()).append(" | ")
        .append(subjects.size()).append(" | ").append(cell(codes(subjects))).append(" |\n"));

    for (StackDiff stack : diff.stacks()) {
      out.append("\n### Stack ").append(code(stack.stack())).append(": ").append(counts(stack)).append("\n\n");
      if (stack.isEmpty()) {
        continue;
      }
      out.append("| | resource | what | effect |\n| --- | --- | --- | --- |\n");
      for (ResourceChange r : sorted(stack.resources())) {
        out.append("| ").append(r.action().symbol()).append(" | ").append(cell(code(r.address())))
            .append(" | ").append(cell(r.label())).append(" | ")
            .append(cell(String.join("; ", r.effects().stream().map(Effect::text).toList()))).append(" |\n");
      }
      out.append('\n');
      if (!stack.blocks().isEmpty()) {
        out.append("#### Stack settings\n\n");
        stack.blocks().forEach(b -> out.append("- ").append(code(b.path())).append(": ")
            .append(value(b.before())).append(" → ").append(value(b.after())).append('\n'));
        out.append('\n');
      }
      List<ResourceChange> withText = sorted(stack.resources()).stream()
          .filter(r -> r.attributes().stream().anyMatch(a -> !a.lineDiff().isEmpty())).toList();
      if (!withText.isEmpty()) {
        out.append("#### SQL and schema changes\n\n");
        for (ResourceChange r : withText) {
          out.append("**").append(code(r.address())).append("** (").append(r.label()).append(")\n\n");
          for (AttributeChange a : r.attributes()) {
            if (!a.lineDiff().isEmpty()) {
              appendDiffBlock(out, a);
            }
          }
        }
      }
      out.append("<details><summary>All changed attributes (").append(stack.resources().size())
          .append(" resources)</summary>\n\n");
      for (ResourceChange r : sorted(stack.resources())) {
        out.append("- ").append(r.action().symbol()).append(' ').append(code(r.address())).append('\n');
        for (AttributeChange a : r.attributes()) {
          out.append("  - ").append(code(a.path())).append(": ");
          if (a.lineDiff().isEmpty()) {
            out.append(value(a.before())).append(" → ").append(value(a.after())).append('\n');
          } else {
            out.append("see the line diff above\n");
          }
        }
      }
      out.append("\n</details>\n");
    }
    return out.toString();
  }

  private static void appendDiffBlock(StringBuilder out, AttributeChange a) {
    boolean fold = a.lineDiff().size() > FOLD_LINES;
    if (fold) {
      out.append("<details><summary><code>").append(html(a.path())).append("</code>: ")
          .append(a.lineDiff().size()).append(" diff lines</summary>\n\n");
    } else {
      out.append(code(a.path())).append(":\n\n");
    }
    out.append("```diff\n");
    a.lineDiff().forEach(line -> out.append(line).append('\n'));
    out.append("```\n\n");
    if (fold) {
      out.append("</details>\n\n");
    }
  }

  private static String value(String json) {
    return json == null ? "(none)" : code(cut(json));
  }

  private static void appendAttribute(StringBuilder out, String indent, AttributeChange a) {
    out.append(indent).append(a.path()).append(": ");
    if (!a.lineDiff().isEmpty()) {
      out.append('\n');
      a.lineDiff().forEach(line -> out.append(indent).append("  ").append(line).append('\n'));
      return;
    }
    out.append(a.before() == null ? "(none)" : cut(a.before())).append(" -> ")
        .append(a.after() == null ? "(none)" : cut(a.after())).append('\n');
  }

  /** Subjects per kind of effect, most serious kind first, names in natural order. */
  static Map<EffectKind, Set<String>> summary(SynthDiff diff) {
    Map<EffectKind, Set<String>> byKind = new EnumMap<>(EffectKind.class);
    for (StackDiff stack : diff.stacks()) {
      for (ResourceChange r : stack.resources()) {
        for (Effect e : r.effects()) {
          byKind.computeIfAbsent(e.kind(), k -> new TreeSet<>(NATURAL)).add(e.subject());
        }
      }
    }
    Map<EffectKind, Set<String>> ordered = new java.util.LinkedHashMap<>();
    List<EffectKind> kinds = new ArrayList<>(byKind.keySet());
    kinds.sort(Comparator.comparing(EffectKind::severity).reversed().thenComparing(Enum::ordinal));
    kinds.forEach(k -> ordered.put(k, byKind.get(k)));
    return ordered;
  }

  private static List<ResourceChange> sorted(List<ResourceChange> resources) {
    List<ResourceChange> out = new ArrayList<>(resources);
    out.sort(Comparator.comparing(ResourceChange::address, NATURAL));
    return out;
  }

  private static String counts(StackDiff stack) {
    if (stack.isEmpty()) {
      return "no changes";
    }
    return stack.count(Action.ADDED) + " added, " + stack.count(Action.REMOVED) + " removed, "
        + stack.count(Action.CHANGED) + " changed"
        + (stack.blocks().isEmpty() ? "" : ", " + stack.blocks().size() + " stack settings changed");
  }

  private static String cut(String value) {
    return value.length() <= MAX_VALUE_CHARS ? value
        : value.substring(0, MAX_VALUE_CHARS) + "… (" + value.length() + " chars)";
  }

  private static String codes(Set<String> names) {
    return String.join(", ", names.stream().map(SynthDiffReport::code).toList());
  }

  /** Inline code that survives backticks inside the value. */
  static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String naturalKey(String s) {
    Matcher m = NUMBER.matcher(s);
    StringBuilder key = new StringBuilder();
    int last = 0;
    while (m.find()) {
      key.append(s, last, m.start());
      String digits = m.group();
      key.append(String.format(java.util.Locale.ROOT, "%010d", digits.length() > 10 ? 0 : Long.parseLong(digits)));
      if (digits.length() > 10) {
        key.append(digits);
      }
      last = m.end();
    }
    return key.append(s.substring(last)).toString();
  }
}
