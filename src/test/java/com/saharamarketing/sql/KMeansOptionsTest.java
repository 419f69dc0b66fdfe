package com.saharamarketing.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.saharamarketing.sql.KMeansOptions.DistanceType;
import com.saharamarketing.sql.KMeansOptions.InitMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KMeansOptionsTest {
  @Test
  void defaultsRenderOneOptionPerLine() {
    assertThat(KMeansOptions.defaults(4).toSql())
        .isEqualTo(
            "model_type = 'KMEANS',\n"
                + "  num_clusters = 4,\n"
                + "  distance_type = 'EUCLIDEAN',\n"
                + "  standardize_features = TRUE,\n"
                + "  kmeans_init_method = 'KMEANS++',\n"
                + "  max_iterations = 20");
  }

  @Test
  void defaultsAreEuclideanStandardizedKMeansPlusPlusWith20Iterations() {
    assertThat(KMeansOptions.defaults(3))
        .isEqualTo(new KMeansOptions(3, DistanceType.EUCLIDEAN, true, InitMethod.KMEANS_PLUS_PLUS, 20));
  }

  @Test
  void otherChoicesRenderTheirSqlNames() {
    KMeansOptions options = new KMeansOptions(7, DistanceType.COSINE, false, InitMethod.RANDOM, 5);

    assertThat(options.toSql())
        .isEqualTo(
            "model_type = 'KMEANS',\n"
                + "  num_clusters = 7,\n"
                + "  distance_type = 'COSINE',\n"
                + "  standardize_features = FALSE,\n"
                + "  kmeans_init_method = 'RANDOM',\n"
                + "  max_iterations = 5");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 50, 100})
  void clusterCountsFrom2To100AreAccepted(int k) {
    assertThat(KMeansOptions.defaults(k).numClusters()).isEqualTo(k);
    assertThat(KMeansOptions.defaults(k).toSql()).contains("num_clusters = " + k + ",");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 101, 0, -3})
  void failsOnClusterCountOutsideTheRangeNamingNumClusters(int k) {
    assertThatThrownBy(() -> KMeansOptions.defaults(k))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("num_clusters")
        .hasMessageContaining(String.valueOf(k));
  }

  @Test
  void failsOnMaxIterationsBelow1NamingIt() {
    assertThatThrownBy(
            () -> new KMeansOptions(3, DistanceType.EUCLIDEAN, true, InitMethod.RANDOM, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max_iterations");
  }

  @Test
  void oneIterationIsAccepted() {
    assertThat(new KMeansOptions(3, DistanceType.EUCLIDEAN, true, InitMethod.RANDOM, 1).toSql())
        .endsWith("max_iterations = 1");
  }

  @Test
  void failsOnMissingDistanceTypeOrInitMethod() {
    assertThatThrownBy(() -> new KMeansOptions(3, null, true, InitMethod.RANDOM, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distance_type");
    assertThatThrownBy(() -> new KMeansOptions(3, DistanceType.COSINE, true, null, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kmeans_init_method");
  }

  @Test
  void withNumClustersChangesOnlyK() {
    KMeansOptions options = new KMeansOptions(3, DistanceType.COSINE, false, InitMethod.RANDOM, 9);

    assertThat(options.withNumClusters(8))
        .isEqualTo(new KMeansOptions(8, DistanceType.COSINE, false, InitMethod.RANDOM, 9));
  }

  @Test
  void failsOnWithNumClustersOutOfRange() {
    assertThatThrownBy(() -> KMeansOptions.defaults(3).withNumClusters(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("num_clusters");
  }
}
