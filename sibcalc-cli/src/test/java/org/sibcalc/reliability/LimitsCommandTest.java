package org.sibcalc.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sibcalc.cli.Run;
import org.sibcalc.io.InputFolder;

/**
 * The limits of docs/limits.md through the command line: a file past a limit is an input error like any
 * other — exit status 1, the error on standard error, nothing on standard output — within seconds. The
 * hostile files (2 GB of one line, a million columns, JSON nested 100,000 deep, a stream that never ends)
 * are read by {@code sibcalc validate} in a JVM of its own with a 64 MB heap, which shows that they need no
 * more memory than that; the rest run in this JVM.
 */
class LimitsCommandTest {

    /** The heap of the command run on hostile files: far less than any of them. */
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void a2GigabyteFileOfOneLine() throws IOException {
        InputFolder folder = InputFolder.in(dir);
        sparse(folder.path("participants.csv"), "", 2L << 30);

        assertThat(validateIn64Megabytes(folder)).contains("participants.csv: (file): is 2,147,483,648 bytes, larger "
                + "than the 1,073,741,824 bytes (1 GiB) read from a CSV file at most");
    }

    @Test
    @Timeout(60)
    void a900MegabyteLineUnderTheFileLimit() throws IOException {
        InputFolder folder = InputFolder.in(dir);
        sparse(folder.path("episodes.csv"), "id,start,end\n", 900L << 20);

        assertThat(validateIn64Megabytes(folder)).contains("episodes.csv:2: (row): has a field longer than 1,048,576 "
                + "characters (a quote that is never closed?), so the rest of the file cannot be read");
    }

    @Test
    @Timeout(60)
    void aCsvFileOfAMillionColumns() throws IOException {
        InputFolder folder = InputFolder.in(dir);
        try (BufferedWriter out = Files.newBufferedWriter(folder.path("participants.csv"), StandardCharsets.UTF_8)) {
            out.write("id,start");
            for (int i = 2; i < 1_000_000; i++) {
                out.write(",c" + i);
            }
            out.write("\nP1,2019-01-01\n");
        }

        assertThat(validateIn64Megabytes(folder)).contains(
                "participants.csv:1: (header): has 1,000,000 columns, more than the 1,000 a row may have");
    }

    @Test
    @Timeout(60)
    void moreThan10MillionRows() throws IOException {
        InputFolder folder = InputFolder.in(dir);
        try (BufferedWriter out = Files.newBufferedWriter(folder.path("episodes.csv"), StandardCharsets.UTF_8)) {
            out.write("id,start\n"); // without the end column, rows are only counted: 4 bytes each, 40 MB in all
            for (int i = 0; i < 10_000_001; i++) {
                out.write("P,x\n");
            }
        }

        List<String> errors = validateIn64Megabytes(folder);

        assertThat(errors).contains("episodes.csv:10000002: (file): has more than 10,000,000 rows, the most read from "
                + "one file, so the rest of the file is not read");
    }

    @Test
    @Timeout(60)
    void jsonNested100000Deep() throws IOException {
        InputFolder folder = InputFolder.in(dir)
                .contract("{\"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");

        assertThat(validateIn64Megabytes(folder)).contains("contract.json: (file): has JSON objects or lists nested "
                + "more than 16 deep (a contract's fields are at most 4 deep)");
    }

    @Test
    @Timeout(60)
    void filesThatNeverEnd() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        InputFolder folder = InputFolder.in(dir);

        List<String> errors = validateIn64Megabytes(folder, "--contract", zero.toString(), "--participants",
                zero.toString());

        assertThat(errors).contains(
                "/dev/zero: (file): is larger than the 1,048,576 bytes (1 MiB) read from a contract at most",
                "/dev/zero:1: (row): has a field longer than 1,048,576 characters (a quote that is never closed?), so "
                        + "the rest of the file cannot be read");
    }

    /** The limits that smaller files reach, in this JVM: the file, what it holds, and the error. */
    @ParameterizedTest
    @Timeout(30)
    @CsvSource(delimiter = '|', textBlock = """
            participants.csv | field  | participants.csv:2: cohort: is 10,001 characters long, more than the 10,000 a field may have
            participants.csv | row    | participants.csv:2: (row): is longer than the 1,048,576 characters a row may have
            episodes.csv     | id     | episodes.csv:2: id: 'P000000000000000000000000000000000000000000000000000000000000000...' (1000 characters) is longer than 64 characters
            contract.json    | json   | contract.json: (file): is larger than the 1,048,576 bytes (1 MiB) read from a contract at most
            contract.json    | outcomes | contract.json:7: outcomes: lists 101 outcomes, more than the 100 a contract may have
            contract.json    | states | contract.json:3: states: names 101 states, more than the 100 a contract may have
            contract.json    | dates  | contract.json:5: measurement: gives 119988 measurement dates, more than the 4000 a contract may have
            """)
    void eachLimitIsAnInputError(String file, String what, String error) throws IOException {
        InputFolder folder = InputFolder.in(dir).write(file, content(what));

        Run run = Run.sibcalc("statement", dir.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().stream().map(folder::relative)).contains(error);
    }

    @Test
    @Timeout(60)
    void aCohortColumnWithAValueOnEveryRowIsAnInputErrorIn256Megabytes() throws IOException {
        // 4,000 quarterly dates (the most a contract may have), a flat baseline: 2 sums per cohort, so at most
        // 4,194,304 / 8,000 = 524 cohorts; every one of 2,000 young people has a cohort of its own. The sums
        // may take about 100 MB: the heap is 256 MB.
        StringBuilder participants = new StringBuilder("id,start,cohort\n");
        for (int i = 0; i < 2_000; i++) {
            participants.append("P").append(i).append(",2019-01-01,C").append(i).append('\n');
        }
        InputFolder folder = InputFolder.in(dir).write("participants.csv", participants.toString())
                .write("contract.json", InputFolder.CONTRACT.replace(
                        "\"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\"",
                        "\"from\": \"2019-03-31\", \"to\": \"3018-12-31\", \"every\": \"QUARTER\""));

        List<String> errors = inHeap(folder, "-Xmx256m", "statement");

        assertThat(errors).containsExactly("participants.csv: cohort: the young people fall into more than 524 "
                        + "cohorts, the most a calculation of this contract can hold (cohorts × 4,000 measurement dates "
                        + "× 2 sums per cohort may be at most 4,194,304)",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    @Test
    @Timeout(60)
    void tooManyCohortsInOneOfTwoExtractsComparedNamesThatExtractsFile() throws IOException {
        // As above, in the new extract only; the old one has two young people and the same contract.
        String contract = InputFolder.CONTRACT.replace("\"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\"",
                "\"from\": \"2019-03-31\", \"to\": \"3018-12-31\", \"every\": \"QUARTER\"");
        StringBuilder participants = new StringBuilder("id,start,cohort\n");
        for (int i = 0; i < 2_000; i++) {
            participants.append("P").append(i).append(",2019-01-01,C").append(i).append('\n');
        }
        Path after = Files.createDirectory(dir.resolve("after"));
        InputFolder.in(after).write("participants.csv", participants.toString()).write("contract.json", contract);
        InputFolder before = InputFolder.in(Files.createDirectory(dir.resolve("before")))
                .write("participants.csv", "id,start,cohort\nP0,2019-01-01,C0\nP1,2019-01-01,C1\n")
                .write("contract.json", contract);

        List<String> errors = inHeap(before, "-Xmx256m", "compare", after.toString());

        assertThat(errors).containsExactly(after.resolve("participants.csv") + ": cohort: the young people fall into "
                        + "more than 524 cohorts, the most a calculation of this contract can hold (cohorts × 4,000 "
                        + "measurement dates × 2 sums per cohort may be at most 4,194,304)",
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    /** The limits of an investment file, through {@code sibcalc returns}: the file, and the error. */
    @ParameterizedTest
    @Timeout(30)
    @CsvSource(delimiter = '|', textBlock = """
            101  | 1    | 0    | investment.json:4: investors: lists 101 investors, more than the 100 an investment may have
            100  | 1201 | 0    | investment.json:5: drawdowns: lists 1201 drawdowns, more than the 1200 an investment may have
            1    | 1    | 1201 | investment.json:6: costs: lists 1201 costs, more than the 1200 an investment may have
            """)
    void eachLimitOfAnInvestmentIsAnInputError(int investors, int drawdowns, int costs, String error) {
        InputFolder folder = InputFolder.in(dir).write("investment.json", investment(investors, drawdowns, costs));

        Run run = Run.sibcalc("returns", dir.toString());

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines().stream().map(folder::relative)).containsExactly(error,
                "sibcalc: 1 error in the input; nothing was calculated.");
    }

    /**
     * An investment file of {@code investors} investors of £12.00 each, {@code drawdowns} monthly drawdowns of
     * £1.00 and {@code costs} monthly costs of £0.01. Its lines: 1 {, 2 name, 3 currency, 4 investors,
     * 5 drawdowns, 6 costs, 7 }.
     */
    private static String investment(int investors, int drawdowns, int costs) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < investors; i++) {
            people.add("{ \"name\": \"I" + i + "\", \"commitment\": \"12.00\" }");
        }
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < drawdowns; i++) {
            drawn.add("{ \"date\": \"" + java.time.LocalDate.of(2019, 1, 1).plusMonths(i) + "\", \"amount\": \"1.00\" }");
        }
        List<String> spent = new ArrayList<>();
        for (int i = 0; i < costs; i++) {
            spent.add("{ \"date\": \"" + java.time.LocalDate.of(2019, 1, 15).plusMonths(i) + "\", \"amount\": \"0.01\" }");
        }
        return "{\n  \"name\": \"Many\",\n  \"currency\": \"GBP\",\n  \"investors\": [" + String.join(", ", people)
                + "],\n  \"drawdowns\": [" + String.join(", ", drawn) + "],\n  \"costs\": [" + String.join(", ", spent)
                + "]\n}\n";
    }

    private static String content(String what) {
        switch (what) {
            case "field":
                return "id,start,cohort\nP1,2019-01-01," + "N".repeat(10_001) + "\n";
            case "row":
                StringBuilder header = new StringBuilder("id,start");
                for (int i = 1; i <= 118; i++) {
                    header.append(",x").append(i);
                }
                return header + "\nP1,2019-01-01" + ("," + "x".repeat(9_000)).repeat(118) + "\n";
            case "id":
                return "id,start,end\nP" + "0".repeat(999) + ",2019-01-01,\n";
            case "json":
                return "{\"name\": \"" + "x".repeat(1 << 20) + "\"}";
            case "outcomes":
                StringBuilder outcomes = new StringBuilder();
                for (int i = 0; i < 101; i++) {
                    outcomes.append(i == 0 ? "" : ", ").append("{\"type\": \"ENGAGEMENT\", \"name\": \"e" + i
                            + "\", \"price\": \"1\"}");
                }
                return InputFolder.CONTRACT.replace("{ \"type\": \"CARE_DAYS_AVOIDED\", \"pricePerDay\": \"10.00\" }",
                        outcomes);
            case "states":
                StringBuilder states = new StringBuilder();
                for (int i = 0; i < 101; i++) {
                    states.append(i == 0 ? "" : ", ").append("\"s" + i + "\": {\"types\": [\"T" + i + "\"]}");
                }
                return InputFolder.CONTRACT.replace("\"currency\": \"GBP\",",
                        "\"currency\": \"GBP\", \"states\": { " + states + " },");
            default:
                return InputFolder.CONTRACT.replace("\"from\": \"2019-03-31\", \"to\": \"2019-12-31\", \"every\": \"QUARTER\"",
                        "\"from\": \"0001-01-01\", \"to\": \"9999-12-31\", \"every\": \"MONTH\"");
        }
    }

    /**
     * Runs {@code sibcalc validate} on the folder in a JVM with a 64 MB heap, checks that it reports input
     * errors (status 1, nothing on standard output, no stack trace) and returns standard error's lines.
     */
    private List<String> validateIn64Megabytes(InputFolder folder, String... options) {
        return inHeap(folder, HEAP, "validate", options);
    }

    /** As {@link #validateIn64Megabytes}, for any command over the folder and a heap of {@code heap} (-Xmx...). */
    private List<String> inHeap(InputFolder folder, String heap, String sibcalcCommand, String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), "org.sibcalc.cli.SibcalcCommand", sibcalcCommand,
                folder.dir().toString()));
        command.addAll(List.of(options));
        try {
            Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
                    .redirectError(dir.resolve("err").toFile()).start();
            assertThat(process.waitFor(50, TimeUnit.SECONDS)).as("finished").isTrue();
            String err = Files.readString(dir.resolve("err"));
            assertThat(process.exitValue()).as(err).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("out"))).isEmpty();
            assertThat(err).doesNotContain("Exception", "\tat ");
            return err.lines().map(folder::relative).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Makes {@code file} {@code length} bytes long, starting with {@code start}: the rest NULs, on no disk. */
    private static void sparse(Path file, String start, long length) throws IOException {
        Files.writeString(file, start);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }
}
