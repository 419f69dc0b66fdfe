package com.saharamarketing.app;

import com.saharamarketing.schema.CsvProfile;
import com.saharamarketing.schema.CsvScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sahara schema FILE}: prints the raw table's BigQuery JSON schema (an array of {@code
 * {"name", "type", "mode"}}, exactly what the table resource gets) on stdout and nothing else, so
 * that {@code sahara schema data/x.csv > schema.json} feeds {@code bq load --schema}. With {@code
 * --report}, prints a per-column table for humans instead (see {@link SchemaReport}).
 *
 * <p>A bad file exits with code 2 and one message naming the file and line; a path that does not
 * exist, is a folder or cannot be read exits with code 2 and one sentence naming it.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, version = Main.VERSION,
    description = "Print a CSV file's BigQuery JSON schema (or, with --report, a per-column table).")
final class SchemaCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The CSV file to scan (every row is read).")
  Path file;

  @Option(names = "--report",
      description = "Print header, column name, raw type, typed-view type and parser, nulls and examples.")
  boolean report;

  @Override
  public Integer call() throws IOException {
    InputException.requireReadableFile(file, file.toString().replace('\\', '/'), "CSV file",
        "give the path of one CSV file, e.g. sahara schema data/crm_account.csv");
    long size = Files.size(file);
    CsvProfile profile = CsvScanner.scan(file, LargeFileProgress.forFile(file, size));
    String out = report ? SchemaReport.render(profile) : profile.schema().toBigQueryJson() + "\n";
    System.out.print(out);
    System.out.flush();
    return 0;
  }
}
