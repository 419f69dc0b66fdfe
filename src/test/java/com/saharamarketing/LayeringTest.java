package com.saharamarketing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layering: {@code app -> constructs -> schema, sql} and {@code app -> report};
 * {@code datagen} stands alone.
 * Plain-Java packages never see cdktf, the constructs library or jsii, so they can be reused
 * (and tested) without a Node.js process, and a move off cdktf touches only constructs and app.
 */
@AnalyzeClasses(packages = "com.saharamarketing", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  private static final String[] CDKTF = {"com.hashicorp..", "software.constructs..", "software.amazon.jsii.."};

  @ArchTest
  static final ArchRule schemaAndSqlArePlainJava = noClasses()
      .that().resideInAnyPackage("com.saharamarketing.schema..", "com.saharamarketing.sql..")
      .should().dependOnClassesThat().resideInAnyPackage(CDKTF)
      .orShould().dependOnClassesThat().resideInAnyPackage(
          "com.saharamarketing.constructs..", "com.saharamarketing.app..", "com.saharamarketing.datagen..")
      .because("schema and sql are plain Java: no cdktf, constructs, jsii or app");

  @ArchTest
  static final ArchRule constructsDoNotKnowTheApp = noClasses()
      .that().resideInAPackage("com.saharamarketing.constructs..")
      .should().dependOnClassesThat().resideInAnyPackage("com.saharamarketing.app..", "com.saharamarketing.datagen..")
      .because("the constructs are a library that other apps use (see examples/churn-propensity)");

  @ArchTest
  static final ArchRule reportIsPlainJava = noClasses()
      .that().resideInAPackage("com.saharamarketing.report..")
      .should().dependOnClassesThat().resideInAnyPackage(CDKTF)
      .orShould().dependOnClassesThat().resideInAnyPackage(
          "com.saharamarketing.constructs..", "com.saharamarketing.app..", "com.saharamarketing.datagen..")
      .because("the report reads deployed models through the BigQuery client, not the stack");

  @ArchTest
  static final ArchRule dataGeneratorStandsAlone = noClasses()
      .that().resideInAPackage("com.saharamarketing.datagen..")
      .should().dependOnClassesThat().resideInAnyPackage(CDKTF)
      .orShould().dependOnClassesThat().resideInAnyPackage("com.saharamarketing.app..",
          "com.saharamarketing.constructs..", "com.saharamarketing.schema..", "com.saharamarketing.sql..")
      .because("the data generator writes CSVs and must not depend on what reads them");
}
