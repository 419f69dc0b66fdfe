package com.saharamarketing.app;

import java.util.List;

/**
 * The structured difference between two syntheses: per stack, the resources that were added,
 * removed or changed, each with the attribute paths that changed and what the change means in
 * BigQuery. Built by {@link SynthDiffer}, printed by {@link SynthDiffReport}.
 *
 * @param before a label for the old side (for example {@code main.tf.json.snap})
 * @param after a label for the new side
 * @param stacks one entry per compared stack, in comparison order
 */
public record SynthDiff(String before, String after, List<StackDiff> stacks) {
  public SynthDiff {
    stacks = List.copyOf(stacks);
  }

  /** True when no stack has a change. */
  public boolean isEmpty() {
    return stacks.stream().allMatch(StackDiff::isEmpty);
  }

  /**
   * The changes of one stack.
   *
   * @param stack the stack name
   * @param blocks changed attributes outside {@code resource} (provider, backend, ...), sorted by path
   * @param resources changed resources, sorted by address
   */
  public record StackDiff(String stack, List<AttributeChange> blocks, List<ResourceChange> resources) {
    public StackDiff {
      blocks = List.copyOf(blocks);
      resources = List.copyOf(resources);
    }

    public boolean isEmpty() {
      return blocks.isEmpty() && resources.isEmpty();
    }

    /** Number of resources with the given action. */
    public long count(Action action) {
      return resources.stream().filter(r -> r.action() == action).count();
    }
  }

  /** What happened to a resource address between the two sides. */
  public enum Action {
    ADDED("+"),
    REMOVED("-"),
    CHANGED("~");

    private final String symbol;

    Action(String symbol) {
      this.symbol = symbol;
    }

    /** {@code +}, {@code -} or {@code ~}, as in a Terraform plan. */
    public String symbol() {
      return symbol;
    }
  }

  /** How serious a consequence is for the data in BigQuery. */
  public enum Severity {
    /** Nothing is lost or recomputed beyond the resource itself. */
    INFO,
    /** Work re-runs: a load reloads a table, a model retrains, an object is re-uploaded. */
    RERUN,
    /** Data is deleted: a table is replaced or destroyed. */
    DATA_LOSS
  }

  /** The kinds of consequence a change has in BigQuery and Cloud Storage. */
  public enum EffectKind {
    /** A load job runs: the table is (re)loaded, replacing its rows. */
    LOAD(Severity.RERUN, "tables (re)loaded"),
    /** A {@code CREATE MODEL} job runs: the model is (re)trained. */
    TRAIN(Severity.RERUN, "models (re)trained"),
    /** A new {@code CREATE MODEL} job: a model that was not trained before is trained. */
    MODEL_ADDED(Severity.RERUN, "new models trained"),
    /** A CSV object is uploaded again under a new name. */
    UPLOAD(Severity.RERUN, "objects (re)uploaded"),
    /** Terraform deletes and recreates a table: its rows are lost. */
    TABLE_REPLACED(Severity.DATA_LOSS, "tables replaced (data dropped)"),
    /** Terraform deletes a table or dataset with its data. */
    DATA_DELETED(Severity.DATA_LOSS, "tables or datasets deleted"),
    /** A job is recreated under an id BigQuery has already seen; the apply fails. */
    JOB_ID_REUSED(Severity.DATA_LOSS, "jobs changed without a new job_id"),
    /** A view's SQL or settings change in place. */
    VIEW_UPDATED(Severity.INFO, "views updated in place"),
    /**
     * A {@code CREATE MODEL} job is removed: the model is no longer trained by this stack, and
     * stays in BigQuery as it is (removing a job from Terraform deletes nothing).
     */
    MODEL_REMOVED(Severity.INFO, "models no longer trained"),
    /** Anything else: created, deleted or updated without touching data. */
    OTHER(Severity.INFO, "other changes");

    private final Severity severity;
    private final String heading;

    EffectKind(Severity severity, String heading) {
      this.severity = severity;
      this.heading = heading;
    }

    public Severity severity() {
      return severity;
    }

    /** A plural heading for summaries, for example {@code "models (re)trained"}. */
    public String heading() {
      return heading;
    }
  }

  /**
   * One consequence of a change, in BigQuery terms.
   *
   * @param kind what kind of consequence
   * @param subject the BigQuery or Cloud Storage name it concerns (table, model, view, object)
   * @param text one sentence, for example {@code "re-runs: retrains model customer_segments_k2"}
   */
  public record Effect(EffectKind kind, String subject, String text) {
    public Severity severity() {
      return kind.severity();
    }
  }

  /**
   * A changed resource.
   *
   * @param type the Terraform resource type, for example {@code google_bigquery_job}
   * @param name the resource name inside the type (cdktf's logical id)
   * @param action added, removed or changed
   * @param label what the resource is in BigQuery terms, for example {@code "load job for table ga360"}
   * @param attributes changed attribute paths (empty when added or removed), sorted by path
   * @param effects what the change means, most serious first
   */
  public record ResourceChange(String type, String name, Action action, String label,
      List<AttributeChange> attributes, List<Effect> effects) {
    public ResourceChange {
      attributes = List.copyOf(attributes);
      effects = List.copyOf(effects);
    }

    /** The Terraform address {@code type.name}. */
    public String address() {
      return type + "." + name;
    }

    /** The most serious effect's severity, {@link Severity#INFO} when there is none. */
    public Severity severity() {
      return effects.stream().map(Effect::severity).max(Enum::compareTo).orElse(Severity.INFO);
    }
  }

  /**
   * One changed attribute.
   *
   * @param path the attribute path, for example {@code query.query} or {@code load.source_uris[0]}
   * @param before the old value as JSON text, or {@code null} when the attribute is new
   * @param after the new value as JSON text, or {@code null} when the attribute was removed
   * @param lineDiff a unified line diff for multi-line strings (SQL), else empty
   */
  public record AttributeChange(String path, String before, String after, List<String> lineDiff) {
    public AttributeChange {
      lineDiff = List.copyOf(lineDiff);
    }
  }
}
