/**
 * Reusable CDK for Terraform constructs for marketing machine learning on BigQuery.
 *
 * <p>Every construct has the shape {@code new Xxx(scope, id, XxxConfig)}. Configs are immutable,
 * built with {@code XxxConfig.builder(required...)...build()}, and validated in {@code build()}:
 * a bad value throws {@link java.lang.IllegalArgumentException} whose message names the setting,
 * shows the value and says what is allowed, before anything is synthesized. Each config
 * documents its defaults as behaviour. Constructs take other constructs, not id strings: a table
 * takes its {@link com.saharamarketing.constructs.AnalyticsDataset}, a model its training {@link
 * com.saharamarketing.constructs.BigQueryRelation}.
 *
 * <pre>{@code
 * AnalyticsDataset dataset = new AnalyticsDataset(stack, "dataset",
 *     AnalyticsDatasetConfig.builder("my-project", "churn", "europe-west2").build());
 * UploadBucket uploads = new UploadBucket(stack, "uploads",
 *     UploadBucketConfig.builder("my-project", "my-project-churn-uploads", "europe-west2").build());
 * CsvTable customers = new CsvTable(stack, "customers", CsvTableConfig
 *     .builder(dataset, uploads, CsvScanner.scan(Path.of("customers.csv")), "customers").build());
 * new LogisticRegressionModel(stack, "churn", LogisticRegressionModelConfig
 *     .builder(dataset, customers, List.of("tenure_months", "monthly_spend"), "churned").build());
 * new KMeansElbowSweep(stack, "segments", KMeansElbowSweepConfig
 *     .builder(dataset, customers, List.of("tenure_months", "monthly_spend")).kMin(3).kMax(6).build());
 * }</pre>
 *
 * <p>The plain-Java packages underneath, {@link com.saharamarketing.schema} (CSV scanning and
 * type inference) and {@link com.saharamarketing.sql} (SQL templates, BigQuery ML options), do not
 * depend on cdktf. {@code examples/churn-propensity} in the repository is a complete project that
 * uses this package from the installed jar.
 */
package com.saharamarketing.constructs;
