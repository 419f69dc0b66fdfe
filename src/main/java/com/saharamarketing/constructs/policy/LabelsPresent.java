package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every resource that supports labels carries them (buckets, datasets, tables and views, jobs),
 * so costs and ownership can be traced. Our constructs put {@code managed-by =
 * sahara-marketing} on all of them.
 */
public final class LabelsPresent extends PolicyRule {
  private static final Set<String> LABELLED = Set.of(
      "google_storage_bucket", "google_bigquery_dataset", "google_bigquery_table", "google_bigquery_job");

  @Override
  protected boolean appliesTo(String type) {
    return LABELLED.contains(type);
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    Object labels = view.get("labels").orElse(null);
    boolean present = labels instanceof Map<?, ?> map ? !map.isEmpty() : labels instanceof String;
    return present ? Optional.empty()
        : Optional.of("the resource has no labels. Fix: set labels, e.g. managed-by = sahara-marketing.");
  }
}
