package org.sibcalc.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The records of a CSV file (RFC 4180, UTF-8), each with the line it starts on, read by Jackson's CSV
 * parser on a thread of its own: while the caller validates and stores one batch of rows, the next is
 * being parsed, so reading a large file uses two cores. Records come in file order; a blank line is not a
 * record; a failure to read comes after every record before it, as it would without the thread.
 *
 * <p>Not thread-safe: one caller reads the records. {@link #close()} stops the reading thread.
 */
final class CsvRecords implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final int BATCH_SIZE = 4096;
    private static final int BATCHES_AHEAD = 4;

    /** Records parsed together; the last batch of a file has {@code end} or {@code failure} set. */
    private record Batch(int[] lines, String[][] fields, int size, boolean end, Throwable failure) {
    }

    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread parsing;
    private Batch batch = new Batch(new int[0], new String[0][], 0, false, null);
    private int next;

    private CsvRecords(InputStream in, String name) {
        parsing = new Thread(() -> parse(in), "sibcalc-csv " + name);
        parsing.setDaemon(true);
        parsing.start();
    }

    /**
     * Opens the file and starts parsing it.
     *
     * @throws IOException when the file cannot be opened
     */
    static CsvRecords open(Path file) throws IOException {
        return new CsvRecords(Files.newInputStream(file), file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /**
     * Moves to the next record.
     *
     * @return false at the end of the file
     * @throws IOException the parser's own exception (such as a {@code JsonProcessingException} with its
     *                     location) when the file cannot be read past the previous record
     */
    boolean next() throws IOException {
        while (++next >= batch.size()) {
            if (batch.end()) {
                return false;
            }
            if (batch.failure() != null) {
                rethrow(batch.failure());
            }
            try {
                batch = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while reading CSV");
            }
            next = -1;
        }
        return true;
    }

    /** Returns the current record's line in the file (the first line is 1). */
    int line() {
        return batch.lines()[next];
    }

    /** Returns the current record's fields exactly as written (unquoted), never empty. */
    String[] fields() {
        return batch.fields()[next];
    }

    @Override
    public void close() {
        parsing.interrupt();
    }

    private void parse(InputStream in) {
        int[] lines = new int[BATCH_SIZE];
        String[][] records = new String[BATCH_SIZE][];
        int size = 0;
        try (in; CsvParser parser = MAPPER.getFactory().createParser(in)) {
            parser.setSchema(CsvSchema.emptySchema());
            List<String> fields = new ArrayList<>();
            int line = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    fields.clear();
                    line = 0;
                } else if (token == JsonToken.VALUE_STRING) {
                    if (line == 0) { // a record's own location: START_ARRAY reports the line before it
                        line = (int) parser.currentTokenLocation().getLineNr();
                    }
                    fields.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && !(fields.size() == 1 && fields.get(0).isBlank())) {
                    lines[size] = line;
                    records[size++] = fields.toArray(String[]::new);
                    if (size == BATCH_SIZE) {
                        batches.put(new Batch(lines, records, size, false, null));
                        lines = new int[BATCH_SIZE];
                        records = new String[BATCH_SIZE][];
                        size = 0;
                    }
                }
            }
            batches.put(new Batch(lines, records, size, true, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the reader closed early: nobody waits for more
        } catch (IOException | RuntimeException | Error e) {
            try {
                batches.put(new Batch(lines, records, size, false, e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new UncheckedIOException(new IOException(failure));
    }
}
