package org.sibcalc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the warm benchmark ({@link WarmStatement}) with JMH's own command-line options, then prints sibcalc
 * and DuckDB side by side for each number of dates, their ratio, and whether the targets are met: at
 * 1,000,000 participants and the whole schedule of 33 dates, a statement in at most 100 ms, and at least
 * 10 times faster than DuckDB's query. The forks inherit this JVM's options, so {@code -Xmx} and
 * {@code -Dsibcalc.bench.data=DIR} are given to it.
 *
 * <pre>
 * java -Xmx2g -Dsibcalc.bench.data=DIR -jar sibcalc-jmh.jar [JMH options, e.g. -p dates=1,33 -prof gc]
 * </pre>
 */
public final class Warm {

    static final double TARGET_MS = 100;
    static final double TARGET_RATIO = 10;
    static final int TARGET_PARTICIPANTS = 1_000_000;
    static final int TARGET_DATES = 33;

    private Warm() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).stream().anyMatch(a -> a.equals("-h") || a.equals("-l") || a.equals("-lp")
                || a.equals("-lprof") || a.equals("-lrf"))) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        String before = load();
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        String after = load();

        long participants = participants(WarmStatement.dataDir().resolve("participants.csv"));
        Map<Integer, RunResult[]> byDates = new TreeMap<>(); // {sibcalc, duckdb}
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            int dates = Integer.parseInt(run.getParams().getParam("dates"));
            RunResult[] pair = byDates.computeIfAbsent(dates, d -> new RunResult[2]);
            pair[benchmark.endsWith(".sibcalc") ? 0 : 1] = run;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nWarm statement, %,d participants, data already in memory (%s); load average %s before, %s after%n",
                participants, WarmStatement.dataDir(), before, after));
        StringBuilder targets = new StringBuilder("Targets:\n");
        for (Map.Entry<Integer, RunResult[]> e : byDates.entrySet()) {
            Result<?> sibcalc = e.getValue()[0] == null ? null : e.getValue()[0].getPrimaryResult();
            Result<?> duckdb = e.getValue()[1] == null ? null : e.getValue()[1].getPrimaryResult();
            out.append(String.format(Locale.ROOT, "%d dates (wall time per statement; CPU time with -prof %s):%n",
                    e.getKey(), WarmCpu.class.getName()));
            line(out, "sibcalc  statement(asOf)", e.getValue()[0]);
            line(out, "DuckDB   measuring query ", e.getValue()[1]);
            if (sibcalc != null && duckdb != null) {
                double ratio = duckdb.getScore() / sibcalc.getScore();
                double worst = duckdb.getStatistics().getMin() / sibcalc.getStatistics().getMax();
                out.append(String.format(Locale.ROOT, "  DuckDB / sibcalc  %.1f× (slowest sibcalc iteration against "
                        + "fastest DuckDB one: %.1f×)", ratio, worst));
                Result<?> sibcalcCpu = e.getValue()[0].getSecondaryResults().get("cpu.process");
                Result<?> duckdbCpu = e.getValue()[1].getSecondaryResults().get("cpu.process");
                if (sibcalcCpu != null && duckdbCpu != null) {
                    out.append(String.format(Locale.ROOT, "; in CPU time %.1f×", duckdbCpu.getScore() / sibcalcCpu.getScore()));
                }
                out.append('\n');
                if (e.getKey() == TARGET_DATES) {
                    targets.append(String.format(Locale.ROOT, "- at least %.0f× faster than DuckDB's query on the "
                            + "same loaded tables: %.1f× → %s%n", TARGET_RATIO, ratio, ratio >= TARGET_RATIO ? "MET" : "NOT MET"));
                }
            }
            if (sibcalc != null && e.getKey() == TARGET_DATES) {
                targets.append(String.format(Locale.ROOT, "- a statement of %d dates in at most %.0f ms: %.1f ms → %s%n",
                        TARGET_DATES, TARGET_MS, sibcalc.getScore(), sibcalc.getScore() <= TARGET_MS ? "MET" : "NOT MET"));
            }
        }
        if (participants != TARGET_PARTICIPANTS) {
            targets.append(String.format(Locale.ROOT, "  (the targets are set at %,d participants; this data set has %,d)%n",
                    TARGET_PARTICIPANTS, participants));
        }
        if (!targets.toString().contains("MET")) {
            targets.append(String.format(Locale.ROOT, "  (judged at %d dates, with both benchmarks: -p dates=%d)%n",
                    TARGET_DATES, TARGET_DATES));
        }
        System.out.print(out.append(targets));
    }

    private static void line(StringBuilder out, String label, RunResult run) {
        if (run == null) {
            out.append("  ").append(label).append("  not run\n");
            return;
        }
        Result<?> result = run.getPrimaryResult();
        out.append(String.format(Locale.ROOT, "  %s  %8.2f ± %.2f %s (min %.2f, max %.2f, %d iterations)", label,
                result.getScore(), result.getScoreError(), result.getScoreUnit(), result.getStatistics().getMin(),
                result.getStatistics().getMax(), result.getStatistics().getN()));
        Result<?> process = run.getSecondaryResults().get("cpu.process");
        Result<?> worker = run.getSecondaryResults().get("cpu.worker");
        if (process != null && worker != null) {
            out.append(String.format(Locale.ROOT, "; CPU %.2f ms/op (benchmark thread %.2f)", process.getScore(),
                    worker.getScore()));
        }
        out.append('\n');
    }

    /** The 1-, 5- and 15-minute load averages, or n/a. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** The participants file's rows: its lines less the header (the data sets have no quoted line breaks). */
    private static long participants(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count() - 1;
        }
    }
}
