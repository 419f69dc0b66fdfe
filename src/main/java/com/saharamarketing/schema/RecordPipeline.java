package com.saharamarketing.schema;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.csv.CSVRecord;

/**
 * Hands parsed records, in file order, to a {@link Sink} that runs on a second thread, so that
 * parsing (on the caller's thread) and per-cell inference overlap on two cores.
 *
 * <p>Memory stays bounded: records travel in batches of at most {@link #BATCH_RECORDS} records or
 * about {@link #BATCH_CHARS} characters, and at most {@link #BATCHES_QUEUED} batches wait; the
 * caller blocks when the sink falls behind. Batches are reused.
 *
 * <p>The sink must not throw for valid input; if it does anyway, {@link #finish()} rethrows it.
 * Errors in the input are the caller's to detect before {@link #add}, so they surface in the same
 * order as with a single thread.
 *
 * <pre>{@code
 * try (RecordPipeline pipeline = new RecordPipeline("scan crm.csv", (record, line) -> ...)) {
 *   for (CSVRecord record : parser) {
 *     pipeline.add(record, parser.getCurrentLineNumber());
 *   }
 *   pipeline.finish(); // every record has been through the sink
 * }
 * }</pre>
 */
final class RecordPipeline implements AutoCloseable {
  static final int BATCH_RECORDS = 256;
  static final long BATCH_CHARS = 256 * 1024;
  static final int BATCHES_QUEUED = 4;

  /** Receives every record, in order, on the pipeline's thread. */
  @FunctionalInterface
  interface Sink {
    /**
     * @param record the next record
     * @param line the physical line where it starts
     */
    void accept(CSVRecord record, long line);
  }

  private static final class Batch {
    final CSVRecord[] records = new CSVRecord[BATCH_RECORDS];
    final long[] lines = new long[BATCH_RECORDS];
    int size;
    long firstCharacter;
  }

  private static final Batch END = new Batch();

  private final Sink sink;
  private final BlockingQueue<Batch> filled = new ArrayBlockingQueue<>(BATCHES_QUEUED);
  // Batches in existence: the queued ones, one in the sink, one being filled.
  private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(BATCHES_QUEUED + 2);
  private final Thread thread;
  private volatile Throwable failure;
  private Batch current = new Batch();
  private boolean finished;
  private volatile boolean closing;

  RecordPipeline(String threadName, Sink sink) {
    this.sink = sink;
    this.thread = new Thread(this::drain, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues the next record; blocks while the sink is {@link #BATCHES_QUEUED} batches behind. */
  void add(CSVRecord record, long line) {
    Batch batch = current;
    if (batch.size == 0) {
      batch.firstCharacter = record.getCharacterPosition();
    }
    batch.records[batch.size] = record;
    batch.lines[batch.size] = line;
    batch.size++;
    if (batch.size == BATCH_RECORDS
        || record.getCharacterPosition() - batch.firstCharacter >= BATCH_CHARS) {
      put(batch);
      Batch next = empty.poll();
      current = next == null ? new Batch() : next;
    }
  }

  /**
   * Waits until the sink has taken every added record, then rethrows what the sink threw, if
   * anything.
   */
  void finish() {
    if (current.size > 0) {
      put(current);
    }
    put(END);
    finished = true;
    join();
    Throwable thrown = failure;
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }

  /** Stops the sink's thread if {@link #finish()} was not reached (the caller failed). */
  @Override
  public void close() {
    if (!finished) {
      closing = true;
      thread.interrupt();
      join();
    }
  }

  private void put(Batch batch) {
    try {
      filled.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while scanning"));
    }
  }

  private void join() {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        // Keep waiting: the sink's thread ends on its own once it has taken END (finish) or been
        // interrupted by close(); interrupting it here would make it drop queued batches.
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    try {
      for (Batch batch = filled.take(); batch != END; batch = filled.take()) {
        if (failure == null) {
          try {
            for (int i = 0; i < batch.size; i++) {
              sink.accept(batch.records[i], batch.lines[i]);
            }
          } catch (RuntimeException | Error e) {
            failure = e; // keep taking batches so that the caller never blocks
          }
        }
        java.util.Arrays.fill(batch.records, 0, batch.size, null);
        batch.size = 0;
        empty.offer(batch);
      }
    } catch (InterruptedException e) {
      if (!closing) {
        // Interrupted from elsewhere: the batches still queued were not seen, so no result.
        failure = new UncheckedIOException(new InterruptedIOException("interrupted while scanning"));
      }
    }
  }
}
