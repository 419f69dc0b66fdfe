package com.saharamarketing.schema;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads every row of a UTF-8 CSV file once, streaming, and produces its {@link CsvProfile}.
 *
 * <p>Handles what real exports contain: quoted commas, quoted line breaks, CRLF line ends and a
 * UTF-8 byte order mark. Rejects, with the file and line, what BigQuery would reject or load
 * wrongly: an empty file, a row with the wrong number of fields (blank lines included), an
 * unterminated quote and bytes that are not UTF-8.
 *
 * <p>Memory use does not depend on the file size: only a bounded batch of records (see {@link
 * RecordPipeline}: inference runs on a second thread while this one parses and hashes), and per
 * column one {@link TypeInference}, one {@link FormatInference} and a few example values, are held.
 *
 * <pre>{@code
 * CsvProfile profile = CsvScanner.scan(Path.of("data/crm_account.csv"));
 * String schemaJson = profile.schema().toBigQueryJson();
 * }</pre>
 */
public final class CsvScanner {
  /**
   * The CSV dialect every scan reads: RFC 4180 (quoted commas and newlines, CRLF or LF), blank
   * lines kept as records so that they can be reported. Readers of the same files use it too.
   */
  public static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvScanner() {}

  /**
   * Scans the whole file.
   *
   * @throws CsvFormatException when the file is not a loadable CSV; the message names the line
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public static CsvProfile scan(Path file) {
    return scan(file, ScanProgress.NONE);
  }

  /**
   * Scans the whole file, telling progress how many bytes were read.
   *
   * @throws CsvFormatException when the file is not a loadable CSV; the message names the line
   * @throws UncheckedIOException when the file cannot be read at all
   */
  public static CsvProfile scan(Path file, ScanProgress progress) {
    MessageDigest sha256 = newSha256();
    try (CountingInputStream counted =
            new CountingInputStream(Files.newInputStream(file), Files.size(file), progress);
        InputStream bytes = new DigestInputStream(new BufferedInputStream(counted, 1 << 16), sha256);
        Reader text = strictUtf8Reader(bytes);
        CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
      return scan(file, parser, sha256, counted);
    } catch (NoSuchFileException e) {
      throw new CsvFormatException(file, 0, "file not found", "check the data folder setting");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static CsvProfile scan(
      Path file, CSVParser parser, MessageDigest sha256, CountingInputStream counted) throws IOException {
    Iterator<CSVRecord> records = parser.iterator();
    CSVRecord headerRecord = next(file, records, 1);
    if (headerRecord == null || isBlank(headerRecord)) {
      throw new CsvFormatException(
          file, 1, "the file is empty or its first line is blank",
          "export the file with a header row naming every column");
    }
    List<String> headers = new ArrayList<>(headerRecord.toList());
    headers.set(0, stripByteOrderMark(headers.get(0)));
    List<String> names = ColumnNamer.names(headers);
    Columns columns = new Columns(headers.size());

    long rows = 0;
    try (RecordPipeline pipeline = new RecordPipeline("scan " + file.getFileName(), columns)) {
      while (true) {
        long startLine = parser.getCurrentLineNumber() + 1;
        CSVRecord record = next(file, records, startLine);
        if (record == null) {
          break;
        }
        if (record.size() != headers.size()) {
          if (isBlank(record)) {
            // BigQuery counts a blank line as a row with missing columns, which fails the load.
            throw new CsvFormatException(file, startLine, "blank line in the data",
                "delete the blank line (blank lines at the end of the file count too)");
          }
          throw new CsvFormatException(
              file, startLine, "row has " + record.size() + " fields but the header has " + headers.size(),
              "make every row have one field per header column (quote fields that contain commas)");
        }
        pipeline.add(record, startLine);
        rows++;
      }
      pipeline.finish();
    }

    List<Column> schema = new ArrayList<>(headers.size());
    List<TypedColumn> typed = new ArrayList<>(headers.size());
    List<ColumnStats> stats = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      TypeInference inference = columns.inference[i];
      FormatInference formats = columns.formats[i];
      Column column = new Column(headers.get(i), names.get(i), inference.type(), inference.mode());
      schema.add(column);
      typed.add(TypedColumn.of(column, formats));
      stats.add(new ColumnStats(inference.nullCount(), columns.examples.get(i),
          formats.firstMismatch(), formats.firstMismatchLine()));
    }
    return new CsvProfile(
        file,
        new TableSchema(schema),
        rows,
        counted.bytesRead(), // the bytes hashed, even if the file changed while it was read
        HexFormat.of().formatHex(sha256.digest()),
        columns.quotedNewlines,
        new TypedView(typed),
        stats);
  }

  /** Per column a type, a format and examples; fed every data record in order. */
  private static final class Columns implements RecordPipeline.Sink {
    final TypeInference[] inference;
    final FormatInference[] formats;
    final List<List<String>> examples;
    boolean quotedNewlines;

    Columns(int count) {
      inference = new TypeInference[count];
      formats = new FormatInference[count];
      examples = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        inference[i] = new TypeInference();
        formats[i] = new FormatInference();
        examples.add(new ArrayList<>(ColumnStats.MAX_EXAMPLES));
      }
    }

    @Override
    public void accept(CSVRecord record, long line) {
      for (int i = 0; i < inference.length; i++) {
        String value = record.get(i);
        inference[i].accept(value);
        formats[i].accept(value, line);
        keepExample(examples.get(i), value);
        if (!quotedNewlines && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
          quotedNewlines = true;
        }
      }
    }
  }

  private static void keepExample(List<String> examples, String value) {
    if (examples.size() < ColumnStats.MAX_EXAMPLES && !value.isEmpty()) {
      String example = value.length() > ColumnStats.MAX_EXAMPLE_LENGTH
          ? value.substring(0, ColumnStats.MAX_EXAMPLE_LENGTH) + "..." : value;
      if (!examples.contains(example)) {
        examples.add(example);
      }
    }
  }

  /** Counts the bytes read from the file and reports them to a {@link ScanProgress}. */
  private static final class CountingInputStream extends java.io.FilterInputStream {
    private final long totalBytes;
    private final ScanProgress progress;
    private long bytesRead;
    private long nextReport = ScanProgress.REPORT_EVERY_BYTES;
    private boolean reportedEnd;

    CountingInputStream(InputStream in, long totalBytes, ScanProgress progress) {
      super(in);
      this.totalBytes = totalBytes;
      this.progress = progress;
    }

    long bytesRead() {
      return bytesRead;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(n);
      return n;
    }

    private void count(int n) {
      if (n < 0) {
        if (!reportedEnd) {
          reportedEnd = true;
          progress.bytesRead(bytesRead, totalBytes);
        }
        return;
      }
      bytesRead += n;
      if (bytesRead >= nextReport) {
        nextReport = bytesRead + ScanProgress.REPORT_EVERY_BYTES;
        progress.bytesRead(bytesRead, totalBytes);
      }
    }
  }

  /**
   * The next record, or null at the end; parse failures become {@link CsvFormatException}.
   *
   * @param startLine the physical line where the record starts
   */
  private static CSVRecord next(
      Path file, Iterator<CSVRecord> records, long startLine) {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        // The decoder runs ahead of the parser, so find the line from the bytes themselves.
        throw new CsvFormatException(
            file, firstLineWithInvalidUtf8(file), "bytes that are not valid UTF-8",
            "re-export the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)");
      }
      String reason = String.valueOf(e.getCause() == null ? e : e.getCause().getMessage());
      if (reason.contains("EOF reached before encapsulated token finished")) {
        throw new CsvFormatException(
            file, startLine, "a quoted field in the row starting here is never closed (unterminated quote)",
            "close the quote, or double every quote character inside a quoted field");
      }
      throw new CsvFormatException(
          file, startLine, "malformed CSV in the row starting here (" + reason + ")",
          "quote fields that contain commas, quotes or line breaks, and double inner quotes");
    } catch (IllegalStateException e) {
      throw new CsvFormatException(
          file, startLine, "malformed CSV in the row starting here (" + e.getMessage() + ")",
          "quote fields that contain commas, quotes or line breaks, and double inner quotes");
    }
  }

  /** The 1-based physical line of the first byte sequence that is not UTF-8, or 0 if none. */
  static long firstLineWithInvalidUtf8(Path file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      long number = 1;
      for (int b = in.read(); ; b = in.read()) {
        if (b == '\n' || b < 0) {
          try {
            decoder.reset().decode(java.nio.ByteBuffer.wrap(line.toByteArray()));
          } catch (CharacterCodingException e) {
            return number;
          }
          if (b < 0) {
            return 0;
          }
          line.reset();
          number++;
        } else {
          line.write(b);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  private static String stripByteOrderMark(String header) {
    return !header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK ? header.substring(1) : header;
  }

  private static Reader strictUtf8Reader(InputStream bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
