package org.sibcalc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark harness: sibcalc's command line against the same measurement in DuckDB SQL
 * ({@link DuckDbMeasure}), each run a separate JVM process timed end to end, alternating, on seeded
 * Essex-shaped data sets and real-shaped ones (ids in no order, a full care history, and the same as yearly
 * SSDA903 tables). See BENCHMARKS.md; {@code bench/run} builds everything and calls this.
 *
 * <pre>
 * java -cp CLASSES org.sibcalc.bench.Bench --jar SIBCALC_CLI_JAR --duckdb-jar DUCKDB_JDBC_JAR --classes CLASSES
 *      --data DATA_DIR --results RESULTS_DIR [--sizes 100000,1000000,5000000] [--reps 5,5,3]
 *      [--scenarios full,single,outcomes,real,real-903] [--xmx 2g] [--seed 20130401] [--duckdb-sql hoisted|per-date]
 *      [--launcher PATH_TO_sibcalc|none]
 * </pre>
 *
 * <p>For each size: generates the data set once into {@code DATA_DIR/N} (and for the real-shaped scenarios
 * {@code DATA_DIR/N-real} and {@code DATA_DIR/N-real-903}; kept for later runs), then for
 * each scenario one untimed warm-up pair (it fills the page cache and is checked like the others), then
 * {@code reps} timed pairs, alternating which goes first. Every run's child days and care days are
 * compared with DuckDB's at every date; any difference stops the benchmark with exit status 1. When both
 * {@code real} and {@code real-903} are measured, {@code --pairs} (11) more pairs of sibcalc runs, one of each form,
 * alternating which goes first, compare the two forms side by side: the target's ratio is the median of the
 * pairs' own ratios, each of two runs a second apart, as the scenarios' own medians come from runs a minute or
 * more apart, across which the machine's speed drifts.
 */
public final class Bench {

    static final String SINGLE_DATE = "2019-03-31";
    /** The real-shaped data set in sibcalc's CSV form, and the same as yearly SSDA903 tables. */
    static final String REAL = "real";
    static final String REAL_903 = "real-903";
    static final String DEFAULT_SCENARIOS = "full,single,outcomes," + REAL + "," + REAL_903;
    /** Above this size the real-shaped scenarios run only when {@code --scenarios} names them. */
    static final int REAL_DEFAULT_MAX = 1_000_000;
    static final String SINGLE_CONTRACT = "contract-single.json";
    /**
     * The same contract paying for every outcome type at once, one outcome of each (scenario {@code outcomes}):
     * care days avoided, days out of care for two years, weeks out of a named state (here the same episodes
     * as care, so that a second state is merged), a 52-week milestone and engagement after a month.
     */
    static final String OUTCOMES_CONTRACT = "contract-outcomes.json";
    static final String OUTCOMES = """
            "states": { "inCare": { "types": ["CARE"] } },
              "outcomes": [
                { "type": "CARE_DAYS_AVOIDED", "pricePerDay": "45.00" },
                { "type": "DAYS", "condition": { "outOf": "care" }, "pricePerDay": "2.00", "deadweight": "0.33",
                  "window": { "to": "P2Y" } },
                { "type": "BLOCKS", "condition": { "outOf": "inCare" }, "block": "P7D", "pricePerBlock": "10.00",
                  "maxBlocks": 104 },
                { "type": "MILESTONE", "condition": { "outOf": "care" }, "sustained": "P52W", "price": "1000.00" },
                { "type": "ENGAGEMENT", "price": "100.00", "window": { "from": "P1M" } }
              ],""";

    private final Map<String, String> options;
    private final Path jar;
    private final Path launcher; // null: java -jar
    private final Path duckdbJar;
    private final Path classes;
    private final Path data;
    private final Path results;
    private final String xmx;
    private final long seed;
    private final boolean haveTime = Files.isExecutable(Path.of("/usr/bin/time"));
    private final StringBuilder report = new StringBuilder();
    private final List<String> raw = new ArrayList<>();

    private Bench(Map<String, String> options) {
        this.options = options;
        jar = Path.of(required("jar")).toAbsolutePath();
        String launcherOption = options.getOrDefault("launcher", "none");
        launcher = launcherOption.equals("none") ? null : Path.of(launcherOption).toAbsolutePath();
        duckdbJar = Path.of(required("duckdb-jar")).toAbsolutePath();
        classes = Path.of(required("classes")).toAbsolutePath();
        data = Path.of(required("data")).toAbsolutePath();
        results = Path.of(required("results")).toAbsolutePath();
        xmx = options.getOrDefault("xmx", "2g");
        seed = Long.parseLong(options.getOrDefault("seed", "20130401"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bench: bad argument " + args[i]);
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        System.exit(new Bench(options).run());
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** One scenario's figures at one size. */
    record Row(int size, String scenario, int reps, double sibcalc, double duckdb, double sibcalcMin,
            double duckdbMin, long peakHeapMb, long liveHeapMb, long sibcalcRssMb, long duckdbRssMb, String loadBefore,
            String loadAfter, int dates) {

        double ratio() {
            return duckdb / sibcalc;
        }

        double sibcalcMicrosPerParticipant() {
            return sibcalc * 1e6 / size;
        }

        double duckdbMicrosPerParticipant() {
            return duckdb * 1e6 / size;
        }
    }

    int run() throws Exception {
        Files.createDirectories(results);
        List<Integer> sizes = Arrays.stream(options.getOrDefault("sizes", "100000,1000000,5000000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        List<Integer> reps = Arrays.stream(options.getOrDefault("reps", "").split(","))
                .filter(s -> !s.isBlank()).map(String::strip).map(Integer::parseInt).toList();
        boolean scenariosGiven = options.containsKey("scenarios");
        List<String> scenarios = List.of(options.getOrDefault("scenarios", DEFAULT_SCENARIOS).split(","));

        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        log("sibcalc benchmark " + stamp);
        log(machine());
        Floors floors = floors();
        log(String.format(Locale.ROOT, "JVM floors (median of 5): sibcalc `--version` %.3f s; DuckDB JVM + driver + `SELECT 1` %.3f s",
                floors.sibcalc, floors.duckdb));

        List<Row> rows = new ArrayList<>();
        List<FormsRow> forms = new ArrayList<>();
        for (int s = 0; s < sizes.size(); s++) {
            int size = sizes.get(s);
            int n = s < reps.size() ? reps.get(s) : (size >= 5_000_000 ? 3 : 5);
            Path dir = null;
            for (String scenario : scenarios.stream().map(String::strip).toList()) {
                boolean real = scenario.equals(REAL) || scenario.equals(REAL_903);
                if (real && size > REAL_DEFAULT_MAX && !scenariosGiven) {
                    log(String.format(Locale.ROOT, "%,d participants: %s left out (asked for by --scenarios only above %,d)",
                            size, scenario, REAL_DEFAULT_MAX));
                    continue;
                }
                if (real) {
                    Path[] dirs = realDatasets(size);
                    rows.add(measure(size, scenario.equals(REAL) ? dirs[0] : dirs[1], dirs[0], scenario, n));
                } else {
                    dir = dir == null ? dataset(size) : dir;
                    rows.add(measure(size, dir, dir, scenario, n));
                }
            }
            if (find(rows, size, REAL) != null && find(rows, size, REAL_903) != null) {
                forms.add(measureForms(size, Integer.parseInt(options.getOrDefault("pairs", "11"))));
            }
        }

        StringBuilder table = new StringBuilder();
        table.append("\n| participants | scenario | dates | runs | sibcalc median s | DuckDB median s | DuckDB / sibcalc "
                + "| sibcalc µs/participant | DuckDB µs/participant | sibcalc peak heap MB (max after GC) | sibcalc max RSS MB "
                + "| DuckDB max RSS MB | load avg before → after |\n");
        table.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            table.append(String.format(Locale.ROOT,
                    "| %,d | %s | %d | %d | %.2f (min %.2f) | %.2f (min %.2f) | %.2f | %.2f | %.2f | %d (%d) | %s | %s | %s → %s |\n",
                    r.size, r.scenario, r.dates, r.reps, r.sibcalc, r.sibcalcMin, r.duckdb, r.duckdbMin, r.ratio(),
                    r.sibcalcMicrosPerParticipant(), r.duckdbMicrosPerParticipant(), r.peakHeapMb, r.liveHeapMb,
                    r.sibcalcRssMb < 0 ? "n/a" : Long.toString(r.sibcalcRssMb),
                    r.duckdbRssMb < 0 ? "n/a" : Long.toString(r.duckdbRssMb), r.loadBefore, r.loadAfter));
        }
        table.append("\nChild days and care days: identical to DuckDB at every date, in every run.\n");
        for (FormsRow f : forms) {
            table.append(String.format(Locale.ROOT, "\n%,d participants, the two forms side by side (%d pairs of sibcalc runs, "
                    + "alternating): the pairs' ratios %s, median %.2f×; %s median %.2f s (min %.2f), %s median %.2f s "
                    + "(min %.2f)%n", f.size, f.reps, f.ratios(), f.ratio(), REAL, f.own, f.ownMin, REAL_903, f.ssda903,
                    f.ssda903Min));
        }
        log(table.toString());
        log(targets(rows, forms));

        Path md = results.resolve("bench-" + stamp + ".md");
        Files.writeString(md, report.toString(), StandardCharsets.UTF_8);
        Path csv = results.resolve("bench-" + stamp + "-runs.csv");
        Files.writeString(csv, "size,scenario,run,tool,wall_s,peak_heap_mb,max_heap_after_gc_mb,max_rss_mb,load_1m_5m_15m\n" + String.join("\n", raw) + "\n",
                StandardCharsets.UTF_8);
        log("Written " + md + " and " + csv);
        return 0;
    }

    private String targets(List<Row> rows, List<FormsRow> forms) {
        StringBuilder t = new StringBuilder("Targets:\n");
        Row full1m = find(rows, 1_000_000, "full");
        Row real1m = find(rows, 1_000_000, REAL);
        Row real903m = find(rows, 1_000_000, REAL_903);
        for (Row row : new Row[] {full1m, real1m}) {
            if (row != null) {
                t.append(String.format(Locale.ROOT, "- %s, 1M: sibcalc at least 1.5× faster than DuckDB (%s SQL): "
                        + "%.3f s vs %.3f s, ratio %.2f → %s%n", row.scenario.equals(REAL) ? "real-shaped data" : "bench data",
                        options.getOrDefault("duckdb-sql", "hoisted"), row.sibcalc, row.duckdb, row.ratio(),
                        row.ratio() >= 1.5 ? "MET" : "NOT MET"));
            }
        }
        FormsRow forms1m = forms.stream().filter(f -> f.size == 1_000_000).findFirst().orElse(null);
        if (forms1m != null) {
            double ratio = forms1m.ratio();
            t.append(String.format(Locale.ROOT, "- real-shaped data as SSDA903 tables, 1M: sibcalc within 1.3× of the "
                    + "same data in its own CSV form, side by side: the median of %d pairs' ratios %.2f× → %s (the "
                    + "medians of the pairs' runs %.3f s vs %.3f s, %.2f×; the scenarios' own medians, a minute apart: "
                    + "%.3f s vs %.3f s, %.2f×)%n", forms1m.reps, ratio, ratio <= 1.3 ? "MET" : "NOT MET",
                    forms1m.ssda903, forms1m.own, forms1m.ssda903 / forms1m.own, real903m.sibcalc, real1m.sibcalc,
                    real903m.sibcalc / real1m.sibcalc));
        }
        Row single1m = find(rows, 1_000_000, "single");
        Row full5m = find(rows, 5_000_000, "full");
        Row single5m = find(rows, 5_000_000, "single");
        Row outcomes1m = find(rows, 1_000_000, "outcomes");
        if (full1m != null && outcomes1m != null) {
            double ratio = outcomes1m.sibcalc / full1m.sibcalc;
            t.append(String.format(Locale.ROOT, "- every outcome type, 1M: sibcalc within 1.3× of care days avoided alone: "
                    + "%.3f s vs %.3f s, %.2f× → %s%n", outcomes1m.sibcalc, full1m.sibcalc, ratio, ratio <= 1.3 ? "MET" : "NOT MET"));
        }
        if (full1m != null) {
            t.append(String.format(Locale.ROOT, "- full schedule, 1M: sibcalc ≤ 1/5 of DuckDB: ratio %.2f → %s%n",
                    full1m.ratio(), full1m.ratio() >= 5 ? "MET" : "NOT MET"));
        }
        if (single1m != null) {
            t.append(String.format(Locale.ROOT, "- single date, 1M: sibcalc faster than DuckDB: ratio %.2f → %s%n",
                    single1m.ratio(), single1m.ratio() > 1 ? "MET" : "NOT MET"));
        }
        for (Row[] pair : new Row[][] {{full1m, full5m}, {single1m, single5m}}) {
            if (pair[0] != null && pair[1] != null) {
                double change = pair[1].sibcalcMicrosPerParticipant() / pair[0].sibcalcMicrosPerParticipant() - 1;
                double marginal = (pair[1].sibcalc - pair[0].sibcalc) * 1e6 / (pair[1].size - pair[0].size);
                t.append(String.format(Locale.ROOT,
                        "- %s, 5M with -Xmx%s: time per participant %.2f µs vs %.2f µs at 1M (%+.0f%%), within 30%%: %s"
                                + " (marginal cost from 1M to 5M %.2f µs/participant: %s)%n",
                        pair[1].scenario, xmx, pair[1].sibcalcMicrosPerParticipant(),
                        pair[0].sibcalcMicrosPerParticipant(), 100 * change, Math.abs(change) <= 0.30 ? "MET" : "NOT MET",
                        marginal, change <= 0 ? "no worse than linear" : "slower than linear"));
            }
        }
        t.append("- identical child days and care days to DuckDB at every size: MET (checked in every run)\n");
        return t.toString();
    }

    private static Row find(List<Row> rows, int size, String scenario) {
        return rows.stream().filter(r -> r.size == size && r.scenario.equals(scenario)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- one scenario at one size

    /**
     * Measures one scenario: sibcalc on {@code dir}, DuckDB on {@code duckDir} (the same data in sibcalc's CSV
     * form: {@code dir} itself, but for {@code real-903}, whose folder holds SSDA903 tables).
     */
    private Row measure(int size, Path dir, Path duckDir, String scenario, int reps) throws Exception {
        boolean single = scenario.equals("single");
        boolean outcomes = scenario.equals("outcomes");
        if (!single && !outcomes && !List.of("full", REAL, REAL_903).contains(scenario)) {
            throw new IllegalArgumentException("Unknown scenario " + scenario + " (full, single, outcomes, real or real-903)");
        }
        Path work = results.resolve("runs").resolve(size + "-" + scenario);
        Files.createDirectories(work);
        List<String> sibcalcArgs = new ArrayList<>(List.of("statement", dir.toString(), "--format", "json"));
        List<String> duckArgs = new ArrayList<>(List.of(duckDir.toString(), "--sql", options.getOrDefault("duckdb-sql", "hoisted")));
        if (single) {
            sibcalcArgs.addAll(List.of("--contract", dir.resolve(SINGLE_CONTRACT).toString(), "--as-of", SINGLE_DATE));
            duckArgs.addAll(List.of("--contract", dir.resolve(SINGLE_CONTRACT).toString(), "--as-of", SINGLE_DATE));
        }
        if (outcomes) {
            // DuckDB measures the same child and care days (checked as usual); only sibcalc also pays for the
            // participant outcomes, so the figure to read is sibcalc's time against its own "full" one.
            sibcalcArgs.addAll(List.of("--contract", dir.resolve(OUTCOMES_CONTRACT).toString()));
        }
        String loadBefore = load();
        log(String.format(Locale.ROOT, "%,d participants, %s: warm-up pair, then %d timed pairs (load %s)",
                size, scenario, reps, loadBefore));
        warnIfBusy(loadBefore);

        // Warm-up: fills the page cache; checked but not timed.
        Run warmS = sibcalc(work, "warmup", sibcalcArgs);
        Run warmD = duckdb(work, "warmup", duckArgs);
        int dates = check(warmS, warmD, single ? 1 : 33, size, scenario);

        List<Run> s = new ArrayList<>();
        List<Run> d = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            Run rs;
            Run rd;
            if (i % 2 == 0) {
                rs = sibcalc(work, "run" + i, sibcalcArgs);
                rd = duckdb(work, "run" + i, duckArgs);
            } else {
                rd = duckdb(work, "run" + i, duckArgs);
                rs = sibcalc(work, "run" + i, sibcalcArgs);
            }
            check(rs, rd, dates, size, scenario);
            s.add(rs);
            d.add(rd);
            String l = load();
            raw.add(String.format(Locale.ROOT, "%d,%s,%d,sibcalc,%.3f,%d,%d,%d,%s", size, scenario, i, rs.wall, rs.peakHeapMb, rs.liveHeapMb,
                    rs.rssMb, l));
            raw.add(String.format(Locale.ROOT, "%d,%s,%d,duckdb,%.3f,,,%d,%s", size, scenario, i, rd.wall, rd.rssMb, l));
            log(String.format(Locale.ROOT, "  pair %d: sibcalc %.3f s (peak heap %d MB, max after GC %d MB, RSS %d MB), DuckDB %.3f s (RSS %d MB)  [%s]",
                    i + 1, rs.wall, rs.peakHeapMb, rs.liveHeapMb, rs.rssMb, rd.wall, rd.rssMb, rd.stderrLine));
        }
        String loadAfter = load();
        return new Row(size, scenario, reps, median(s.stream().mapToDouble(Run::wall).toArray()),
                median(d.stream().mapToDouble(Run::wall).toArray()),
                s.stream().mapToDouble(Run::wall).min().orElse(0), d.stream().mapToDouble(Run::wall).min().orElse(0),
                s.stream().mapToLong(Run::peakHeapMb).max().orElse(-1), s.stream().mapToLong(Run::liveHeapMb).max().orElse(-1),
                s.stream().mapToLong(Run::rssMb).max().orElse(-1), d.stream().mapToLong(Run::rssMb).max().orElse(-1),
                loadBefore, loadAfter, dates);
    }

    /**
     * The two forms of the real-shaped data side by side: sibcalc's median and fastest runs of each, and each
     * pair's ratio ({@code real-903} over {@code real}).
     */
    record FormsRow(int size, int reps, double own, double ownMin, double ssda903, double ssda903Min, double[] pairRatios) {

        /** {@return the median of the pairs' ratios: the two forms compared run against the run beside it} */
        double ratio() {
            return median(pairRatios);
        }

        /** {@return the pairs' ratios, in order} */
        String ratios() {
            return Arrays.stream(pairRatios).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /**
     * Runs sibcalc on the real-shaped data in its own CSV form and as SSDA903 tables, {@code reps} pairs, one of
     * each form, alternating which goes first; each output checked as in {@link #measure}.
     */
    private FormsRow measureForms(int size, int reps) throws Exception {
        Path[] dirs = realDatasets(size);
        Path work = results.resolve("runs").resolve(size + "-forms");
        Files.createDirectories(work);
        log(String.format(Locale.ROOT, "%,d participants, %s and %s side by side: %d pairs of sibcalc runs (load %s)",
                size, REAL, REAL_903, reps, load()));
        Run warm = sibcalc(work, "warmup-" + REAL, List.of("statement", dirs[0].toString(), "--format", "json"));
        double[] own = new double[reps];
        double[] ssda903 = new double[reps];
        double[] ratios = new double[reps];
        for (int i = 0; i < reps; i++) {
            for (int k = 0; k < 2; k++) {
                boolean ownForm = (i + k) % 2 == 0;
                Path dir = dirs[ownForm ? 0 : 1];
                Run r = sibcalc(work, "run" + i + "-" + (ownForm ? REAL : REAL_903),
                        List.of("statement", dir.toString(), "--format", "json"));
                if (Files.mismatch(r.out, warm.out) != -1) {
                    throw new IllegalStateException("the two forms' statements differ: " + r.out + " and " + warm.out);
                }
                (ownForm ? own : ssda903)[i] = r.wall;
            }
            ratios[i] = ssda903[i] / own[i];
            log(String.format(Locale.ROOT, "  pair %d: %s %.3f s, %s %.3f s (%.2f×)", i + 1, REAL, own[i], REAL_903,
                    ssda903[i], ratios[i]));
        }
        return new FormsRow(size, reps, median(own), Arrays.stream(own).min().orElse(0), median(ssda903),
                Arrays.stream(ssda903).min().orElse(0), ratios);
    }

    /** One process run: wall time, output file, peak heap (sibcalc) and max RSS. */
    record Run(double wall, Path out, long peakHeapMb, long liveHeapMb, long rssMb, String stderrLine) {
    }

    private Run sibcalc(Path work, String name, List<String> args) throws Exception {
        Path gc = work.resolve("sibcalc-" + name + ".gc.log");
        Files.deleteIfExists(gc);
        Run r = time(work, "sibcalc-" + name, sibcalcCommand(args, List.of("-Xmx" + xmx,
                "-Xlog:gc,gc+heap+exit:file=" + gc)));
        long[] heap = heapMb(gc);
        return new Run(r.wall, r.out, heap[0], heap[1], r.rssMb, "");
    }

    /**
     * The sibcalc command line: the {@code sibcalc} launcher (with the JVM options in {@code JAVA_OPTS},
     * this JVM's {@code JAVA_HOME} and the jar in {@code SIBCALC_JAR}), or with {@code --launcher none}
     * {@code java OPTIONS -jar JAR}.
     */
    private List<String> sibcalcCommand(List<String> args, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>();
        if (launcher == null) {
            cmd.add(java());
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(List.of("env", "JAVA_HOME=" + System.getProperty("java.home"), "SIBCALC_JAR=" + jar,
                    "JAVA_OPTS=" + String.join(" ", jvmOptions), launcher.toString()));
        }
        cmd.addAll(args);
        return cmd;
    }

    private Run duckdb(Path work, String name, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", classes + ":" + duckdbJar,
                DuckDbMeasure.class.getName()));
        cmd.addAll(args);
        return time(work, "duckdb-" + name, cmd);
    }

    private Run time(Path work, String name, List<String> command) throws Exception {
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Path rss = work.resolve(name + ".rss");
        List<String> cmd = new ArrayList<>();
        if (haveTime) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()));
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        int status = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (status != 0) {
            throw new IllegalStateException("FAILED (exit " + status + "): " + String.join(" ", command) + "\n"
                    + Files.readString(err));
        }
        long rssMb = -1;
        if (haveTime && Files.exists(rss)) {
            String[] lines = Files.readString(rss).strip().split("\n");
            rssMb = Long.parseLong(lines[lines.length - 1].strip()) / 1024;
        }
        String firstErr = Files.readAllLines(err).stream().filter(l -> l.startsWith("duckdb:")).findFirst().orElse("");
        return new Run(wall, out, -1, -1, rssMb, firstErr);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ---------------------------------------------------------------- peak heap from the GC log

    private static final Pattern GC_PAUSE = Pattern.compile("Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern EXIT_USED = Pattern.compile("heap\\s+total (?:reserved )?(\\d+)K, (?:committed \\d+K, )?used (\\d+)K");

    /**
     * The most heap in use that the JVM reported: the largest heap occupancy before any GC pause, or at exit
     * ({@code -Xlog:gc,gc+heap+exit}), in MB.
     */
    static long peakHeapMb(Path gcLog) throws IOException {
        return heapMb(gcLog)[0];
    }

    /**
     * {peak heap in use (before a GC pause or at exit), largest heap left in use after a GC pause (what
     * survived: the live data at that moment)}, in MB.
     */
    static long[] heapMb(Path gcLog) throws IOException {
        long peak = 0;
        long live = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
                live = Math.max(live, Long.parseLong(m.group(2)));
            }
            Matcher e = EXIT_USED.matcher(line);
            if (e.find()) {
                peak = Math.max(peak, Long.parseLong(e.group(2)) / 1024);
            }
        }
        return new long[] {peak, live};
    }

    // ---------------------------------------------------------------- checking the numbers

    private static final Pattern PAYMENT = Pattern.compile(
            "\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"[^}]*?\"participants\"\\s*:\\s*(\\d+)\\s*,\\s*\"childDays\"\\s*:\\s*(\\d+)"
                    + "\\s*,\\s*\"careDays\"\\s*:\\s*(\\d+)", Pattern.DOTALL);
    private static final Pattern AS_OF = Pattern.compile(
            "\"asOf\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"\\s*,\\s*\"measurement\"\\s*:\\s*\\{\\s*\"participants\"\\s*:\\s*(\\d+)"
                    + "\\s*,\\s*\"childDays\"\\s*:\\s*(\\d+)\\s*,\\s*\"careDays\"\\s*:\\s*(\\d+)", Pattern.DOTALL);

    /**
     * Checks that sibcalc's statement and DuckDB's output have the same participants, child days and care
     * days at every date (the payments' dates, and the as-of measurement), and the expected number of
     * dates; returns that number. Throws, stopping the benchmark, on any difference.
     */
    static int check(Run sibcalc, Run duckdb, int expectedDates, int size, String scenario) throws IOException {
        String json = Files.readString(sibcalc.out);
        Map<String, long[]> ours = new LinkedHashMap<>();
        int payments = json.indexOf("\"payments\"");
        if (payments < 0) {
            throw new IllegalStateException("MISMATCH: no payments in " + sibcalc.out);
        }
        Matcher m = PAYMENT.matcher(json.substring(payments));
        while (m.find()) {
            ours.put(m.group(1), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
        }
        Matcher a = AS_OF.matcher(json);
        if (!a.find()) {
            throw new IllegalStateException("MISMATCH: no as-of measurement in " + sibcalc.out);
        }
        long[] asOf = {Long.parseLong(a.group(2)), Long.parseLong(a.group(3)), Long.parseLong(a.group(4))};

        Map<String, long[]> theirs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(duckdb.out);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            theirs.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
        }
        List<String> problems = new ArrayList<>();
        if (ours.size() != expectedDates) {
            problems.add("sibcalc has " + ours.size() + " payment dates, expected " + expectedDates);
        }
        for (Map.Entry<String, long[]> e : ours.entrySet()) {
            long[] t = theirs.get(e.getKey());
            if (t == null || !Arrays.equals(e.getValue(), t)) {
                problems.add(e.getKey() + ": sibcalc participants/childDays/careDays " + Arrays.toString(e.getValue())
                        + ", DuckDB " + (t == null ? "(no row)" : Arrays.toString(t)));
            }
        }
        long[] t = theirs.get(a.group(1));
        if (t == null || !Arrays.equals(asOf, t)) {
            problems.add("as of " + a.group(1) + ": sibcalc " + Arrays.toString(asOf) + ", DuckDB "
                    + (t == null ? "(no row)" : Arrays.toString(t)));
        }
        if (theirs.size() != ours.size() + (ours.containsKey(a.group(1)) ? 0 : 1)) {
            problems.add("DuckDB measured " + theirs.size() + " dates, sibcalc " + ours.size());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("MISMATCH between sibcalc and DuckDB at " + size + " participants, "
                    + scenario + ":\n  " + String.join("\n  ", problems));
        }
        return ours.size();
    }

    // ---------------------------------------------------------------- data, floors, machine

    private Path dataset(int size) throws Exception {
        Path dir = data.resolve(Integer.toString(size));
        Path marker = dir.resolve("generated.txt");
        String stamp = "participants=" + size + " seed=" + seed;
        if (!(Files.exists(marker) && Files.readString(marker).strip().equals(stamp))) {
            log(String.format(Locale.ROOT, "Generating %,d participants into %s", size, dir));
            Files.createDirectories(dir);
            Files.deleteIfExists(marker);
            Process p = new ProcessBuilder(java(), "-cp", classes.toString(), "org.sibcalc.examples.EssexGenerator",
                    "--out", dir.toString(), "--participants", Integer.toString(size), "--seed", Long.toString(seed))
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("The generator failed");
            }
            Files.writeString(marker, stamp + "\n");
        }
        String contract = Files.readString(dir.resolve("contract.json"));
        String single = contract.replaceFirst("\"measurement\"\\s*:\\s*\\{[^}]*\\}",
                "\"measurement\": { \"dates\": [\"" + SINGLE_DATE + "\"] }");
        if (single.equals(contract)) {
            throw new IllegalStateException("Cannot make the single-date contract from " + dir.resolve("contract.json"));
        }
        Files.writeString(dir.resolve(SINGLE_CONTRACT), single);
        String outcomes = contract.replaceFirst("\"outcomes\"\\s*:\\s*\\[[^\\]]*\\],", OUTCOMES);
        if (outcomes.equals(contract)) {
            throw new IllegalStateException("Cannot make the all-outcomes contract from " + dir.resolve("contract.json"));
        }
        Files.writeString(dir.resolve(OUTCOMES_CONTRACT), outcomes);
        return dir;
    }

    /**
     * The real-shaped data set at {@code size}, generated once by {@code RealShapedGenerator}: {sibcalc's CSV
     * form, the same as SSDA903 tables}.
     */
    private Path[] realDatasets(int size) throws Exception {
        Path csv = data.resolve(size + "-" + REAL);
        Path ssda903 = data.resolve(size + "-" + REAL_903);
        Path marker = ssda903.resolve("generated.txt");
        String stamp = "participants=" + size + " seed=" + seed + " real-shaped";
        if (!(Files.exists(marker) && Files.readString(marker).strip().equals(stamp))) {
            log(String.format(Locale.ROOT, "Generating %,d real-shaped participants into %s and %s", size, csv, ssda903));
            Files.deleteIfExists(marker);
            for (Path dir : new Path[] {csv, ssda903}) {
                if (Files.isDirectory(dir)) {
                    try (var old = Files.newDirectoryStream(dir, "*.csv")) {
                        for (Path file : old) {
                            Files.delete(file); // yearly tables of an earlier run must not stay behind
                        }
                    }
                }
            }
            Process p = new ProcessBuilder(java(), "-cp", classes.toString(), "org.sibcalc.examples.RealShapedGenerator",
                    "--csv", csv.toString(), "--ssda903", ssda903.toString(), "--participants", Integer.toString(size),
                    "--seed", Long.toString(seed)).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("The real-shaped generator failed");
            }
            Files.writeString(marker, stamp + "\n");
        }
        return new Path[] {csv, ssda903};
    }

    record Floors(double sibcalc, double duckdb) {
    }

    private Floors floors() throws Exception {
        Path work = results.resolve("runs").resolve("floors");
        Files.createDirectories(work);
        double[] s = new double[5];
        double[] d = new double[5];
        for (int i = 0; i < 5; i++) {
            s[i] = time(work, "sibcalc-version", sibcalcCommand(List.of("--version"), List.of("-Xmx" + xmx))).wall;
            d[i] = time(work, "duckdb-select1", List.of(java(), "-cp", classes + ":" + duckdbJar,
                    DuckDbFloor.class.getName())).wall;
        }
        return new Floors(median(s), median(d));
    }

    private void warnIfBusy(String load) {
        try {
            double oneMinute = Double.parseDouble(load.split(" ")[0]);
            if (oneMinute > Runtime.getRuntime().availableProcessors() + 0.5) { // the benchmark itself keeps up to ~2 busy
                log(String.format(Locale.ROOT, "  WARNING: the machine is busy (1-minute load %.2f on %d CPUs): "
                        + "these figures are not comparable; rerun on a quiet machine", oneMinute,
                        Runtime.getRuntime().availableProcessors()));
            }
        } catch (NumberFormatException e) {
            // no load average: nothing to say
        }
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private String machine() {
        StringBuilder m = new StringBuilder("Machine: ");
        m.append(Runtime.getRuntime().availableProcessors()).append(" CPUs");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    m.append(", ").append(line.substring(line.indexOf(':') + 1).strip());
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    m.append(", ").append(Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024).append(" GiB RAM");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // not Linux: the CPU count is enough
        }
        m.append(", Java ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"));
        m.append(", sibcalc ").append(launcher == null ? "java -jar" : "launcher").append(" -Xmx").append(xmx).append(", DuckDB ").append(duckdbJar.getFileName())
                .append(" (").append(options.getOrDefault("duckdb-sql", "hoisted")).append(" SQL, default settings)");
        m.append(", max RSS ").append(haveTime ? "from /usr/bin/time" : "not measured (no /usr/bin/time)");
        return m.toString();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private void log(String line) {
        System.out.println(line);
        System.out.flush();
        report.append(line).append('\n');
    }
}
