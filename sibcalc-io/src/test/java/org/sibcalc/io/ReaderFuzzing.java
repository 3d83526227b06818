package org.sibcalc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.contract.ContractTerms;

/**
 * What every reader's fuzz test checks (docs/fuzzing.md), whatever the reader: the bytes the fuzzer made are
 * written as the reader's file(s), the reader reads them, and the outcome is the documented one — a result,
 * or problems each in the {@code file:line: field: message} form, one line each, naming a file read and a
 * line it has. Any other exception fails the test (Jazzer records the input as a finding); a hang fails it
 * through the fuzz test's {@code @Timeout}; an allocation out of proportion to the input fails it here.
 *
 * <p>A target is a few lines:
 *
 * <pre>{@code
 * @FuzzTest @Timeout(10)
 * void participantsCsv(byte[] input) {
 *     ReaderFuzzing.file(input, "participants.csv", (file, name) -> {
 *         ValidationReport report = new ValidationReport();
 *         new CareDataCsv(report).readParticipants(file, name);
 *         return report;
 *     });
 * }
 * }</pre>
 *
 * <p>A reader of several files takes the input split into them ({@link #folder}): the parts are separated
 * by a line {@value #NEXT_FILE}, so that a corpus file is readable and easy to write by hand; a part
 * that is missing is a file that does not exist.
 */
public final class ReaderFuzzing {

    /** The line between the files of one input for {@link #folder}. */
    public static final String NEXT_FILE = "%%";

    /**
     * What one read may allocate on its thread: a fixed allowance (buffers, the first use of a currency or of
     * Jackson) and a multiple of the input's size. A reader that sizes something by a number in the input
     * rather than by the input goes over it.
     */
    static final long ALLOCATION_ALLOWANCE = 64L << 20;
    static final long ALLOCATION_PER_INPUT_BYTE = 512;

    private static final Pattern ONE_LINE = Pattern.compile("[^\\p{Cntrl}\\u2028\\u2029]+");
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** The system property naming the folder the harness writes its inputs in (see {@link #folder()}). */
    public static final String TMP_PROPERTY = "sibcalc.fuzz.tmp";

    private static Path dir;

    private ReaderFuzzing() {
    }

    /** Reads one file, given the path to read and the name its messages use. */
    @FunctionalInterface
    public interface FileReader {
        ValidationReport read(Path file, String name) throws IOException;
    }

    /** Reads the files of one folder, given the folder; messages name each file by its path. */
    @FunctionalInterface
    public interface FolderReader {
        ValidationReport read(Path folder) throws IOException;
    }

    /**
     * Writes {@code input} as the file {@code name}, reads it with {@code reader}, and checks the report.
     *
     * @return the report, for checks of the reader's own
     */
    public static ValidationReport file(byte[] input, String name, FileReader reader) {
        Path file = folder().resolve(name);
        write(file, input);
        ValidationReport report;
        try {
            report = measured(input.length, () -> reader.read(file, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkProblems(report, Map.of(name, input));
        return report;
    }

    /**
     * Splits {@code input} into the files {@code names} ({@link #NEXT_FILE} between them), writes each into
     * a folder of its own, reads the folder with {@code reader}, and checks the report. Only allocation on
     * the calling thread is measured.
     *
     * @return the report, for checks of the reader's own
     */
    public static ValidationReport folder(byte[] input, List<String> names, FolderReader reader) {
        return folder(input, names, Map.of(), reader);
    }

    /**
     * As {@link #folder(byte[], List, FolderReader)}, with {@code fixed} files beside the fuzzed ones (by name:
     * a reader's data that the fuzzer does not change, such as the participants an SSDA903 table is matched
     * to). A problem may name a file by its name or by its path.
     */
    public static ValidationReport folder(byte[] input, List<String> names, Map<String, byte[]> fixed,
            FolderReader reader) {
        Path folder = folder().resolve("folder");
        List<byte[]> parts = split(input, names.size());
        Map<String, byte[]> files = new HashMap<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < names.size(); i++) {
                Path file = folder.resolve(names.get(i));
                Files.deleteIfExists(file);
                byte[] content = i < parts.size() ? parts.get(i) : null;
                if (content != null) {
                    write(file, content);
                }
                files.put(file.toString(), content == null ? new byte[0] : content);
                files.put(names.get(i), content == null ? new byte[0] : content);
            }
        } catch (IOException e) {
            throw new HarnessFailure("cannot write the inputs in " + folder, e);
        }
        fixed.forEach((name, content) -> {
            Path file = folder.resolve(name);
            write(file, content);
            files.put(file.toString(), content);
            files.put(name, content);
        });
        ValidationReport report;
        try {
            report = measured(input.length, () -> reader.read(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkProblems(report, files);
        return report;
    }

    /** The bytes of a file of the project's examples, for a target's fixed files. */
    public static byte[] example(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms of an example's contract, which must have no errors. */
    public static ContractTerms contract(Path file) {
        ValidationReport report = new ValidationReport();
        ContractTerms terms = ContractJson.read(file, file.toString(), report);
        assertThat(report.errors()).as("the errors of %s", file).isEmpty();
        return terms;
    }

    /** An example's folder read whole, which must have no errors: its calculation. */
    public static Calculation calculation(Path folder) {
        InputFiles files = InputFiles.read(folder.resolve("contract.json"), folder.resolve("participants.csv"),
                folder.resolve("episodes.csv"), false);
        assertThat(files.report().errors()).as("the errors of %s", folder).isEmpty();
        return files.calculation();
    }

    /**
     * The calculation of an example's contract over its first {@code participants} participants and their
     * episodes: a target's fixed data, small so that each input's statement is quick.
     */
    public static Calculation calculation(Path folder, int participants) {
        try {
            Path copy = Files.createTempDirectory("sibcalc-fuzz-example");
            try {
                Files.write(copy.resolve("participants.csv"), firstLines(example(folder.resolve("participants.csv")),
                        participants + 1));
                InputFiles files = InputFiles.read(folder.resolve("contract.json"), copy.resolve("participants.csv"),
                        folder.resolve("episodes.csv"), true);
                assertThat(files.report().errors()).as("the errors of %s", folder).isEmpty();
                return files.calculation();
            } finally {
                deleteAll(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code lines} lines of a file's content, each with its line end. */
    public static byte[] firstLines(byte[] content, int lines) {
        int end = 0;
        for (int line = 0; line < lines && end < content.length; end++) {
            if (content[end] == '\n') {
                line++;
            }
        }
        return Arrays.copyOf(content, end);
    }

    /**
     * The statement at the last measurement date, as the command line writes it as text and JSON: the result
     * a reader's output leads to. A contract whose rounding is UNNECESSARY may refuse a statement that needs
     * rounding; nothing else may throw.
     */
    public static void statement(Calculation calculation) {
        List<LocalDate> dates = calculation.terms().measurement().dates();
        try {
            Statement statement = calculation.statement(dates.get(dates.size() - 1));
            assertThat(StatementText.write(statement)).isNotEmpty();
            assertThat(StatementJson.write(statement)).isNotEmpty();
        } catch (ArithmeticException e) {
            assertThat(calculation.terms().rounding()).as("rounding, when the statement throws %s", e)
                    .isEqualTo(RoundingMode.UNNECESSARY);
        }
    }

    /** Returns the parts of {@code input} between lines {@value #NEXT_FILE}, at most {@code count} of them. */
    public static List<byte[]> split(byte[] input, int count) {
        byte[] separator = ("\n" + NEXT_FILE + "\n").getBytes(StandardCharsets.US_ASCII);
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        while (parts.size() < count - 1) {
            int at = indexOf(input, separator, from);
            if (at < 0) {
                break;
            }
            parts.add(Arrays.copyOfRange(input, from, at + 1)); // the part keeps its last line's end
            from = at + separator.length;
        }
        parts.add(Arrays.copyOfRange(input, from, input.length));
        return parts;
    }

    /** Joins files into one input for {@link #folder}: the form of its corpus files. */
    public static byte[] join(String... files) {
        return String.join(NEXT_FILE + "\n", files).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks every error and warning: it names one of {@code files} (by the name messages use) at line 0
     * (the whole file) or a line the file has, with a field and a message each on one line, so that
     * {@code toString()} is exactly {@code file:line: field: message}.
     */
    public static void checkProblems(ValidationReport report, Map<String, byte[]> files) {
        List<Problem> problems = new ArrayList<>(report.errors());
        problems.addAll(report.warnings());
        for (Problem problem : problems) {
            byte[] content = files.get(problem.file());
            assertThat(content).as("the file of %s", problem).isNotNull();
            assertThat(problem.line()).as("the line of %s", problem).isBetween(0, lines(content));
            assertThat(problem.field()).as("the field of %s", problem).matches(ONE_LINE);
            assertThat(problem.message()).as("the message of %s", problem).matches(ONE_LINE);
            String place = problem.file() + (problem.line() > 0 ? ":" + problem.line() : "");
            assertThat(problem.toString()).isEqualTo(place + ": " + problem.field() + ": " + problem.message());
        }
        report.rowCounts().forEach((file, count) -> {
            assertThat(files).as("the files counted").containsKey(file);
            assertThat(count.read()).as("rows of %s", file).isEqualTo(count.used() + count.rejected());
            assertThat(count.read()).as("rows of %s", file).isLessThanOrEqualTo(lines(files.get(file)));
        });
    }

    /**
     * The number of lines in the content as an editor shows them: its line ends (LF, CRLF or a lone CR), and
     * one more when the last line has none; an empty file has line 1.
     */
    private static int lines(byte[] content) {
        int lines = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' || content[i] == '\r' && (i + 1 == content.length || content[i + 1] != '\n')) {
                lines++;
            }
        }
        boolean lastLineEnded = content.length > 0 && (content[content.length - 1] == '\n' || content[content.length - 1] == '\r');
        return lastLineEnded ? lines : lines + 1;
    }

    private interface Read {
        ValidationReport read() throws IOException;
    }

    /**
     * Reads, and checks what the read allocated on this thread. A read over the budget is measured once more
     * before it fails: the first read down a path loads (and, when fuzzing, instruments) classes, which is
     * not the reader's own allocation and does not happen twice.
     */
    private static ValidationReport measured(int inputLength, Read read) throws IOException {
        long budget = ALLOCATION_ALLOWANCE + ALLOCATION_PER_INPUT_BYTE * inputLength;
        long before = allocated();
        ValidationReport report = read.read();
        if (allocated() - before <= budget) {
            return report;
        }
        before = allocated();
        report = read.read();
        assertThat(allocated() - before).as("bytes allocated reading %d bytes", inputLength)
                .isLessThanOrEqualTo(budget);
        return report;
    }

    private static long allocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    private static int indexOf(byte[] input, byte[] part, int from) {
        for (int i = from; i <= input.length - part.length; i++) {
            if (Arrays.equals(input, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes one input file into the harness's folder. A failure here is the harness's, not the reader's: it is
     * thrown as a {@link HarnessFailure}, which {@code .ci/fuzz} tells apart from a finding. A folder that has
     * gone (something removed it while fuzzing) is made again, once.
     */
    private static void write(Path file, byte[] content) {
        try {
            try {
                Files.write(file, content);
            } catch (NoSuchFileException e) {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            }
        } catch (IOException e) {
            throw new HarnessFailure("cannot write the input " + file, e);
        }
    }

    /** The harness could not do its own part (write an input); not a finding in the reader. */
    public static final class HarnessFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HarnessFailure(String message, Throwable cause) {
            super("fuzz harness failure, not a finding: " + message, cause);
        }
    }

    /**
     * The harness's one folder for the whole run (a fuzzer reads hundreds of thousands of inputs, each written
     * here): made once, in the folder the system property {@value #TMP_PROPERTY} names ({@code .ci/fuzz} gives
     * each run its own) or else the system's temporary folder, and deleted with all it holds when the JVM exits.
     */
    private static synchronized Path folder() {
        if (dir == null) {
            try {
                String parent = System.getProperty(TMP_PROPERTY);
                if (parent == null || parent.isBlank()) {
                    dir = Files.createTempDirectory("sibcalc-fuzz-harness");
                } else {
                    dir = Files.createTempDirectory(Files.createDirectories(Path.of(parent)), "harness");
                }
            } catch (IOException e) {
                throw new HarnessFailure("cannot make a temporary folder", e);
            }
            Path made = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(made), "sibcalc-fuzz-cleanup"));
        }
        return dir;
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // already gone, or not ours to delete any more: nothing to do at exit
        }
    }
}
