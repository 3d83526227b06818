package org.sibcalc.bench;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sibcalc.Calculation;
import org.sibcalc.Statement;
import org.sibcalc.io.InputFiles;
import org.sibcalc.io.StatementJson;
import org.sibcalc.io.ValidationReport;
import org.sibcalc.io.csv.CsvRows;

/**
 * Where a sibcalc statement's time goes, in one JVM, phase by phase, through the public API the command
 * line uses: JVM start to {@code main}, reading and validating the files of a folder, in sibcalc's CSV form
 * or as SSDA903 tables ({@link InputFiles#read}), the
 * calculation ({@link Calculation#statement}), writing the JSON ({@link StatementJson#write}). With
 * {@code --floors} it first times, on the same files, only reading their bytes and only tokenizing them with
 * FastCSV (what {@code CsvRows} is built on), one String per field: the floors under the read phase. That
 * warms up FastCSV for the real read, so take the real phases from a run without {@code --floors}.
 *
 * <pre>
 * java -Xmx2g -cp bench-classes:sibcalc-0.1.0-cli.jar org.sibcalc.bench.Phases DIR [--contract FILE] [--as-of DATE] [--floors]
 * </pre>
 */
public final class Phases {

    private Phases() {
    }

    public static void main(String[] args) throws Exception {
        long enteredMain = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path dir = Path.of(args[0]);
        Path contract = dir.resolve("contract.json");
        LocalDate asOf = null;
        boolean floors = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--contract" -> contract = Path.of(args[++i]);
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                case "--floors" -> floors = true;
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Path participants = dir.resolve("participants.csv");
        List<Path> episodes = InputFiles.episodesIn(dir); // or the yearly tables of an SSDA903 folder
        Path header = InputFiles.headerIn(dir);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "JVM start to main        %7.3f s%n", (enteredMain - jvmStart) / 1e3));

        if (floors) {
            long t = System.nanoTime();
            long bytes = readBytes(participants);
            for (Path file : episodes) {
                bytes += readBytes(file);
            }
            out.append(String.format(Locale.ROOT, "floor: read bytes       %7.3f s  (%,d bytes)%n", (System.nanoTime() - t) / 1e9, bytes));
            t = System.nanoTime();
            long rows = tokenize(participants);
            for (Path file : episodes) {
                rows += tokenize(file);
            }
            out.append(String.format(Locale.ROOT, "floor: CSV rows alone   %7.3f s  (%,d rows, no field checked)%n",
                    (System.nanoTime() - t) / 1e9, rows));
        }

        long t0 = System.nanoTime();
        InputFiles files = InputFiles.read(contract, participants, episodes, header, false);
        long t1 = System.nanoTime();
        if (files.report().hasErrors()) {
            files.report().errors().forEach(System.err::println);
            System.exit(1);
        }
        Calculation calculation = files.calculation();
        long t2 = System.nanoTime();
        Statement statement = asOf == null ? calculation.statement() : calculation.statement(asOf);
        long t3 = System.nanoTime();
        String json = StatementJson.write(statement);
        long t4 = System.nanoTime();
        files.report(statement.warnings());
        long t5 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long retained = rt.totalMemory() - rt.freeMemory();

        out.append(String.format(Locale.ROOT, "read + validate CSV     %7.3f s  (%,d participants, %,d episodes)%n", (t1 - t0) / 1e9,
                calculation.data().participantCount(), calculation.data().episodeCount()));
        out.append(String.format(Locale.ROOT, "calculation()           %7.3f s%n", (t2 - t1) / 1e9));
        out.append(String.format(Locale.ROOT, "statement(asOf)         %7.3f s  (%d payments, %d cohorts, %d warnings)%n",
                (t3 - t2) / 1e9, statement.payments().size(), statement.cohorts().size(), statement.warnings().size()));
        out.append(String.format(Locale.ROOT, "StatementJson.write     %7.3f s  (%,d chars)%n", (t4 - t3) / 1e9, json.length()));
        out.append(String.format(Locale.ROOT, "report warnings         %7.3f s%n", (t5 - t4) / 1e9));
        out.append(String.format(Locale.ROOT, "total from JVM start    %7.3f s%n", (System.currentTimeMillis() - jvmStart) / 1e3));
        out.append(String.format(Locale.ROOT, "heap retained after GC  %7d MB (inputs and calculation still reachable)%n",
                retained / (1024 * 1024)));
        if (files.calculation() == null) {
            System.out.println("unreachable");
        }
        System.out.print(out);
    }

    private static long readBytes(Path file) throws Exception {
        long total = 0;
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int n;
            while ((n = channel.read(buffer)) >= 0) {
                total += n;
                buffer.clear();
            }
        }
        return total;
    }

    private static long tokenize(Path file) throws Exception {
        // sibcalc's own tokenizer and row, no column read: what reading costs before any check.
        long[] fields = new long[1];
        CsvRows.read(file, file.toString(), List.of(), List.of(), new ValidationReport(),
                (line, row) -> fields[0]++);
        return fields[0];
    }
}
