package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import java.util.Optional;

/**
 * Buckets and datasets encrypt with a customer-managed Cloud KMS key: buckets through {@code
 * encryption.default_kms_key_name}, datasets through {@code
 * default_encryption_configuration.kms_key_name}. Not in the default pack; add it with {@link
 * PolicyPack.Builder#requireCmek()} when CMEK is required.
 *
 * @see <a href="https://cloud.google.com/kms/docs/cmek">Customer-managed encryption keys</a>
 */
public final class CmekConfigured extends PolicyRule {
  @Override
  protected boolean appliesTo(String type) {
    return type.equals("google_storage_bucket") || type.equals("google_bigquery_dataset");
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    boolean bucket = view.type().equals("google_storage_bucket");
    String block = bucket ? "encryption" : "default_encryption_configuration";
    String field = bucket ? "default_kms_key_name" : "kms_key_name";
    Object key = view.block(block).map((Map<?, ?> m) -> m.get(field)).orElse(null);
    return key != null && !String.valueOf(key).isBlank() ? Optional.empty()
        : Optional.of("data is encrypted with a Google-managed key. Fix: set " + block + "."
            + field + " (kmsKeyName on the construct's config) to a Cloud KMS key.");
  }
}
