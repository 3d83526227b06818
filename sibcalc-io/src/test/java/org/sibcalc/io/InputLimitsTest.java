package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit of docs/limits.md ({@link InputLimits}) on a file that goes past it: the error, within a time
 * bound (the {@code @Timeout}) and, where the reading is on the test's thread, a bound on what it allocates,
 * far below the file's size. Large files are made as sparse files (a length and no data) or written a piece
 * at a time, never held in memory; the command line's exit status and heap for each are in
 * sibcalc-cli's LimitsCommandTest.
 */
class InputLimitsTest {

    /** What reading a file past a limit may allocate: the reader's buffers, far from the file's size. */
    private static final long ALLOCATION_BOUND = 64L << 20;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    // ---- CSV ------------------------------------------------------------------------------------------

    @Test
    @Timeout(10)
    void aCsvFileOf2GigabytesOfOneLineIsRefusedByItsSize() throws IOException {
        Path file = sparse("participants.csv", "", 2L << 30);
        List<String>[] errors = new List[1];

        long allocated = allocatedWhile(() -> errors[0] = participantErrors(file));

        assertThat(errors[0]).containsExactly("participants.csv: (file): is 2,147,483,648 bytes, "
                + "larger than the 1,073,741,824 bytes (1 GiB) read from a CSV file at most");
        assertThat(allocated).isLessThan(ALLOCATION_BOUND);
    }

    @Test
    @Timeout(20)
    void aLineLongerThanARowMayBeStopsTheReadingThere() throws IOException {
        // 900 MB, under the file limit: a header, then one line of NULs that never ends.
        Path file = sparse("participants.csv", "id,start\nP1,2019-01-01\n", 900L << 20);

        assertThat(participantErrors(file)).containsExactly("participants.csv:3: (row): has a field longer than "
                + "1,048,576 characters (a quote that is never closed?), so the rest of the file cannot be read");
    }

    @Test
    @Timeout(20)
    void aStreamThatNeverEndsIsStoppedAtItsFirstLongField() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");

        ValidationReport report = new ValidationReport();
        long allocated = allocatedWhile(() -> {
            new CareDataCsv(report).readParticipants(zero, "participants.csv");
            return null;
        });

        assertThat(report.errors()).extracting(Problem::toString).containsExactly("participants.csv:1: (row): has a "
                + "field longer than 1,048,576 characters (a quote that is never closed?), so the rest of the file "
                + "cannot be read");
        assertThat(allocated).isLessThan(ALLOCATION_BOUND);
    }

    @Test
    @Timeout(20)
    void aHeaderOfAMillionColumnsIsAnError() throws IOException {
        Path file = written("participants.csv", out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(i == 0 ? "id" : ",c" + i);
            }
            out.write("\nP1,2019-01-01\n");
        });

        assertThat(participantErrors(file)).containsExactly(
                "participants.csv:1: (header): has 1,000,000 columns, more than the 1,000 a row may have");
    }

    @Test
    @Timeout(20)
    void aRowOfAMillionFieldsIsAnErrorAndTheNextRowIsRead() throws IOException {
        Path file = written("participants.csv", out -> {
            out.write("id,start\nP1,2019-01-01");
            out.write(",".repeat(999_999));
            out.write("\nP2,2019-02-30\n");
        });

        assertThat(participantErrors(file)).containsExactly(
                "participants.csv:2: (row): has 1000001 fields but the header has 2",
                "participants.csv:3: start: '2019-02-30' is not a real date: February 2019 has 28 days");
    }

    @Test
    @Timeout(10)
    void aFieldLongerThan10000CharactersIsAnErrorNamingItsColumn() throws IOException {
        Path file = written("participants.csv", out -> out.write("id,start,cohort\nP1,2019-01-01," + "N".repeat(10_001)
                + "\nP2,2019-01-01," + "N".repeat(10_000) + "\n"));

        assertThat(participantErrors(file)).containsExactly(
                "participants.csv:2: cohort: is 10,001 characters long, more than the 10,000 a field may have");
    }

    @Test
    @Timeout(10)
    void aRowLongerThanItsLimitIsAnError() throws IOException {
        // 120 fields of 9,000 characters: each within the field limit, 1,080,000 in all.
        StringBuilder header = new StringBuilder("id,start");
        for (int i = 1; i <= 118; i++) {
            header.append(",x").append(i);
        }
        String wide = "P1,2019-01-01" + ("," + "x".repeat(9_000)).repeat(118);
        Path file = written("participants.csv", out -> out.write(header + "\n" + wide + "\nP2,2019-01-01" + ",".repeat(118)
                + "\n"));

        assertThat(participantErrors(file)).containsExactly(
                "participants.csv:2: (row): is longer than the 1,048,576 characters a row may have");
    }

    @Test
    @Timeout(60)
    void aFileOfMoreThan10MillionRowsIsReadUpToThere() throws IOException {
        // Without its required columns, rows are only counted: the limit is reached without holding them.
        Path file = written("participants.csv", out -> {
            out.write("name\n");
            for (int i = 0; i < 10_000_001; i++) {
                out.write("a\n");
            }
        });
        ValidationReport report = new ValidationReport();

        long allocated = allocatedWhile(() -> {
            new CareDataCsv(report).readParticipants(file, "participants.csv");
            return null;
        });

        assertThat(report.errors()).extracting(Problem::toString).containsExactly(
                "participants.csv:1: id: the required column is missing (the header has name)",
                "participants.csv:1: start: the required column is missing (the header has name)",
                "participants.csv:10000002: (file): has more than 10,000,000 rows, the most read from one file, so the "
                        + "rest of the file is not read");
        assertThat(report.rowCounts().get("participants.csv")).isEqualTo(
                new ValidationReport.RowCount(10_000_000, 0, 10_000_000));
        assertThat(allocated).isLessThan(ALLOCATION_BOUND);
    }

    @Test
    @Timeout(10)
    void aVeryLongIdIsQuotedInPart() throws IOException {
        String id = "P" + "0".repeat(4_999);
        Path file = written("episodes.csv", out -> out.write("id,start,end\n" + id + ",2019-01-01,\n"));

        assertThat(EpisodesCsv.read(file, "episodes.csv").report().errors()).extracting(Problem::toString)
                .containsExactly("episodes.csv:2: id: '" + id.substring(0, 64) + "...' (5000 characters) is longer "
                        + "than 64 characters");
    }

    @Test
    @Timeout(20)
    void aBadByteAtTheEndOfALargeFileIsFoundWithoutReadingTheFileWhole() throws IOException {
        // 50 MB of rows that are only counted (the header lacks the required columns), then a byte not UTF-8.
        Path file = written("participants.csv", out -> {
            out.write("name\n");
            String row = "a".repeat(49) + "\n";
            for (int i = 0; i < 1_000_000; i++) {
                out.write(row);
            }
        });
        Files.write(file, new byte[] {'P', (byte) 0xE9, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        ValidationReport report = new ValidationReport();

        long allocated = allocatedWhile(() -> {
            new CareDataCsv(report).readParticipants(file, "participants.csv");
            return null;
        });

        assertThat(report.errors()).extracting(Problem::toString).containsExactly(
                "participants.csv:1: id: the required column is missing (the header has name)",
                "participants.csv:1: start: the required column is missing (the header has name)",
                "participants.csv:1000002: (file): has a character that is not UTF-8 on this line; save the file as "
                        + "CSV UTF-8");
        assertThat(allocated).isLessThan(ALLOCATION_BOUND);
    }

    // ---- the contract -----------------------------------------------------------------------------------

    @Test
    @Timeout(10)
    void aContractLargerThan1MebibyteIsAnError() throws IOException {
        Path file = written("contract.json", out -> out.write("{\"name\": \"" + "x".repeat(2 << 20) + "\"}"));

        assertThat(contractErrors(file)).containsExactly(
                "contract.json: (file): is larger than the 1,048,576 bytes (1 MiB) read from a contract at most");
    }

    @Test
    @Timeout(10)
    void aContractThatNeverEndsIsReadOnlyUpToItsLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        List<String>[] errors = new List[1];

        long allocated = allocatedWhile(() -> errors[0] = contractErrors(zero));

        assertThat(errors[0]).containsExactly(
                "contract.json: (file): is larger than the 1,048,576 bytes (1 MiB) read from a contract at most");
        assertThat(allocated).isLessThan(ALLOCATION_BOUND);
    }

    @Test
    @Timeout(10)
    void jsonNested100000DeepIsAnError() throws IOException {
        Path file = written("contract.json", out -> out.write("{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000)
                + "}"));
        List<String>[] errors = new List[1];

        long allocated = allocatedWhile(() -> errors[0] = contractErrors(file));

        assertThat(errors[0]).containsExactly("contract.json: (file): has JSON objects or lists nested more than 16 "
                + "deep (a contract's fields are at most 4 deep)");
        assertThat(allocated).isLessThan(ALLOCATION_BOUND);
    }

    @Test
    @Timeout(10)
    void moreThan100OutcomesAreAnError() throws IOException {
        StringBuilder outcomes = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            outcomes.append(i == 0 ? "" : ", ").append("{ \"type\": \"ENGAGEMENT\", \"name\": \"e" + i + "\", \"price\": \"1\" }");
        }
        Path file = contract(InputFolder.CONTRACT.replace("{ \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"10.00\" }",
                outcomes).replace("  \"baseline\": { \"proportion\": \"0.5\" },\n", ""));

        assertThat(contractErrors(file)).containsExactly(
                "contract.json:6: outcomes: lists 101 outcomes, more than the 100 a contract may have");
    }

    @Test
    @Timeout(10)
    void moreThan100StatesAreAnError() throws IOException {
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            states.append(i == 0 ? "" : ", ").append("\"s" + i + "\": { \"types\": [\"T" + i + "\"] }");
        }
        Path file = contract(InputFolder.CONTRACT.replace("\"currency\": \"GBP\",",
                "\"currency\": \"GBP\", \"states\": { " + states + " },"));

        assertThat(contractErrors(file)).containsExactly(
                "contract.json:3: states: names 101 states, more than the 100 a contract may have");
    }

    @Test
    @Timeout(10)
    void moreThan4000MeasurementDatesAreAnError() throws IOException {
        Path every = contract(InputFolder.CONTRACT.replace(
                "\"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\"",
                "\"from\": \"0001-01-01\", \"to\": \"9999-12-31\", \"every\": \"MONTH\""));
        StringBuilder dates = new StringBuilder();
        for (java.time.LocalDate d = java.time.LocalDate.of(2000, 1, 1), end = d.plusDays(4_001); d.isBefore(end);
                d = d.plusDays(1)) {
            dates.append(dates.length() == 0 ? "" : ", ").append('"').append(d).append('"');
        }

        assertThat(contractErrors(every)).containsExactly(
                "contract.json:5: measurement: gives 119988 measurement dates, more than the 4000 a contract may have");
        Path listed = contract(InputFolder.CONTRACT.replace(
                "\"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\"", "\"dates\": [" + dates + "]"));
        assertThat(contractErrors(listed)).containsExactly(
                "contract.json:5: measurement.dates: gives 4001 measurement dates, more than the 4000 a contract may have");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static List<String> participantErrors(Path file) {
        ValidationReport report = new ValidationReport();
        new CareDataCsv(report).readParticipants(file, file.getFileName().toString());
        return report.errors().stream().map(Problem::toString).toList();
    }

    private static List<String> contractErrors(Path file) {
        ValidationReport report = new ValidationReport();
        ContractJson.read(file, "contract.json", report);
        return report.errors().stream().map(Problem::toString).toList();
    }

    private Path contract(String json) throws IOException {
        return Files.writeString(dir.resolve("contract.json"), json);
    }

    /** A file of {@code length} bytes that starts with {@code start}: the rest is NULs, taking no disk space. */
    private Path sparse(String name, String start, long length) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, start);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
        return file;
    }

    private interface Writing {
        void to(BufferedWriter out) throws IOException;
    }

    /** A file written a piece at a time. */
    private Path written(String name, Writing writing) throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writing.to(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return file;
    }

    /** The bytes the current thread allocates while {@code work} runs. */
    private static long allocatedWhile(Supplier<?> work) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        work.get();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
