package com.saharamarketing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElbowChartTest {
  private static final List<ElbowPoint> POINTS = List.of(new ElbowPoint(2, 1.3, 10), new ElbowPoint(3, 1.1, 5),
      new ElbowPoint(4, Double.NaN, 4), new ElbowPoint(5, 1.2, 3.5));

  @Test
  void plotsBothCurvesAndMarksTheSuggestedK() {
    KSuggestion suggestion = KSuggestion.suggest(POINTS, new Kneedle(1));
    XYPlot plot = ElbowChart.chart(POINTS, suggestion).getXYPlot();
    assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(4);
    assertThat(plot.getDataset(1).getItemCount(0)).as("NULL Davies–Bouldin values are left out").isEqualTo(3);
    ValueMarker marker = (ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
    assertThat(marker.getValue()).isEqualTo(suggestion.k());
    assertThat(marker.getLabel()).isEqualTo("suggested k = " + suggestion.k() + " (knee)");
    assertThat(plot.getAnnotations()).hasSize(1);
  }

  @Test
  void writesPngAndSvgWithoutADoctypeIntoANewFolder(@TempDir Path dir) throws Exception {
    Path folder = dir.resolve("nested/report");
    ElbowChart.write(folder, POINTS, KSuggestion.suggest(POINTS, new Kneedle(1)));
    byte[] png = Files.readAllBytes(folder.resolve(ElbowChart.PNG));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    String svg = Files.readString(folder.resolve(ElbowChart.SVG), StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").doesNotContain("<!DOCTYPE").contains("width='800.0'").contains("<path");
  }
}
