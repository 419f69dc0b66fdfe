package com.saharamarketing.constructs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Locations are checked against BigQuery's list, not only by shape. */
class GcpNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"US", "EU", "europe-west2", "us-central1", "asia-southeast2",
      "me-central2", "africa-south1", "northamerica-south1", "europe-west12"})
  void acceptsDocumentedLocations(String location) {
    assertThat(GcpNames.requireLocation("location", location)).isEqualTo(location);
  }

  @ParameterizedTest
  @CsvSource({
      "mars-central1, me-central1",
      "europe-wes2, europe-west2",
      "us-centra1, us-central1",
      "asia-southeast3, asia-southeast1",
      "europe-west5, europe-west1",
  })
  void rejectsAWellShapedValueThatIsNoLocationNamingTheClosest(String value, String closest) {
    assertThatThrownBy(() -> GcpNames.requireLocation("region (SAHARA_REGION or sahara:region)", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("region (SAHARA_REGION or sahara:region): '" + value + "' is not valid")
        .hasMessageContaining("BigQuery has no such location; did you mean '" + closest + "'?");
  }

  @Test
  void shapeErrorsStayAsTheyWere() {
    assertThatThrownBy(() -> GcpNames.requireLocation("location", "europe west2"))
        .hasMessageContaining("expected a lower-case region such as europe-west2");
  }

  @Test
  void everyListedLocationHasTheCheckedShape() {
    assertThat(GcpNames.BIGQUERY_LOCATIONS).hasSizeGreaterThan(40)
        .allMatch(l -> l.matches("US|EU|[a-z]+-[a-z]+[0-9]+"));
  }
}
