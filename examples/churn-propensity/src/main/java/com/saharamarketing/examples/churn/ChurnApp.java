package com.saharamarketing.examples.churn;

import com.hashicorp.cdktf.App;
import java.nio.file.Path;

/**
 * Synthesizes the churn-propensity stack into {@code cdktf.out}: the project comes from {@code
 * CHURN_PROJECT} (default {@code churn-demo-project}), the customers from {@code
 * data/customers.csv}, k from 3 to 6.
 */
public final class ChurnApp {
  private ChurnApp() {}

  public static void main(String[] args) {
    String project = System.getenv().getOrDefault("CHURN_PROJECT", "churn-demo-project");
    App app = new App();
    new ChurnStack(app, "churn-propensity", project, Path.of("data/customers.csv"), 3, 6);
    app.synth();
  }
}
