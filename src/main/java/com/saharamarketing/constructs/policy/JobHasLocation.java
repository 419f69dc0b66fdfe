package com.saharamarketing.constructs.policy;

import com.hashicorp.cdktf.TerraformResource;
import java.util.Optional;

/**
 * Every BigQuery job names its location: without one BigQuery runs it in the US, where it cannot
 * find a European dataset.
 */
public final class JobHasLocation extends PolicyRule {
  @Override
  protected boolean appliesTo(String type) {
    return type.equals("google_bigquery_job");
  }

  @Override
  protected Optional<String> check(TerraformResource resource, ResourceView view) {
    return view.get("location").filter(l -> !String.valueOf(l).isBlank()).isPresent()
        ? Optional.empty()
        : Optional.of("the job has no location and would run in the US. Fix: set location to the dataset's location.");
  }
}
