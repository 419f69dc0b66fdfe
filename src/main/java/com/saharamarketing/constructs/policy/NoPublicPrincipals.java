package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Buckets, datasets and tables are never granted to {@code allUsers} or {@code
 * allAuthenticatedUsers}: not through {@code google_storage_bucket_iam_*}, {@code
 * google_bigquery_dataset_iam_*} or {@code google_bigquery_table_iam_*} resources (members,
 * bindings, policies), nor through a dataset's {@code access} blocks or a {@code
 * google_bigquery_dataset_access} resource.
 */
public final class NoPublicPrincipals extends PolicyRule {
  private static final Pattern IAM =
      Pattern.compile("google_(storage_bucket|bigquery_dataset|bigquery_table)_iam_(member|binding|policy)");
  private static final Set<String> OTHERS = Set.of(
      "google_bigquery_dataset", "google_bigquery_dataset_access", "google_storage_bucket_access_control",
      "google_storage_bucket_acl", "google_storage_default_object_access_control",
      "google_storage_default_object_acl", "google_storage_object_access_control");
  private static final Pattern PUBLIC = Pattern.compile("\\ballUsers\\b|\\ballAuthenticatedUsers\\b");

  @Override
  protected boolean appliesTo(String type) {
    return IAM.matcher(type).matches() || OTHERS.contains(type);
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    return view.allStrings().stream()
        .filter(s -> PUBLIC.matcher(s).find())
        .findFirst()
        .map(s -> "grants access to everyone ('" + s + "'). Fix: grant named users, groups or "
            + "service accounts instead of allUsers/allAuthenticatedUsers.");
  }
}
